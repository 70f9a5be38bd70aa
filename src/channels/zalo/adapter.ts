import {
  TurnContext,
  type Activity,
  type ConversationReference,
  type ResourceResponse,
} from 'botbuilder';
import { ProactiveBotAdapter } from '../proactiveAdapter';
import type { Logger } from 'pino';
import type { ZaloClient } from './client';
import { conversationIdOf, ZALO_CHANNEL_ID } from './incoming';
import { activityToZaloMessages, type OutgoingLabels } from './outgoing';

export type BotLogic = (context: TurnContext) => Promise<void>;

export interface ZaloAdapterDeps {
  readonly client: ZaloClient;
  readonly logger: Logger;
  readonly labels: OutgoingLabels;
  /** Said to the user when a turn fails; replace onTurnError to change the whole policy. */
  readonly turnErrorText: string;
}

/** Bot Framework's 'delay' activity (not in the ActivityTypes enum): a pause between messages. */
const DELAY_ACTIVITY = 'delay';

/** The OA id is unknown until Zalo sends an event; proactive references use this placeholder. */
const UNKNOWN_OA_ID = 'zalo-oa';

/**
 * Bot Framework adapter for Zalo OA: runs turns for Activities built from webhook events and sends
 * what the bot says as Zalo messages (split text, button templates), one after another in order.
 *
 * @example
 * await adapter.continueConversationAsync('', ZaloAdapter.referenceFor(userId), async (ctx) => {
 *   await ctx.sendActivity('Dạ, hồ sơ của anh/chị đã có kết quả ạ.');
 * });
 */
export class ZaloAdapter extends ProactiveBotAdapter {
  constructor(private readonly deps: ZaloAdapterDeps) {
    super();
    this.onTurnError = async (context, error) => {
      deps.logger.error({ err: error, conversationId: context.activity.conversation?.id }, 'zalo: turn failed');
      try {
        await context.sendActivity(deps.turnErrorText);
      } catch (sendError) {
        deps.logger.error({ err: sendError }, 'zalo: could not tell the user about a failed turn');
      }
    };
  }

  /** A conversation reference for proactive messages to a Zalo user. */
  static referenceFor(userId: string, oaId: string = UNKNOWN_OA_ID): Partial<ConversationReference> {
    return {
      channelId: ZALO_CHANNEL_ID,
      conversation: { id: conversationIdOf(userId), isGroup: false, conversationType: 'personal', name: '' },
      user: { id: userId, name: '', role: 'user' },
      bot: { id: oaId, name: '', role: 'bot' },
      locale: 'vi-VN',
    };
  }

  /** Runs one bot turn for an incoming Activity through the middleware pipeline. */
  async runTurn(activity: Partial<Activity>, logic: BotLogic): Promise<void> {
    await this.runMiddleware(new TurnContext(this, activity), logic);
  }

  async sendActivities(_context: TurnContext, activities: Partial<Activity>[]): Promise<ResourceResponse[]> {
    const responses: ResourceResponse[] = [];
    for (const activity of activities) {
      if (activity.type === DELAY_ACTIVITY) {
        await new Promise((resolve) => setTimeout(resolve, typeof activity.value === 'number' ? activity.value : 1000));
        responses.push({ id: '' });
        continue;
      }
      const userId = recipientOf(activity);
      const messages = activityToZaloMessages(activity, { labels: this.deps.labels });
      let id = '';
      for (const message of messages) {
        id = (await this.deps.client.sendMessage(userId, message)).messageId;
      }
      responses.push({ id });
    }
    return responses;
  }

  async updateActivity(): Promise<void> {
    throw new Error('Zalo cannot edit a message once it is sent');
  }

  async deleteActivity(): Promise<void> {
    throw new Error('Zalo cannot delete a message once it is sent');
  }
}

function recipientOf(activity: Partial<Activity>): string {
  const userId = activity.recipient?.id ?? activity.conversation?.id?.replace(`${ZALO_CHANNEL_ID}:`, '');
  if (!userId) throw new Error('a Zalo reply needs a recipient user id');
  return userId;
}
