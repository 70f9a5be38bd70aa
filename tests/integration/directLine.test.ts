import { DirectLineTestClient } from '../support/directLineClient';
import { CountingBot } from '../support/countingBot';
import { startTestApp, type TestApp } from '../support/testApp';

describe.each([
  ['Redis', true],
  ['in-process', false],
])('built-in Direct Line with %s state', (_label, useRedis) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp({ redis: useRedis });
  });
  afterAll(async () => {
    await t.close();
  });

  test('Web Chat flow: token → conversation → greeting on join → message → Vietnamese reply with a menu', async () => {
    const client = await new DirectLineTestClient(t.baseUrl).start();
    expect(client.conversationId).toMatch(/^[A-Za-z0-9_-]{8,64}$/);
    const greeting = await client.waitForBotMessages(2);
    expect(greeting[0]?.text).toContain('Trợ lý Một cửa');
    const id = await client.send('xin chào');
    expect(id.startsWith(`${client.conversationId}|`)).toBe(true);
    const all = await client.waitForBotMessages(4);
    const menu = all[3];
    expect(menu?.suggestedActions?.actions.map((a) => a.title)).toEqual(
      expect.arrayContaining(['Hỏi về thủ tục', 'Nộp hồ sơ', 'Tra cứu hồ sơ', 'Gặp cán bộ']),
    );
    const echo = client.received.find((a) => a.from?.role === 'user');
    expect(echo).toMatchObject({ text: 'xin chào', from: { id: client.userId } });
  });

  test('the watermark only returns what is new', async () => {
    const client = await new DirectLineTestClient(t.baseUrl).start();
    await client.waitForBotMessages(2);
    const again = await client.poll();
    expect(again).toEqual([]);
    expect(client.watermark).toBe(2);
  });

  test('the user id comes from the token, not from the posted activity', async () => {
    const client = await new DirectLineTestClient(t.baseUrl).start();
    await client.send('xin chào', { from: { id: 'someone-else', name: 'X' } });
    await client.waitForBotMessages(4);
    const echo = client.received.find((a) => a.from?.role === 'user');
    expect(echo?.from.id).toBe(client.userId);
  });

  test('the browser identity keeps the same user id in a later session', async () => {
    const first = await new DirectLineTestClient(t.baseUrl).start();
    const second = await new DirectLineTestClient(t.baseUrl).start(first.identity);
    expect(second.userId).toBe(first.userId);
    expect(second.conversationId).not.toBe(first.conversationId);
    const forged = await new DirectLineTestClient(t.baseUrl).start(`${first.identity}x`);
    expect(forged.userId).not.toBe(first.userId);
  });

  test('unknown conversation → 404; another conversation\'s token → 403; no token → 401', async () => {
    const a = await new DirectLineTestClient(t.baseUrl).start();
    const b = await new DirectLineTestClient(t.baseUrl).start();
    const unknown = await a.raw('/v3/directline/conversations/AAAAAAAAAAAAAAAAAAAAAA/activities', { token: a.token });
    expect(unknown.status).toBe(404);
    expect((await unknown.json()).error.code).toBe('not_found');
    const foreign = await a.raw(`/v3/directline/conversations/${b.conversationId}/activities`, { token: a.token });
    expect(foreign.status).toBe(403);
    const none = await a.raw(`/v3/directline/conversations/${a.conversationId}/activities`);
    expect(none.status).toBe(401);
  });

  test('bad input gets a 4xx with a reason, never a 500', async () => {
    const c = await new DirectLineTestClient(t.baseUrl).start();
    const url = `${t.baseUrl}/v3/directline/conversations/${c.conversationId}/activities`;
    const auth = { Authorization: `Bearer ${c.token}` };
    const cases: Array<[RequestInit, number, string]> = [
      [{ method: 'POST', headers: { ...auth, 'Content-Type': 'application/json' }, body: '{not json' }, 400, 'invalid_json'],
      [{ method: 'POST', headers: { ...auth, 'Content-Type': 'text/plain' }, body: 'hello' }, 415, 'unsupported_media_type'],
      [{ method: 'POST', headers: { ...auth, 'Content-Type': 'application/json' }, body: JSON.stringify({ type: 'message', text: 'x'.repeat(300 * 1024) }) }, 413, 'payload_too_large'],
      [{ method: 'POST', headers: { ...auth, 'Content-Type': 'application/json' }, body: JSON.stringify([1, 2]) }, 400, 'invalid_activity'],
      [{ method: 'POST', headers: { ...auth, 'Content-Type': 'application/json' }, body: JSON.stringify({ type: 'invoke' }) }, 400, 'invalid_activity'],
      [{ method: 'POST', headers: { ...auth, 'Content-Type': 'application/json' }, body: JSON.stringify({ type: 'message', text: 5 }) }, 400, 'invalid_activity'],
    ];
    for (const [init, status, code] of cases) {
      const res = await fetch(url, init);
      expect({ status: res.status, code: (await res.json()).error?.code }).toEqual({ status, code });
    }
    const badWatermark = await fetch(`${url}?watermark=-3`, { headers: auth });
    expect(badWatermark.status).toBe(400);
    const badToken = await fetch(url, { headers: { Authorization: 'Bearer dl1.abc.def' } });
    expect(badToken.status).toBe(403);
  });
});

describe('concurrent turns of one conversation', () => {
  test.each([
    ['Redis', true],
    ['in-process', false],
  ])('%s: 20 messages posted at once are all kept, and replies are in order', async (_label, useRedis) => {
    const t = await startTestApp({ redis: useRedis, createBot: CountingBot.factory(15) });
    try {
      const client = await new DirectLineTestClient(t.baseUrl).start();
      const texts = Array.from({ length: 20 }, (_, i) => `tin nhắn ${i + 1}`);
      await Promise.all(texts.map((text) => client.send(text)));
      const replies = await client.waitForBotMessages(20);
      expect(replies.map((r) => Number(/^#(\d+):/.exec(r.text ?? '')?.[1]))).toEqual(Array.from({ length: 20 }, (_, i) => i + 1));
      await client.send('?');
      const state = JSON.parse((await client.waitForBotMessages(21))[20]?.text ?? '{}') as { count: number; texts: string[] };
      expect(state.count).toBe(20);
      expect([...state.texts].sort()).toEqual([...texts].sort());
      // Each reply names the message it answers, in the order the state recorded them.
      expect(replies.map((r) => r.text?.replace(/^#\d+: /, ''))).toEqual(state.texts);
    } finally {
      await t.close();
    }
  });

  test('two app instances sharing Redis serialize the same conversation', async () => {
    const a = await startTestApp({ createBot: CountingBot.factory(10), env: { DIRECTLINE_TOKEN_SECRET: 'shared', REDIS_KEY_PREFIX: 'test:two-instances:' + Date.now() + ':' } });
    const b = await startTestApp({ createBot: CountingBot.factory(10), env: { DIRECTLINE_TOKEN_SECRET: 'shared', REDIS_KEY_PREFIX: a.config.keyPrefix } });
    try {
      const client = await new DirectLineTestClient(a.baseUrl).start();
      const other = new DirectLineTestClient(b.baseUrl);
      Object.assign(other, { conversationId: client.conversationId, token: client.token, userId: client.userId });
      await Promise.all(Array.from({ length: 20 }, (_, i) => (i % 2 ? client : other).send(`m${i}`)));
      await client.send('?');
      const replies = await client.waitForBotMessages(21);
      expect(JSON.parse(replies[20]?.text ?? '{}').count).toBe(20);
    } finally {
      await a.close();
      await b.close();
    }
  });
});
