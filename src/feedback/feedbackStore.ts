import { randomBytes } from 'node:crypto';
import type { RedisClient } from '../storage/redisClient';

/** A citizen's phản ánh / kiến nghị as staff read it. Contact details only with consent. */
export interface FeedbackEntry {
  ref: string;
  topic: string;
  content: string;
  /** Present only when the citizen agreed to leave a phone number. */
  contact?: { phone: string; consentAt: string };
  channelId: string;
  userId: string;
  procedureCode?: string;
  createdAt: string;
}

export type NewFeedback = Omit<FeedbackEntry, 'ref' | 'createdAt'>;

/** Where feedback goes for staff; the reference number is what the citizen keeps. */
export interface FeedbackStore {
  add(entry: NewFeedback, now?: Date): Promise<FeedbackEntry>;
  get(ref: string): Promise<FeedbackEntry | undefined>;
  /** Newest first. */
  list(limit?: number): Promise<FeedbackEntry[]>;
}

/** "PA-261129-7F3K9Q": PA (phản ánh), the date, and six unambiguous characters. */
export function newFeedbackRef(now: Date): string {
  const alphabet = '23456789ABCDEFGHJKLMNPQRSTUVWXYZ';
  const bytes = randomBytes(6);
  const tail = [...bytes].map((b) => alphabet[b % alphabet.length]).join('');
  const local = new Date(now.getTime() + 7 * 3600_000);
  const ymd = local.toISOString().slice(2, 10).replace(/-/g, '');
  return `PA-${ymd}-${tail}`;
}

export class MemoryFeedbackStore implements FeedbackStore {
  private readonly entries: FeedbackEntry[] = [];

  async add(entry: NewFeedback, now = new Date()): Promise<FeedbackEntry> {
    const stored: FeedbackEntry = { ...entry, ref: newFeedbackRef(now), createdAt: now.toISOString() };
    this.entries.unshift(structuredClone(stored));
    return stored;
  }

  async get(ref: string): Promise<FeedbackEntry | undefined> {
    const found = this.entries.find((e) => e.ref === ref);
    return found ? structuredClone(found) : undefined;
  }

  async list(limit = 50): Promise<FeedbackEntry[]> {
    return structuredClone(this.entries.slice(0, limit));
  }
}

export class RedisFeedbackStore implements FeedbackStore {
  constructor(private readonly client: RedisClient, private readonly keyPrefix: string) {}

  async add(entry: NewFeedback, now = new Date()): Promise<FeedbackEntry> {
    const stored: FeedbackEntry = { ...entry, ref: newFeedbackRef(now), createdAt: now.toISOString() };
    await this.client
      .multi()
      .set(`${this.keyPrefix}feedback:${stored.ref}`, JSON.stringify(stored))
      .lPush(`${this.keyPrefix}feedback:index`, stored.ref)
      .exec();
    return stored;
  }

  async get(ref: string): Promise<FeedbackEntry | undefined> {
    const json = await this.client.get(`${this.keyPrefix}feedback:${ref}`);
    return json ? (JSON.parse(json) as FeedbackEntry) : undefined;
  }

  async list(limit = 50): Promise<FeedbackEntry[]> {
    const refs = await this.client.lRange(`${this.keyPrefix}feedback:index`, 0, limit - 1);
    if (refs.length === 0) return [];
    const values = await this.client.mGet(refs.map((r) => `${this.keyPrefix}feedback:${r}`));
    return values.filter((v): v is string => typeof v === 'string').map((v) => JSON.parse(v) as FeedbackEntry);
  }
}
