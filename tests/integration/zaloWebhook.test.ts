import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { MessageFactory, type Activity, type TurnContext } from 'botbuilder';
import express from 'express';
import pino from 'pino';
import { createZaloChannel, DEFAULT_ZALO_MESSAGES, ZaloAdapter, type ZaloAttachment, type ZaloChannel, type ZaloContactInfo } from '../../src/channels/zalo';
import { connectTestRedis, deletePrefix, uniquePrefix, type TestRedisClient } from '../support/testRedis';
import { messageText, signZaloWebhook, startZaloStandIn, type ZaloStandIn } from '../support/zaloStandIn';

const APP = { appId: '1234567890123456789', appSecret: 'app-secret', oaSecretKey: 'oa-secret-key' };
const OA_ID = '4368496502530091877';
const logger = pino({ level: 'silent' });

let redis: TestRedisClient;
let prefix: string;
let standIn: ZaloStandIn;
let channel: ZaloChannel;
let server: Server;
let webhookUrl: string;
let logic: (context: TurnContext) => Promise<void>;
let seen: Array<Partial<Activity>>;
let drafts: Set<string>;
let attachments: Array<{ userId: string; attachment: ZaloAttachment }>;
let contacts: Array<{ userId: string; info: ZaloContactInfo }>;
let unfollowed: string[];

/** A tiny bot of our own: echoes text with suggested actions, welcomes new followers. */
const echoLogic = async (context: TurnContext): Promise<void> => {
  seen.push(context.activity);
  if (context.activity.type === 'message') {
    await context.sendActivity(MessageFactory.suggestedActions(['Tra cứu hồ sơ', 'Gặp cán bộ'], `Bạn vừa nói: ${context.activity.text}`));
  } else if (context.activity.membersAdded?.length) {
    await context.sendActivity('Dạ, em chào anh/chị ạ.');
  }
};

beforeAll(async () => {
  redis = await connectTestRedis();
});

afterAll(async () => {
  await redis.close();
});

beforeEach(async () => {
  prefix = uniquePrefix('zalo-webhook');
  seen = [];
  drafts = new Set();
  attachments = [];
  contacts = [];
  unfollowed = [];
  logic = echoLogic;
  standIn = await startZaloStandIn({ ...APP, accessToken: 'at-first', refreshToken: 'rt-first' });
  channel = createZaloChannel({
    config: { ...APP, accessToken: 'at-first', refreshToken: 'rt-first', apiBaseUrl: standIn.baseUrl, oauthBaseUrl: standIn.baseUrl },
    redis,
    keyPrefix: prefix,
    logger,
    logic: (context) => logic(context),
    retry: { maxAttempts: 3, baseDelayMs: 5, maxDelayMs: 20 },
    hooks: {
      onAttachment: async (userId, attachment) => {
        attachments.push({ userId, attachment });
        return drafts.has(userId);
      },
      onContactInfo: async (userId, info) => {
        contacts.push({ userId, info });
      },
      onUnfollow: async (userId) => {
        unfollowed.push(userId);
      },
    },
  });
  const app = express();
  app.use(channel.router);
  app.use(express.json());
  server = await new Promise<Server>((resolve) => {
    const listening = app.listen(0, '127.0.0.1', () => resolve(listening));
  });
  webhookUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}/api/zalo/webhook`;
});

afterEach(async () => {
  await channel.idle();
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
  await standIn.stop();
  await deletePrefix(redis, prefix);
});

let msgCounter = 0;
function textEvent(userId: string, text: string, msgId = `msg-${(msgCounter += 1)}-${Date.now()}`): Record<string, unknown> {
  return {
    event_name: 'user_send_text',
    app_id: APP.appId,
    sender: { id: userId },
    recipient: { id: OA_ID },
    message: { text, msg_id: msgId },
    timestamp: String(Date.now()),
  };
}

function userEvent(eventName: string, userId: string, extra: Record<string, unknown>): Record<string, unknown> {
  return { event_name: eventName, app_id: APP.appId, sender: { id: userId }, recipient: { id: OA_ID }, timestamp: String(Date.now()), ...extra };
}

async function post(event: Record<string, unknown>, signature?: string | null, body?: string): Promise<Response> {
  const signed = signZaloWebhook(event, APP.oaSecretKey);
  const headers: Record<string, string> = { 'Content-Type': 'application/json' };
  if (signature !== null) headers['X-ZEvent-Signature'] = signature ?? signed.signature;
  return fetch(webhookUrl, { method: 'POST', headers, body: body ?? signed.rawBody });
}

async function deliver(event: Record<string, unknown>): Promise<void> {
  const response = await post(event);
  expect(response.status).toBe(200);
  await channel.idle();
}

describe('Zalo webhook', () => {
  it('answers a signed text event: the reply reaches Zalo for the sender, with buttons', async () => {
    const event = textEvent('8756287263669629130', 'Xin chào');
    await deliver(event);

    expect(standIn.received).toHaveLength(1);
    const [reply] = standIn.received;
    expect(reply?.userId).toBe('8756287263669629130');
    expect(reply?.accessToken).toBe('at-first');
    expect(reply?.message).toEqual({
      attachment: {
        type: 'template',
        payload: {
          template_type: 'button',
          text: 'Bạn vừa nói: Xin chào',
          buttons: [
            { type: 'oa.query.show', title: 'Tra cứu hồ sơ', payload: 'Tra cứu hồ sơ' },
            { type: 'oa.query.show', title: 'Gặp cán bộ', payload: 'Gặp cán bộ' },
          ],
        },
      },
    });
    expect(seen[0]).toMatchObject({
      type: 'message',
      channelId: 'zalo',
      text: 'Xin chào',
      conversation: { id: 'zalo:8756287263669629130' },
      from: { id: '8756287263669629130' },
      recipient: { id: OA_ID },
      channelData: event,
    });
  });

  it.each([
    ['a signature made with another key', () => signZaloWebhook(textEvent('u-1', 'a', 'bad-1'), 'not-the-key').signature, undefined],
    ['no signature', () => null, undefined],
    ['a garbled signature', () => 'mac=zzz', undefined],
    ['a body changed after signing', () => undefined, JSON.stringify(textEvent('u-1', 'đổi', 'bad-1'))],
  ])('rejects %s with 401 and processes nothing', async (_name, signature, body) => {
    const response = await post(textEvent('u-1', 'a', 'bad-1'), signature(), body);
    expect(response.status).toBe(401);
    await channel.idle();
    expect(seen).toHaveLength(0);
    expect(standIn.received).toHaveLength(0);
    expect(await redis.keys(`${prefix}*`)).toEqual([]);
  });

  it('answers 200 before the bot has finished its turn', async () => {
    let release!: () => void;
    const gate = new Promise<void>((resolve) => (release = resolve));
    logic = async (context) => {
      await gate;
      await echoLogic(context);
    };
    const response = await post(textEvent('u-slow', 'chậm'));
    expect(response.status).toBe(200);
    expect(standIn.received).toHaveLength(0);
    release();
    await channel.idle();
    expect(standIn.textsFor('u-slow')).toEqual(['Bạn vừa nói: chậm']);
  });

  it('replies once to the same msg_id delivered five times', async () => {
    const event = textEvent('u-retry', 'một lần thôi', 'msg-duplicate');
    const concurrent = await Promise.all([post(event), post(event), post(event)]);
    expect(concurrent.map((r) => r.status)).toEqual([200, 200, 200]);
    await channel.idle();
    for (let i = 0; i < 2; i += 1) await deliver(event);
    expect(standIn.textsFor('u-retry')).toEqual(['Bạn vừa nói: một lần thôi']);
    expect(seen).toHaveLength(1);
  });

  it('answers one user’s messages in the order they arrived, even when the first turn is slow', async () => {
    logic = async (context) => {
      if (context.activity.text === 'một') await new Promise((resolve) => setTimeout(resolve, 50));
      await echoLogic(context);
    };
    for (const text of ['một', 'hai', 'ba']) expect((await post(textEvent('u-order', text))).status).toBe(200);
    await channel.idle();
    expect(standIn.textsFor('u-order')).toEqual(['Bạn vừa nói: một', 'Bạn vừa nói: hai', 'Bạn vừa nói: ba']);
  });

  it('sends a 2,500-character answer as two messages, in order, split between paragraphs', async () => {
    const paragraphs = Array.from({ length: 5 }, (_, i) => `Đoạn ${i + 1}: `.padEnd(498, 'a'));
    const answer = paragraphs.join('\n\n');
    expect(answer.length).toBe(2498);
    logic = async (context) => {
      await context.sendActivity(answer);
    };
    await deliver(textEvent('u-long', 'giải thích dài'));
    const texts = standIn.textsFor('u-long');
    expect(texts).toHaveLength(2);
    for (const text of texts) expect(text.length).toBeLessThanOrEqual(2000);
    expect(texts.join('\n\n')).toBe(answer);
  });

  it('welcomes a new follower, and stops notifications after an unfollow until they follow again', async () => {
    const follow = { event_name: 'follow', app_id: APP.appId, oa_id: OA_ID, follower: { id: 'u-follow' }, source: 'oa_profile', timestamp: '1699003800000' };
    await deliver(follow);
    expect(standIn.textsFor('u-follow')).toEqual(['Dạ, em chào anh/chị ạ.']);
    expect(seen[0]).toMatchObject({ type: 'conversationUpdate', membersAdded: [{ id: 'u-follow' }] });

    await deliver({ ...follow, event_name: 'unfollow', timestamp: '1699003900000' });
    expect(unfollowed).toEqual(['u-follow']);
    expect(await channel.notifier.notify('u-follow', 'Dạ, hồ sơ đã có kết quả ạ.')).toEqual({ ok: false, error: DEFAULT_ZALO_MESSAGES.officerUnfollowed });
    expect(standIn.textsFor('u-follow')).toHaveLength(1);

    await deliver({ ...follow, timestamp: '1699004000000' });
    expect((await channel.notifier.notify('u-follow', 'Dạ, hồ sơ đã có kết quả ạ.')).ok).toBe(true);
    expect(standIn.textsFor('u-follow')).toEqual(['Dạ, em chào anh/chị ạ.', 'Dạ, em chào anh/chị ạ.', 'Dạ, hồ sơ đã có kết quả ạ.']);
  });

  it('pauses the bot for a user when an officer writes in Zalo’s chat tool, and ignores plain OA echoes', async () => {
    const echo = (userId: string, adminId?: string) => ({
      event_name: 'oa_send_text',
      app_id: APP.appId,
      sender: adminId ? { id: OA_ID, admin_id: adminId } : { id: OA_ID },
      recipient: { id: userId },
      message: { text: 'Chào anh, tôi là cán bộ.', msg_id: `echo-${userId}` },
      timestamp: String(Date.now()),
    });
    await deliver(echo('u-officer', '3316529374432101'));
    await deliver(echo('u-bot'));
    await deliver(textEvent('u-officer', 'cán bộ ơi'));
    await deliver(textEvent('u-bot', 'bot ơi'));
    expect(standIn.textsFor('u-officer')).toEqual([]);
    expect(standIn.textsFor('u-bot')).toEqual(['Bạn vừa nói: bot ơi']);
    expect(seen.map((a) => a.from?.id)).toEqual(['u-bot']);

    await channel.flags.resume('u-officer');
    await deliver(textEvent('u-officer', 'còn đó không'));
    expect(standIn.textsFor('u-officer')).toEqual(['Bạn vừa nói: còn đó không']);
  });

  it('attaches an image to the dossier being created, keeping its url and metadata; otherwise explains', async () => {
    const image = (userId: string, msgId: string) =>
      userEvent('user_send_image', userId, {
        message: { msg_id: msgId, attachments: [{ type: 'image', payload: { url: `https://zalo.example/${msgId}.jpg`, thumbnail: `https://zalo.example/${msgId}-t.jpg` } }] },
      });
    drafts.add('u-draft');
    await deliver(image('u-draft', 'img-1'));
    await deliver(image('u-nodraft', 'img-2'));

    expect(attachments).toEqual([
      { userId: 'u-draft', attachment: expect.objectContaining({ kind: 'image', url: 'https://zalo.example/img-1.jpg', thumbnailUrl: 'https://zalo.example/img-1-t.jpg', msgId: 'img-1' }) },
      { userId: 'u-nodraft', attachment: expect.objectContaining({ kind: 'image', url: 'https://zalo.example/img-2.jpg' }) },
    ]);
    expect(standIn.textsFor('u-draft')).toEqual([DEFAULT_ZALO_MESSAGES.attachmentSaved]);
    expect(standIn.textsFor('u-nodraft')).toEqual([DEFAULT_ZALO_MESSAGES.attachmentNoDossier]);
    expect(seen).toHaveLength(0);
  });

  it('answers a sticker with a friendly reprompt, without a bot turn', async () => {
    await deliver(userEvent('user_send_sticker', 'u-sticker', { message: { msg_id: 'st-1', attachments: [{ type: 'sticker', payload: { id: '1' } }] } }));
    expect(standIn.textsFor('u-sticker')).toEqual([DEFAULT_ZALO_MESSAGES.reprompt]);
    expect(seen).toHaveLength(0);
  });

  it('hands submitted contact info to the dossier draft and thanks the user', async () => {
    await deliver(userEvent('user_submit_info', 'u-info', { info: { name: 'Nguyễn Văn An', phone: '0900000000', address: 'Xóm Bản Quyên' } }));
    expect(contacts).toEqual([{ userId: 'u-info', info: expect.objectContaining({ name: 'Nguyễn Văn An', phone: '0900000000', address: 'Xóm Bản Quyên' }) }]);
    expect(standIn.textsFor('u-info')).toEqual([DEFAULT_ZALO_MESSAGES.contactInfoSaved]);
  });

  it('rejects an empty POST with 401', async () => {
    const response = await fetch(webhookUrl, { method: 'POST' });
    expect(response.status).toBe(401);
  });

  it('refuses to guess when a JSON parser ran first (mounting mistake) and processes nothing', async () => {
    const wrong = express();
    wrong.use(express.json());
    wrong.use(channel.router);
    const wrongServer = await new Promise<Server>((resolve) => {
      const listening = wrong.listen(0, '127.0.0.1', () => resolve(listening));
    });
    const { rawBody, signature } = signZaloWebhook(textEvent('u-mount', 'a'), APP.oaSecretKey);
    const response = await fetch(`http://127.0.0.1:${(wrongServer.address() as AddressInfo).port}/api/zalo/webhook`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'X-ZEvent-Signature': signature },
      body: rawBody,
    });
    wrongServer.closeAllConnections();
    await new Promise((resolve) => wrongServer.close(resolve));
    expect(response.status).toBe(500);
    await channel.idle();
    expect(seen).toHaveLength(0);
  });

  it('acknowledges but ignores a signed event it cannot read', async () => {
    await deliver({ app_id: APP.appId, timestamp: '1' });
    expect(seen).toHaveLength(0);
    expect(standIn.received).toHaveLength(0);
  });
});

describe('Zalo proactive messages', () => {
  it('delivers a dossier status change to the Zalo user through the notifier', async () => {
    const result = await channel.notifier.notify('u-status', 'Dạ, hồ sơ HS-0001 của anh/chị đã có kết quả ạ.');
    expect(result).toEqual({ ok: true });
    expect(standIn.received).toEqual([expect.objectContaining({ userId: 'u-status', message: { text: 'Dạ, hồ sơ HS-0001 của anh/chị đã có kết quả ạ.' } })]);
  });

  it('lets the bot continue a conversation through the adapter', async () => {
    await channel.adapter.continueConversationAsync('', ZaloAdapter.referenceFor('u-proactive'), async (context) => {
      expect(context.activity.conversation.id).toBe('zalo:u-proactive');
      await context.sendActivity(MessageFactory.suggestedActions(['Xem kết quả'], 'Dạ, hồ sơ đã xong ạ.'));
    });
    expect(standIn.received.map((m) => [m.userId, messageText(m.message)])).toEqual([['u-proactive', 'Dạ, hồ sơ đã xong ạ.']]);
  });
});
