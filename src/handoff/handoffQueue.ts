import { randomUUID } from 'node:crypto';
import type { ConversationReference } from 'botbuilder';
import type { RedisClient } from '../storage/redisClient';

/** A citizen asked for an officer; the officers' console (a later issue) takes requests from here. */
export interface HandoffRequest {
  id: string;
  channelId: string;
  userId: string;
  reason: 'asked' | 'not_understood';
  procedureCode?: string;
  /** Lets an officer's reply reach the citizen on the channel they wrote from. */
  conversationReference: Partial<ConversationReference>;
  createdAt: string;
}

export interface HandoffQueue {
  request(request: Omit<HandoffRequest, 'id' | 'createdAt'>): Promise<HandoffRequest>;
  /** Oldest first. */
  pending(limit?: number): Promise<HandoffRequest[]>;
}

export class MemoryHandoffQueue implements HandoffQueue {
  private readonly items: HandoffRequest[] = [];

  async request(request: Omit<HandoffRequest, 'id' | 'createdAt'>): Promise<HandoffRequest> {
    const item = { ...request, id: randomUUID(), createdAt: new Date().toISOString() };
    this.items.push(structuredClone(item));
    return item;
  }

  async pending(limit = 50): Promise<HandoffRequest[]> {
    return structuredClone(this.items.slice(0, limit));
  }
}

export class RedisHandoffQueue implements HandoffQueue {
  constructor(private readonly client: RedisClient, private readonly keyPrefix: string) {}

  async request(request: Omit<HandoffRequest, 'id' | 'createdAt'>): Promise<HandoffRequest> {
    const item = { ...request, id: randomUUID(), createdAt: new Date().toISOString() };
    await this.client.rPush(`${this.keyPrefix}handoff:pending`, JSON.stringify(item));
    return item;
  }

  async pending(limit = 50): Promise<HandoffRequest[]> {
    const raw = await this.client.lRange(`${this.keyPrefix}handoff:pending`, 0, limit - 1);
    return raw.map((r) => JSON.parse(r) as HandoffRequest);
  }
}
