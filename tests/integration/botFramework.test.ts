import http from 'node:http';
import type { AddressInfo } from 'node:net';
import express from 'express';
import { startTestApp, type TestApp } from '../support/testApp';

interface Received {
  path: string;
  body: { type?: string; text?: string; replyToId?: string; recipient?: { id: string }; suggestedActions?: unknown };
}

/** Stands in for a Bot Framework channel's connector service (what the Emulator runs locally). */
async function startConnector(): Promise<{ url: string; received: Received[]; close(): Promise<void> }> {
  const received: Received[] = [];
  const app = express();
  app.use(express.json());
  app.post('/v3/conversations/:conversationId/activities/:activityId', (req, res) => {
    received.push({ path: req.path, body: req.body });
    res.json({ id: `reply-${received.length}` });
  });
  app.post('/v3/conversations/:conversationId/activities', (req, res) => {
    received.push({ path: req.path, body: req.body });
    res.json({ id: `reply-${received.length}` });
  });
  const server = http.createServer(app);
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const { port } = server.address() as AddressInfo;
  return { url: `http://127.0.0.1:${port}`, received, close: () => new Promise((r) => server.close(() => r())) };
}

describe('POST /api/messages (Bot Framework through CloudAdapter)', () => {
  let t: TestApp;
  let connector: Awaited<ReturnType<typeof startConnector>>;
  beforeAll(async () => {
    t = await startTestApp();
    connector = await startConnector();
  });
  afterAll(async () => {
    await t.close();
    await connector.close();
  });

  test('with no app id (Emulator), a message gets the Vietnamese reply through the channel connector', async () => {
    const res = await fetch(`${t.baseUrl}/api/messages`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({
        type: 'message',
        id: 'act-1',
        text: 'xin chào',
        channelId: 'emulator',
        serviceUrl: connector.url,
        from: { id: 'user-1', name: 'Người dân' },
        recipient: { id: 'bot-1', name: 'bot' },
        conversation: { id: 'conv-1' },
        locale: 'vi-VN',
      }),
    });
    expect(res.status).toBeLessThan(300);
    expect(connector.received.length).toBeGreaterThanOrEqual(2);
    expect(connector.received[0]?.path).toBe('/v3/conversations/conv-1/activities/act-1');
    expect(connector.received[0]?.body.text).toContain('Trợ lý Một cửa');
    expect(connector.received[0]?.body.recipient?.id).toBe('user-1');
    expect(connector.received[1]?.body.suggestedActions).toBeDefined();
  });

  test('a request that is not an activity gets a 400 with a reason', async () => {
    const res = await fetch(`${t.baseUrl}/api/messages`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: '{"text":"hi"}' });
    expect(res.status).toBe(400);
    expect((await res.json()).error.code).toBe('invalid_activity');
  });

  test('with an app id configured, an unauthenticated request is refused', async () => {
    // CloudAdapter reports the refusal on console.error itself.
    const consoleError = jest.spyOn(console, 'error').mockImplementation(() => undefined);
    const secured = await startTestApp({ env: { MicrosoftAppId: '00000000-0000-0000-0000-000000000001', MicrosoftAppPassword: 'x' } });
    try {
      const res = await fetch(`${secured.baseUrl}/api/messages`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ type: 'message', text: 'hi', channelId: 'emulator', serviceUrl: connector.url, from: { id: 'u' }, recipient: { id: 'b' }, conversation: { id: 'c' } }),
      });
      expect(res.status).toBe(401);
      expect(consoleError).toHaveBeenCalled();
    } finally {
      consoleError.mockRestore();
      await secured.close();
    }
  });
});
