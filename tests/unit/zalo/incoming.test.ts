import {
  attachmentsOf,
  dedupeKeyOf,
  eventToActivity,
  oaIdOf,
  routeOf,
  userIdOf,
} from '../../../src/channels/zalo/incoming';
import { zaloEventSchema, type ZaloEvent } from '../../../src/channels/zalo/types';
import * as fx from './fixtures';

const parse = (raw: unknown): ZaloEvent => zaloEventSchema.parse(raw);

describe('event routes', () => {
  it.each([
    ['user_send_text', 'turn'],
    ['user_send_image', 'attachment'],
    ['user_send_file', 'attachment'],
    ['user_send_sticker', 'reprompt'],
    ['user_send_location', 'reprompt'],
    ['user_send_something_new', 'reprompt'],
    ['user_submit_info', 'contactInfo'],
    ['follow', 'follow'],
    ['unfollow', 'unfollow'],
    ['oa_send_text', 'echo'],
    ['oa_send_list', 'echo'],
    ['user_seen_message', 'ignore'],
    ['shop_has_order', 'ignore'],
  ])('%s → %s', (eventName, route) => {
    expect(routeOf(eventName)).toBe(route);
  });

  it.each(['toString', 'constructor', '__proto__'])('has no route for %s, a name that only looks like a key', (name) => {
    expect(routeOf(name)).toBe('ignore');
  });
});

describe('who an event is about', () => {
  it.each([
    ['text', fx.textEvent, fx.USER_ID, fx.OA_ID],
    ['follow', fx.followEvent, fx.USER_ID, fx.OA_ID],
    ['admin echo', fx.adminEchoEvent, fx.USER_ID, fx.OA_ID],
    ['submit info', fx.submitInfoEvent, fx.USER_ID, fx.OA_ID],
  ])('%s', (_name, raw, userId, oaId) => {
    const event = parse(raw);
    expect(userIdOf(event)).toBe(userId);
    expect(oaIdOf(event)).toBe(oaId);
  });

  it('keeps ids longer than 2^53 exactly', () => {
    const event = parse({ ...fx.textEvent, sender: { id: '98765432109876543210' } });
    expect(userIdOf(event)).toBe('98765432109876543210');
  });
});

describe('dedupe keys', () => {
  it('uses msg_id when there is one', () => {
    expect(dedupeKeyOf(parse(fx.textEvent))).toBe('msg:5b3a9a0b3c36f468ad27');
  });

  it('tells a follow from a later unfollow and re-follow', () => {
    const keys = [fx.followEvent, fx.unfollowEvent, { ...fx.followEvent, timestamp: '1699010000000' }].map((e) => dedupeKeyOf(parse(e)));
    expect(new Set(keys).size).toBe(3);
    expect(dedupeKeyOf(parse(fx.followEvent))).toBe(dedupeKeyOf(parse({ ...fx.followEvent })));
  });
});

describe('eventToActivity', () => {
  it('maps a text event to a message Activity for the bot', () => {
    const event = parse(fx.textEvent);
    const activity = eventToActivity(event, fx.USER_ID, fx.OA_ID);
    expect(activity).toMatchObject({
      type: 'message',
      id: fx.textEvent.message.msg_id,
      text: fx.textEvent.message.text,
      channelId: 'zalo',
      conversation: { id: `zalo:${fx.USER_ID}` },
      from: { id: fx.USER_ID },
      recipient: { id: fx.OA_ID },
      locale: 'vi-VN',
    });
    expect(activity.channelData).toEqual(fx.textEvent);
    expect(activity.timestamp).toEqual(new Date(1699003881354));
  });

  it('maps follow to a conversationUpdate that adds the user (the bot welcomes them)', () => {
    const activity = eventToActivity(parse(fx.followEvent), fx.USER_ID, fx.OA_ID);
    expect(activity.type).toBe('conversationUpdate');
    expect(activity.membersAdded).toEqual([{ id: fx.USER_ID, name: '' }]);
  });

  it('carries images and files as attachments', () => {
    const image = eventToActivity(parse(fx.imageEvent), fx.USER_ID, fx.OA_ID);
    expect(image.attachments).toEqual([
      { contentType: 'image/*', contentUrl: 'https://zalo.example/img/abc.jpg', thumbnailUrl: 'https://zalo.example/img/abc-thumb.jpg' },
    ]);
    const file = eventToActivity(parse(fx.fileEvent), fx.USER_ID, fx.OA_ID);
    expect(file.attachments).toEqual([{ contentType: 'application/pdf', contentUrl: 'https://zalo.example/f/giay-to.pdf', name: 'giay-to.pdf' }]);
  });
});

describe('attachmentsOf', () => {
  it('keeps the url and what Zalo says about a file', () => {
    expect(attachmentsOf(parse(fx.fileEvent))).toEqual([
      {
        kind: 'file',
        url: 'https://zalo.example/f/giay-to.pdf',
        contentType: 'application/pdf',
        name: 'giay-to.pdf',
        size: 204800,
        msgId: 'a0c1d22b0a5f4e7e0c12',
        receivedAt: new Date(1699003910000).toISOString(),
      },
    ]);
  });

  it('skips stickers and attachments without a url', () => {
    expect(attachmentsOf(parse(fx.stickerEvent))).toEqual([]);
    expect(attachmentsOf(parse({ ...fx.imageEvent, message: { msg_id: 'x', attachments: [{ type: 'image', payload: {} }] } }))).toEqual([]);
  });
});
