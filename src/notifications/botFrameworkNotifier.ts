import type { CloudAdapter, TurnContext } from 'botbuilder';
import { ZALO_CHANNEL_ID } from '../channels/zalo';
import type { DossierOwner } from '../dossiers/dossier';
import { conversationReferenceOf, describeFailure, NotificationDeliveryError, serviceUrlOf, type ChannelNotifier } from './channelNotifier';

/** Connector answers after which a retry cannot help: the conversation or the bot is gone, or we are not allowed. */
const PERMANENT_STATUSES = new Set([400, 401, 403, 404, 410]);

/**
 * Bot Framework channels (Azure Web Chat, Teams, the Emulator): a proactive message through
 * CloudAdapter.continueConversationAsync with the stored conversation reference.
 */
export class BotFrameworkNotifier implements ChannelNotifier {
  constructor(
    private readonly adapter: Pick<CloudAdapter, 'continueConversationAsync'>,
    /** MicrosoftAppId; '' for the Emulator. */
    private readonly appId: string,
  ) {}

  serves(owner: DossierOwner): boolean {
    return owner.channelId !== ZALO_CHANNEL_ID && serviceUrlOf(owner) !== null;
  }

  channelName(owner: DossierOwner): string {
    return `botframework:${owner.channelId}`;
  }

  async send(owner: DossierOwner, text: string): Promise<void> {
    const channel = this.channelName(owner);
    const reference = conversationReferenceOf(owner);
    if (!reference) throw new NotificationDeliveryError(channel, 'Hồ sơ không lưu cuộc trò chuyện nên không gửi được thông báo.', true);
    try {
      await this.adapter.continueConversationAsync(this.appId, reference, async (context: TurnContext) => {
        await context.sendActivity({ type: 'message', text, locale: 'vi-VN' });
      });
    } catch (err) {
      const status = (err as { statusCode?: unknown }).statusCode;
      const permanent = typeof status === 'number' && PERMANENT_STATUSES.has(status);
      throw new NotificationDeliveryError(channel, `Không gửi được tin qua kênh ${owner.channelId} (${describeFailure(err)}).`, permanent, { cause: err });
    }
  }
}
