import { createHash } from 'node:crypto';
import { DirectLineTestClient } from '../support/directLineClient';
import { startTestApp, type TestApp } from '../support/testApp';

const TOKEN = 'feedback-reader-token';
const ACCOUNT = `canbo2:Cán bộ Hai:${createHash('sha256').update(TOKEN).digest('hex')}:viewer`;

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp({ env: { OFFICER_ACCOUNTS: ACCOUNT } });
});
afterAll(async () => {
  await t.close();
});

const auth = { Authorization: `Bearer ${TOKEN}` };

/** Sends each message and waits for at least one more bot reply. */
async function converse(client: DirectLineTestClient, messages: string[]): Promise<string> {
  for (const text of messages) {
    const before = client.botMessages().length;
    await client.send(text);
    await client.waitForBotMessages(before + 1);
  }
  return client.botMessages().map((a) => a.text).join('\n');
}

test('feedback given in the chat, with a phone number, reaches officers under its reference number', async () => {
  const client = await new DirectLineTestClient(t.baseUrl).start();
  await client.waitForBotMessages(2);
  const said = await converse(client, ['tôi muốn phản ánh', 'thái độ phục vụ', 'cán bộ hẹn trả kết quả nhưng chưa có', 'có', '0912345678']);
  const ref = /PA-\d{6}-[0-9A-Z]{6}/.exec(said)?.[0];
  expect(ref).toBeDefined();
  const list = await (await fetch(`${t.baseUrl}/api/officer/feedback`, { headers: auth })).json();
  expect(list.items[0]).toMatchObject({ ref, topic: 'thái độ phục vụ', contact: { phone: '0912345678' }, channelId: 'webchat' });
  const one = await fetch(`${t.baseUrl}/api/officer/feedback/${ref}`, { headers: auth });
  expect(one.status).toBe(200);
  expect((await fetch(`${t.baseUrl}/api/officer/feedback/PA-000000-XXXXXX`, { headers: auth })).status).toBe(404);
});

test('ratings are summed per procedure', async () => {
  const client = await new DirectLineTestClient(t.baseUrl).start();
  await client.waitForBotMessages(2);
  await converse(client, ['đăng ký khai sinh cần giấy tờ gì', 'cảm ơn', '4']);
  const summary = await (await fetch(`${t.baseUrl}/api/officer/ratings/1.001193`, { headers: auth })).json();
  expect(summary.count).toBeGreaterThanOrEqual(1);
  expect(summary.histogram[3]).toBeGreaterThanOrEqual(1);
});

test('feedback is for officers only', async () => {
  expect((await fetch(`${t.baseUrl}/api/officer/feedback`)).status).toBe(401);
});
