import http from 'node:http';
import type { AddressInfo } from 'node:net';
import type { ConversationReference } from 'botbuilder';
import express from 'express';
import { DirectLineTestClient } from '../support/directLineClient';
import { startTestApp, type TestApp } from '../support/testApp';
import { startZaloStandIn, type ZaloStandIn } from '../support/zaloStandIn';
import { officerApi, OFFICER_ENV, referenceKeepingBot, submission } from './officerSupport';

/**
 * A Bot Framework connector stand-in that fails the first `failures` sends with `status`. The tests use
 * 429 without Retry-After: the connector SDK retries 5xx by itself (seconds apart) but not that, so each
 * failure here is one attempt of ours.
 */
async function startConnector(failures: number, status = 429) {
  const received: Array<{ conversationId: string; text: string }> = [];
  let hits = 0;
  const app = express();
  app.use(express.json());
  // A proactive send is a reply to the ContinueConversation event, so it may name that activity.
  app.post(['/v3/conversations/:conversationId/activities', '/v3/conversations/:conversationId/activities/:activityId'], (req, res) => {
    hits += 1;
    if (hits <= failures) {
      res.status(status).json({ error: { code: 'ServiceError', message: 'stand-in failure' } });
      return;
    }
    received.push({ conversationId: String(req.params.conversationId), text: String(req.body.text) });
    res.json({ id: `sent-${hits}` });
  });
  const server = http.createServer(app);
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return { url, received, hits: () => hits, close: () => new Promise<void>((r) => server.close(() => r())) };
}

const emulatorOwner = (serviceUrl: string, conversationId: string) => ({
  channelId: 'emulator',
  userId: 'user-1',
  conversationRef: {
    channelId: 'emulator',
    serviceUrl,
    conversation: { id: conversationId },
    user: { id: 'user-1', name: 'Người dân' },
    bot: { id: 'bot-1', name: 'bot' },
  },
});

describe('status-change notifications', () => {
  let t: TestApp;
  const references = new Map<string, Partial<ConversationReference>>();
  const api = (method: string, path: string, body?: unknown) => officerApi(t.baseUrl, method, path, { body });
  const settle = async () => expect(await t.app.notifications.notifier.idle(10_000)).toBe(true);

  beforeAll(async () => {
    t = await startTestApp({ env: OFFICER_ENV, createBot: referenceKeepingBot(references) });
  });
  afterAll(async () => {
    await t.app.notifications.notifier.idle(5000);
    await t.close();
  });

  it("an officer's status change reaches the citizen's web chat in Vietnamese", async () => {
    const citizen = await new DirectLineTestClient(t.baseUrl).start();
    await citizen.send('xin chào');
    await citizen.waitForBotMessages(1);
    const conversationRef = references.get(citizen.userId);
    expect(conversationRef?.conversation?.id).toBe(citizen.conversationId);
    const { code } = await t.app.services.dossiers.system.submit(submission({ channelId: 'webchat', userId: citizen.userId, conversationRef }));

    const res = await api('POST', `/api/officer/dossiers/${code}/status`, { to: 'processing', note: 'Đã chuyển cán bộ tư pháp' });
    expect(res.status).toBe(200);
    const messages = await citizen.waitForBotMessages(2, 10_000);
    const text = messages[1]?.text ?? '';
    expect(text).toContain(`hồ sơ ${code} (Thủ tục đăng ký khai sinh)`);
    expect(text).toContain('"Đang xử lý"');
    expect(text).toContain('Ghi chú của cán bộ: Đã chuyển cán bộ tư pháp.');

    await api('POST', `/api/officer/dossiers/${code}/status`, { to: 'awaiting_supplement', note: 'bản sao giấy chứng nhận kết hôn của cha mẹ' });
    const supplement = (await citizen.waitForBotMessages(3, 10_000))[2]?.text ?? '';
    expect(supplement).toContain('"Chờ bổ sung"');
    expect(supplement).toContain('cần nộp thêm: bản sao giấy chứng nhận kết hôn của cha mẹ.');

    await settle();
    const dossier = await api('GET', `/api/officer/dossiers/${code}`);
    expect(dossier.body.notifications).toEqual([
      { channel: 'webchat', ok: true, at: expect.any(String) },
      { channel: 'webchat', ok: true, at: expect.any(String) },
    ]);
    expect(await t.app.notifications.outbox.pending()).toEqual([]);
  });

  it('a notification left in the outbox by an instance that died is delivered by another one', async () => {
    const citizen = await new DirectLineTestClient(t.baseUrl).start();
    await citizen.send('xin chào');
    await citizen.waitForBotMessages(1);
    const owner = { channelId: 'webchat', userId: citizen.userId, conversationRef: references.get(citizen.userId) };
    const { code } = await t.app.services.dossiers.system.submit(submission(owner));
    const text = 'Dạ, Bộ phận Một cửa xin thông báo: tin nhắn còn lại từ lần chạy trước ạ.';
    const claimedLongAgo = Date.now() - 60 * 60_000;
    await t.app.notifications.outbox.add({ id: 'left-by-dead-instance', code, to: 'processing', text, at: new Date(claimedLongAgo).toISOString() }, claimedLongAgo);
    expect(await t.app.notifications.notifier.recover()).toBe(1);
    expect((await citizen.waitForBotMessages(2, 10_000))[1]?.text).toBe(text);
    await settle();
    expect(await t.app.notifications.outbox.pending()).toEqual([]);
  });

  it('a Bot Framework conversation is continued through its connector, retrying failures with backoff', async () => {
    const connector = await startConnector(2);
    try {
      const { code } = await t.app.services.dossiers.system.submit(submission(emulatorOwner(connector.url, 'bf-conv-1')));
      expect((await api('POST', `/api/officer/dossiers/${code}/status`, { to: 'processing' })).status).toBe(200);
      await settle();
      expect(connector.received).toEqual([{ conversationId: 'bf-conv-1', text: expect.stringContaining(`hồ sơ ${code}`) }]);
      const records = (await t.app.services.dossiers.repository.get(code))?.notifications ?? [];
      expect(records.map((r) => [r.channel, r.ok])).toEqual([
        ['botframework:emulator', false],
        ['botframework:emulator', false],
        ['botframework:emulator', true],
      ]);
      expect(records[0]?.error).toContain('HTTP 429');
      expect(connector.hits()).toBe(3);
    } finally {
      await connector.close();
    }
  });

  it('a delivery that keeps failing is recorded on the dossier and listed for officers', async () => {
    const connector = await startConnector(100);
    try {
      const { code } = await t.app.services.dossiers.system.submit(submission(emulatorOwner(connector.url, 'bf-conv-2')));
      await api('POST', `/api/officer/dossiers/${code}/status`, { to: 'processing' });
      await settle();
      expect((await t.app.services.dossiers.repository.get(code))?.notifications.map((r) => r.ok)).toEqual([false, false, false]);
      const failed = await api('GET', '/api/officer/notifications/failed');
      expect(failed.status).toBe(200);
      expect(failed.body.items).toContainEqual(
        expect.objectContaining({ code, procedureName: 'Thủ tục đăng ký khai sinh', to: 'processing', channel: 'botframework:emulator', attempts: 3 }),
      );
    } finally {
      await connector.close();
    }
  });

  it('a dossier from a channel with no notifier is listed for officers at once', async () => {
    const { code } = await t.app.services.dossiers.system.submit(submission({ channelId: 'sms', userId: 'u-sms' }));
    await api('POST', `/api/officer/dossiers/${code}/status`, { to: 'processing' });
    await settle();
    const failed = await api('GET', '/api/officer/notifications/failed?limit=200');
    const item = failed.body.items.find((f: { code: string }) => f.code === code);
    expect(item).toMatchObject({ channel: 'sms', attempts: 0, error: expect.stringContaining('"sms"') });
    expect((await api('GET', '/api/officer/notifications/failed?limit=0')).status).toBe(400);
  });
});

describe('status-change notifications on Zalo', () => {
  const APP = { appId: '1234567890123456789', appSecret: 'app-secret', oaSecretKey: 'oa-secret-key' };
  let standIn: ZaloStandIn;
  let t: TestApp;

  beforeAll(async () => {
    standIn = await startZaloStandIn({ ...APP, accessToken: 'at-zalo', refreshToken: 'rt-zalo' });
    t = await startTestApp({
      env: {
        ...OFFICER_ENV,
        ZALO_APP_ID: APP.appId,
        ZALO_APP_SECRET: APP.appSecret,
        ZALO_OA_SECRET_KEY: APP.oaSecretKey,
        ZALO_ACCESS_TOKEN: 'at-zalo',
        ZALO_REFRESH_TOKEN: 'rt-zalo',
        ZALO_API_BASE_URL: standIn.baseUrl,
        ZALO_OAUTH_BASE_URL: standIn.baseUrl,
      },
    });
  });
  afterAll(async () => {
    await t.app.notifications.notifier.idle(5000);
    await t.close();
    await standIn.stop();
  });

  it('reaches a Zalo follower', async () => {
    const { code } = await t.app.services.dossiers.system.submit(submission({ channelId: 'zalo', userId: '8100000000000000001' }));
    await officerApi(t.baseUrl, 'POST', `/api/officer/dossiers/${code}/status`, { body: { to: 'processing' } });
    await t.app.notifications.notifier.idle(10_000);
    expect(standIn.textsFor('8100000000000000001').join('\n')).toContain(`hồ sơ ${code}`);
    expect((await t.app.services.dossiers.repository.get(code))?.notifications).toEqual([{ channel: 'zalo', ok: true, at: expect.any(String) }]);
  });

  it("Zalo's -230 refusal is not retried and is listed for officers with Zalo's explanation", async () => {
    standIn.blockUser('8100000000000000002', -230);
    const { code } = await t.app.services.dossiers.system.submit(submission({ channelId: 'zalo', userId: '8100000000000000002' }));
    const before = standIn.sendAttempts;
    await officerApi(t.baseUrl, 'POST', `/api/officer/dossiers/${code}/status`, { body: { to: 'processing' } });
    await t.app.notifications.notifier.idle(10_000);
    expect(standIn.sendAttempts - before).toBe(1);
    const failed = await officerApi(t.baseUrl, 'GET', '/api/officer/notifications/failed');
    expect(failed.body.items[0]).toMatchObject({ code, channel: 'zalo', attempts: 1, error: expect.stringContaining('(mã -230)') });
    expect((await t.app.services.dossiers.repository.get(code))?.notifications).toEqual([
      { channel: 'zalo', ok: false, error: failed.body.items[0].error, at: expect.any(String) },
    ]);
  });
});
