import type { TurnContext } from 'botbuilder';
import { DIRECTLINE_CHANNEL_ID, type DirectLineAdapter } from '../channels/directline/directLineAdapter';
import type { DossierOwner } from '../dossiers/dossier';
import { conversationReferenceOf, describeFailure, NotificationDeliveryError, serviceUrlOf, type ChannelNotifier } from './channelNotifier';

const CHANNEL = 'webchat';

/** The built-in web chat: the message is appended to the conversation's transcript for the page's next poll. */
export class WebChatNotifier implements ChannelNotifier {
  constructor(private readonly adapter: Pick<DirectLineAdapter, 'continueConversationAsync'>) {}

  serves(owner: DossierOwner): boolean {
    return owner.channelId === DIRECTLINE_CHANNEL_ID && serviceUrlOf(owner) === null;
  }

  channelName(): string {
    return CHANNEL;
  }

  async send(owner: DossierOwner, text: string): Promise<void> {
    const reference = conversationReferenceOf(owner);
    if (!reference) {
      throw new NotificationDeliveryError(CHANNEL, 'Hồ sơ không lưu cuộc trò chuyện web chat nên không gửi được thông báo.', true);
    }
    try {
      await this.adapter.continueConversationAsync('', reference, async (context: TurnContext) => {
        await context.sendActivity({ type: 'message', text, locale: 'vi-VN' });
      });
    } catch (err) {
      throw new NotificationDeliveryError(CHANNEL, `Không gửi được tin vào web chat (${describeFailure(err)}).`, false, { cause: err });
    }
  }
}
