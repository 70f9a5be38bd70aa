import { DirectLineTestClient } from '../support/directLineClient';
import { startPrivateRedis, type PrivateRedis } from '../support/redisServer';
import { startTestApp, type TestApp } from '../support/testApp';

async function readyStatus(baseUrl: string): Promise<number> {
  return (await fetch(`${baseUrl}/readyz`)).status;
}

async function eventually(fn: () => Promise<boolean>, timeoutMs = 10_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await fn())) {
    if (Date.now() > deadline) throw new Error('condition not reached in time');
    await new Promise((r) => setTimeout(r, 100));
  }
}

describe('Redis outage in the middle of a conversation', () => {
  let redis: PrivateRedis;
  let t: TestApp;

  beforeAll(async () => {
    redis = await startPrivateRedis({ appendOnly: true });
    t = await startTestApp({ redisUrl: redis.url });
  });
  afterAll(async () => {
    await t.close();
    await redis.dispose();
  });

  test('the citizen gets an apology, /readyz turns 503, the process stays up and recovers by itself', async () => {
    const client = await new DirectLineTestClient(t.baseUrl).start();
    await client.waitForBotMessages(2);
    expect(await readyStatus(t.baseUrl)).toBe(200);

    await redis.stop();
    await eventually(async () => (await readyStatus(t.baseUrl)) === 503);
    const ready = await (await fetch(`${t.baseUrl}/readyz`)).json();
    expect(ready.checks).toEqual(expect.arrayContaining([expect.objectContaining({ name: 'redis', ok: false })]));

    const postStatus = (await client.raw(`/v3/directline/conversations/${client.conversationId}/activities`, {
      method: 'POST',
      token: client.token,
      body: { type: 'message', text: 'cho hỏi làm giấy khai sinh' },
    })).status;
    expect(postStatus).toBe(200);
    const during = await client.waitForBotMessages(3);
    expect(during[2]?.text).toContain('Hệ thống đang bận, xin vui lòng thử lại sau ít phút');
    expect((await fetch(`${t.baseUrl}/healthz`)).status).toBe(200);

    await redis.start();
    await eventually(async () => (await readyStatus(t.baseUrl)) === 200);
    await client.send('xin chào');
    const after = await client.waitForBotMessages(5);
    expect(after[3]?.text).toContain('Trợ lý Một cửa');
    // The transcript from before the outage survived (appendonly), and nothing was lost.
    const history = await client.json(`/v3/directline/conversations/${client.conversationId}/activities?watermark=0`, { token: client.token });
    expect(history.activities.filter((a: { text?: string }) => a.text === 'xin chào')).toHaveLength(1);

    const metrics = await (await fetch(`${t.baseUrl}/metrics`)).text();
    expect(metrics).toMatch(/onestop_errors_total\{kind="turn_storage_unavailable"\} [1-9]/);
  });
});
