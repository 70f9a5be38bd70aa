import {
  TurnContext,
  type Activity,
  type ResourceResponse,
} from 'botbuilder';
import { ProactiveBotAdapter } from '../proactiveAdapter';
import type { Logger } from '../../logger';
import { StorageUnavailableError } from '../../storage/storageErrors';
import type { ActivityPage, DirectLineStore } from './directLineStore';

export const DIRECTLINE_CHANNEL_ID = 'webchat';
export const BOT_ACCOUNT = { id: 'tro-ly-mot-cua', name: 'Trợ lý Một cửa', role: 'bot' as const };

type Logic = (context: TurnContext) => Promise<void>;

/**
 * The bot side of the built-in Direct Line endpoint: incoming activities become turns, and what the bot
 * sends is appended to the conversation's transcript for the client to poll.
 *
 * When the store is down (Redis outage), replies are kept in this instance's memory and handed to the
 * next poll of that conversation, so the citizen still sees the apology.
 */
export class DirectLineAdapter extends ProactiveBotAdapter {
  private readonly undelivered = new Map<string, Activity[]>();
  private fallbackSeq = 0;

  constructor(private readonly store: DirectLineStore, private readonly logger: Logger) {
    super();
  }

  async processActivity(activity: Partial<Activity>, logic: Logic): Promise<void> {
    const context = new TurnContext(this, activity);
    await this.runMiddleware(context, logic);
  }

  async sendActivities(context: TurnContext, activities: Partial<Activity>[]): Promise<ResourceResponse[]> {
    const responses: ResourceResponse[] = [];
    for (const outgoing of activities) {
      if (outgoing.type === 'delay') {
        await new Promise((r) => setTimeout(r, typeof outgoing.value === 'number' ? outgoing.value : 1000));
        responses.push({ id: '' });
        continue;
      }
      const conversationId = outgoing.conversation?.id ?? context.activity.conversation.id;
      const { serviceUrl: _serviceUrl, ...rest } = outgoing;
      const activity: Partial<Activity> = {
        ...rest,
        channelId: DIRECTLINE_CHANNEL_ID,
        conversation: { id: conversationId, isGroup: false, conversationType: 'personal', name: '' },
        from: BOT_ACCOUNT,
        timestamp: new Date(),
      };
      responses.push({ id: (await this.appendOrKeep(conversationId, activity)).id ?? '' });
    }
    return responses;
  }

  async updateActivity(): Promise<void> {
    throw new Error('updateActivity is not supported by the built-in Direct Line channel');
  }

  async deleteActivity(): Promise<void> {
    throw new Error('deleteActivity is not supported by the built-in Direct Line channel');
  }

  /** Activities after the watermark, plus any this instance had to keep while the store was down. */
  async poll(conversationId: string, watermark: number): Promise<ActivityPage> {
    const kept = this.undelivered.get(conversationId);
    if (kept) this.undelivered.delete(conversationId);
    try {
      const page = await this.store.list(conversationId, watermark);
      return kept ? { ...page, activities: [...page.activities, ...kept] } : page;
    } catch (err) {
      if (kept) return { activities: kept, watermark: String(watermark) };
      throw err;
    }
  }

  private async appendOrKeep(conversationId: string, activity: Partial<Activity>): Promise<Activity> {
    try {
      return await this.store.append(conversationId, activity);
    } catch (err) {
      if (!(err instanceof StorageUnavailableError)) throw err;
      this.fallbackSeq += 1;
      const kept = { ...activity, id: `${conversationId}|local-${Date.now()}-${this.fallbackSeq}` } as Activity;
      const list = this.undelivered.get(conversationId) ?? [];
      list.push(kept);
      this.undelivered.set(conversationId, list);
      this.logger.warn({ conversationId }, 'direct line store unavailable; reply kept in memory for the next poll');
      return kept;
    }
  }
}
