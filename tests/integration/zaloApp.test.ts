import { messageText, signZaloWebhook, startZaloStandIn, type ZaloStandIn } from '../support/zaloStandIn';
import { startTestApp, type TestApp } from '../support/testApp';

/** The whole app with the Zalo channel on, against a stand-in Zalo server: real dialogs, real Redis. */
const APP = { appId: '1234567890123456789', appSecret: 'app-secret', oaSecretKey: 'oa-secret-key' };
const OA_ID = '4368496502530091877';

let standIn: ZaloStandIn;
let t: TestApp;
let counter = 0;

beforeAll(async () => {
  standIn = await startZaloStandIn({ ...APP, accessToken: 'at-first', refreshToken: 'rt-first' });
  t = await startTestApp({
    env: {
      ZALO_APP_ID: APP.appId,
      ZALO_APP_SECRET: APP.appSecret,
      ZALO_OA_SECRET_KEY: APP.oaSecretKey,
      ZALO_ACCESS_TOKEN: 'at-first',
      ZALO_REFRESH_TOKEN: 'rt-first',
      ZALO_API_BASE_URL: standIn.baseUrl,
      ZALO_OAUTH_BASE_URL: standIn.baseUrl,
    },
  });
});

afterAll(async () => {
  await t.app.zalo?.idle();
  await t.close();
  await standIn.stop();
});

function event(userId: string, eventName: string, message: Record<string, unknown>): Record<string, unknown> {
  counter += 1;
  return { event_name: eventName, app_id: APP.appId, sender: { id: userId }, recipient: { id: OA_ID }, message: { msg_id: `m-${counter}-${Date.now()}`, ...message }, timestamp: String(Date.now()) };
}

/** Delivers a signed event and returns the texts Zalo was asked to send for it. */
async function deliver(e: Record<string, unknown>): Promise<string[]> {
  const before = standIn.received.length;
  const signed = signZaloWebhook(e, APP.oaSecretKey);
  const res = await fetch(`${t.baseUrl}/api/zalo/webhook`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', 'X-ZEvent-Signature': signed.signature },
    body: signed.rawBody,
  });
  expect(res.status).toBe(200);
  await t.app.zalo?.idle();
  return standIn.received.slice(before).map((m) => messageText(m.message));
}

describe('Zalo through the whole app', () => {
  test('a question typed without diacritics gets the procedure answer on Zalo', async () => {
    const replies = await deliver(event('9001', 'user_send_text', { text: 'lam giay khai sinh can giay to gi' }));
    expect(replies.join('\n')).toContain('1.001193');
    expect(standIn.received.at(-1)?.userId).toBe('9001');
  });

  test('a photo sent while filling a dossier is kept on the draft; without a draft the citizen is told', async () => {
    const user = '9002';
    const image = { attachments: [{ type: 'image', payload: { url: 'https://zalo.example/photo.jpg', thumbnail: 'https://zalo.example/t.jpg' } }] };
    const before = await deliver(event(user, 'user_send_image', image));
    expect(before.length).toBeGreaterThan(0);
    let stored = (await t.app.services.storage.read([`zalo/users/${user}/`]))[`zalo/users/${user}/`];
    expect(stored?.dossierDraft?.attachments).toBeUndefined();

    await deliver(event(user, 'user_send_text', { text: 'nộp hồ sơ đăng ký khai sinh' }));
    const consent = await deliver(event(user, 'user_send_text', { text: 'đồng ý' }));
    expect(consent.join('\n')).toContain('họ và tên');
    await deliver(event(user, 'user_send_image', image));
    stored = (await t.app.services.storage.read([`zalo/users/${user}/`]))[`zalo/users/${user}/`];
    expect(stored?.dossierDraft?.attachments).toEqual([expect.objectContaining({ kind: 'image', url: 'https://zalo.example/photo.jpg' })]);
  });

  test('a bad signature is refused and nothing is sent', async () => {
    const before = standIn.received.length;
    const e = event('9003', 'user_send_text', { text: 'xin chào' });
    const signed = signZaloWebhook(e, 'wrong-key');
    const res = await fetch(`${t.baseUrl}/api/zalo/webhook`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'X-ZEvent-Signature': signed.signature },
      body: signed.rawBody,
    });
    expect(res.status).toBe(401);
    await t.app.zalo?.idle();
    expect(standIn.received.length).toBe(before);
  });
});
