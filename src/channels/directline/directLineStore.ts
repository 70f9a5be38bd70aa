import type { Activity } from 'botbuilder';
import type { RedisClient } from '../../storage/redisClient';
import { StorageUnavailableError } from '../../storage/storageErrors';

export interface DirectLineConversation {
  id: string;
  userId: string;
  createdAt: string;
}

export interface ActivityPage {
  activities: Activity[];
  watermark: string;
}

/**
 * Transcript of built-in Direct Line conversations: the activities a client polls with a watermark.
 * The watermark is the number of activities already delivered; activity ids are `${conversationId}|${index}`.
 */
export interface DirectLineStore {
  createConversation(conversation: DirectLineConversation): Promise<void>;
  getConversation(id: string): Promise<DirectLineConversation | undefined>;
  /** Appends and returns the stored activity (with its id). */
  append(conversationId: string, activity: Partial<Activity>): Promise<Activity>;
  list(conversationId: string, watermark: number): Promise<ActivityPage>;
  ping(): Promise<void>;
}

const MAX_PAGE = 100;

function withId(conversationId: string, index: number, activity: Partial<Activity>): Activity {
  return { ...activity, id: `${conversationId}|${String(index).padStart(7, '0')}` } as Activity;
}

export class MemoryDirectLineStore implements DirectLineStore {
  private readonly conversations = new Map<string, { meta: DirectLineConversation; activities: Activity[] }>();

  async createConversation(conversation: DirectLineConversation): Promise<void> {
    this.conversations.set(conversation.id, { meta: { ...conversation }, activities: [] });
  }

  async getConversation(id: string): Promise<DirectLineConversation | undefined> {
    const c = this.conversations.get(id);
    return c ? { ...c.meta } : undefined;
  }

  async append(conversationId: string, activity: Partial<Activity>): Promise<Activity> {
    const c = this.conversations.get(conversationId);
    if (!c) throw new Error(`unknown conversation ${conversationId}`);
    const stored = withId(conversationId, c.activities.length, activity);
    c.activities.push(structuredClone(stored));
    return stored;
  }

  async list(conversationId: string, watermark: number): Promise<ActivityPage> {
    const all = this.conversations.get(conversationId)?.activities ?? [];
    const page = all.slice(watermark, watermark + MAX_PAGE);
    return { activities: structuredClone(page), watermark: String(watermark + page.length) };
  }

  async ping(): Promise<void> {}
}

export interface RedisDirectLineStoreOptions {
  keyPrefix: string;
  ttlSeconds: number;
}

const APPEND = `
if redis.call('EXISTS', KEYS[1]) == 0 then return -1 end
local n = redis.call('RPUSH', KEYS[2], ARGV[1])
redis.call('EXPIRE', KEYS[2], ARGV[2])
redis.call('EXPIRE', KEYS[1], ARGV[2])
return n
`;

/** Shared by every instance, so a client may poll any of them. */
export class RedisDirectLineStore implements DirectLineStore {
  constructor(private readonly client: RedisClient, private readonly options: RedisDirectLineStoreOptions) {}

  async createConversation(conversation: DirectLineConversation): Promise<void> {
    const key = this.metaKey(conversation.id);
    await this.run('create conversation', async () => {
      await this.client.multi().hSet(key, { ...conversation }).expire(key, this.options.ttlSeconds).exec();
    });
  }

  async getConversation(id: string): Promise<DirectLineConversation | undefined> {
    const meta = await this.run('get conversation', () => this.client.hGetAll(this.metaKey(id)));
    if (!meta || !meta.id || !meta.userId || !meta.createdAt) return undefined;
    return { id: meta.id, userId: meta.userId, createdAt: meta.createdAt };
  }

  async append(conversationId: string, activity: Partial<Activity>): Promise<Activity> {
    // The index is only known after RPUSH; store without id and derive it on read.
    const length = await this.run('append activity', () =>
      this.client.eval(APPEND, {
        keys: [this.metaKey(conversationId), this.listKey(conversationId)],
        arguments: [JSON.stringify(activity), String(this.options.ttlSeconds)],
      }),
    );
    if (Number(length) < 0) throw new Error(`unknown conversation ${conversationId}`);
    return withId(conversationId, Number(length) - 1, activity);
  }

  async list(conversationId: string, watermark: number): Promise<ActivityPage> {
    const raw = await this.run('list activities', () =>
      this.client.lRange(this.listKey(conversationId), watermark, watermark + MAX_PAGE - 1),
    );
    const activities = raw.map((json, i) => withId(conversationId, watermark + i, JSON.parse(json) as Partial<Activity>));
    return { activities, watermark: String(watermark + activities.length) };
  }

  async ping(): Promise<void> {
    await this.run('ping', () => this.client.ping());
  }

  private metaKey(id: string): string {
    return `${this.options.keyPrefix}dl:conv:${id}`;
  }

  private listKey(id: string): string {
    return `${this.options.keyPrefix}dl:act:${id}`;
  }

  private async run<T>(operation: string, fn: () => Promise<T>): Promise<T> {
    try {
      return await fn();
    } catch (err) {
      if (err instanceof Error && err.message.startsWith('unknown conversation')) throw err;
      throw new StorageUnavailableError(`direct line ${operation}`, err);
    }
  }
}
