import { DirectLineTestClient } from '../support/directLineClient';
import { startTestApp, type TestApp } from '../support/testApp';

describe('health, readiness and metrics', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(async () => {
    await t.close();
  });

  test('/healthz and /readyz answer 200 with Redis reachable', async () => {
    expect(await (await fetch(`${t.baseUrl}/healthz`)).json()).toEqual({ status: 'ok' });
    const ready = await fetch(`${t.baseUrl}/readyz`);
    expect(ready.status).toBe(200);
    expect((await ready.json()).checks).toEqual(expect.arrayContaining([{ name: 'redis', ok: true }]));
  });

  test('/metrics counts turns and their latency in Prometheus text', async () => {
    const client = await new DirectLineTestClient(t.baseUrl).start();
    await client.send('xin chào');
    const text = await (await fetch(`${t.baseUrl}/metrics`)).text();
    expect(text).toMatch(/onestop_turns_total\{channel="webchat"\} 2/);
    expect(text).toMatch(/onestop_turn_duration_seconds_count\{channel="webchat"\} 2/);
  });

  test('readiness turns 503 and new POSTs are refused once shutdown begins', async () => {
    const other = await startTestApp({ redis: false });
    try {
      other.app.beginShutdown();
      expect((await fetch(`${other.baseUrl}/readyz`)).status).toBe(503);
      const res = await fetch(`${other.baseUrl}/api/webchat/token`, { method: 'POST' });
      expect(res.status).toBe(503);
      expect((await fetch(`${other.baseUrl}/healthz`)).status).toBe(200);
    } finally {
      await other.close();
    }
  });

  test('unknown routes get a JSON 404', async () => {
    const res = await fetch(`${t.baseUrl}/nope`);
    expect(res.status).toBe(404);
    expect((await res.json()).error.code).toBe('not_found');
  });

  test('the web chat page and the Web Chat bundle are served locally, no CDN', async () => {
    const page = await (await fetch(`${t.baseUrl}/`)).text();
    expect(page).toContain('/vendor/webchat.js');
    expect(page).not.toMatch(/https?:\/\/(cdn|unpkg|jsdelivr)/);
    const bundle = await fetch(`${t.baseUrl}/vendor/webchat.js`);
    expect(bundle.status).toBe(200);
    expect(Number(bundle.headers.get('content-length'))).toBeGreaterThan(1_000_000);
  });
});
