import type { ConversationReference, TurnContext } from 'botbuilder';
import type { DossierOwner } from '../../../src/dossiers/dossier';
import { BotFrameworkNotifier } from '../../../src/notifications/botFrameworkNotifier';
import { NotificationDeliveryError } from '../../../src/notifications/channelNotifier';
import { channelNotifiers } from '../../../src/notifications/notificationServices';
import { WebChatNotifier } from '../../../src/notifications/webChatNotifier';
import { ZaloChannelNotifier } from '../../../src/notifications/zaloChannelNotifier';

const reference = (serviceUrl: string, channelId: string): Partial<ConversationReference> => ({
  channelId,
  serviceUrl,
  conversation: { id: 'conv-1', isGroup: false, conversationType: 'personal', name: '' },
  user: { id: 'u-1', name: '' },
  bot: { id: 'bot', name: '' },
});

const builtIn: DossierOwner = { channelId: 'webchat', userId: 'u-1', conversationRef: reference('', 'webchat') };
const azureWebChat: DossierOwner = { channelId: 'webchat', userId: 'u-1', conversationRef: reference('https://webchat.botframework.com/', 'webchat') };
const teams: DossierOwner = { channelId: 'msteams', userId: 'u-1', conversationRef: reference('https://smba.trafficmanager.net/apac/', 'msteams') };
const zaloOwner: DossierOwner = { channelId: 'zalo', userId: '8123456789' };
const noReference: DossierOwner = { channelId: 'webchat', userId: 'u-1' };

type Logic = (context: TurnContext) => Promise<void>;

/** Records what a continueConversationAsync call would send, or fails like a connector. */
function fakeAdapter(failure?: unknown) {
  const calls: Array<{ appId: unknown; reference: Partial<ConversationReference>; sent: unknown[] }> = [];
  const adapter = {
    continueConversationAsync: async (appId: unknown, ref: Partial<ConversationReference>, logic: unknown) => {
      if (failure) throw failure;
      const sent: unknown[] = [];
      await (logic as Logic)({ sendActivity: async (a: unknown) => sent.push(a) } as unknown as TurnContext);
      calls.push({ appId, reference: ref, sent });
    },
  };
  return { adapter: adapter as never, calls };
}

describe('choosing the channel', () => {
  const zalo = { notify: async () => ({ ok: true }) };
  const notifiers = channelNotifiers({ directLine: fakeAdapter().adapter, cloudAdapter: fakeAdapter().adapter, botFrameworkAppId: '', zalo });
  const pick = (owner: DossierOwner) => notifiers.find((n) => n.serves(owner))?.channelName(owner) ?? null;

  it.each([
    ['the built-in web chat (no serviceUrl)', builtIn, 'webchat'],
    ["Azure's Web Chat (same channel id, a serviceUrl)", azureWebChat, 'botframework:webchat'],
    ['Teams', teams, 'botframework:msteams'],
    ['Zalo', zaloOwner, 'zalo'],
    ['a channel nobody serves', { channelId: 'sms', userId: '0912345678' }, null],
  ])('%s', (_label, owner, expected) => {
    expect(pick(owner)).toBe(expected);
  });

  it('without Zalo configured, nobody serves Zalo owners', () => {
    const withoutZalo = channelNotifiers({ directLine: fakeAdapter().adapter, cloudAdapter: fakeAdapter().adapter, botFrameworkAppId: '', zalo: null });
    expect(withoutZalo.some((n) => n.serves(zaloOwner))).toBe(false);
  });
});

describe('WebChatNotifier', () => {
  it('continues the stored conversation with a Vietnamese message', async () => {
    const { adapter, calls } = fakeAdapter();
    await new WebChatNotifier(adapter).send(builtIn, 'Dạ, hồ sơ đã có kết quả ạ.');
    expect(calls).toEqual([{ appId: '', reference: builtIn.conversationRef, sent: [{ type: 'message', text: 'Dạ, hồ sơ đã có kết quả ạ.', locale: 'vi-VN' }] }]);
  });

  it('fails for good without a reference, and retryably when the store fails', async () => {
    await expect(new WebChatNotifier(fakeAdapter().adapter).send(noReference, 'x')).rejects.toMatchObject({ permanent: true, channel: 'webchat' });
    const error = await new WebChatNotifier(fakeAdapter(new Error('redis down')).adapter).send(builtIn, 'x').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(NotificationDeliveryError);
    expect(error).toMatchObject({ permanent: false });
    expect((error as NotificationDeliveryError).officerMessage).toContain('redis down');
  });
});

describe('BotFrameworkNotifier', () => {
  it('continues the conversation as the configured app id', async () => {
    const { adapter, calls } = fakeAdapter();
    await new BotFrameworkNotifier(adapter, 'app-id-1').send(teams, 'Dạ, thông báo ạ.');
    expect(calls[0]).toMatchObject({ appId: 'app-id-1', reference: teams.conversationRef });
  });

  it.each([
    [404, true],
    [403, true],
    [429, false],
    [502, false],
  ])('a connector answering %i is permanent: %s', async (statusCode, permanent) => {
    const failure = Object.assign(new Error('connector said no'), { statusCode });
    const error = await new BotFrameworkNotifier(fakeAdapter(failure).adapter, '').send(teams, 'x').catch((e: unknown) => e);
    expect(error).toMatchObject({ permanent, channel: 'botframework:msteams' });
    expect((error as NotificationDeliveryError).officerMessage).toContain(`HTTP ${statusCode}`);
  });
});

describe('ZaloChannelNotifier', () => {
  it("passes Zalo's refusal on as a permanent failure with its officer text", async () => {
    const zalo = { notify: async (_userId: string, _text: string) => ({ ok: false, error: 'Người dân không tương tác với Zalo OA trong 7 ngày qua (mã -230).' }) };
    await expect(new ZaloChannelNotifier(zalo).send(zaloOwner, 'x')).rejects.toMatchObject({
      permanent: true,
      officerMessage: 'Người dân không tương tác với Zalo OA trong 7 ngày qua (mã -230).',
    });
  });

  it('sends to the Zalo user id of the owner', async () => {
    const seen: string[] = [];
    await new ZaloChannelNotifier({ notify: async (userId: string) => (seen.push(userId), { ok: true }) }).send(zaloOwner, 'x');
    expect(seen).toEqual(['8123456789']);
  });
});
