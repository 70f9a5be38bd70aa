import type { Storage, StoreItems } from 'botbuilder';
import type { RedisClient } from './redisClient';
import { StorageConflictError, StorageUnavailableError } from './storageErrors';
import { newETag } from './etag';
import { eTagOf, serialize } from './memoryStorage';

/**
 * Checks every key's eTag, then writes them all, in one atomic step. Returns 0 when all were written,
 * or the 1-based index of the first key whose eTag did not match (nothing is written then).
 * ARGV per key: expected eTag ('' or '*' = any), new eTag, value JSON, ttl seconds (0 = none).
 */
const COMPARE_AND_SET = `
for i, key in ipairs(KEYS) do
  local expected = ARGV[(i - 1) * 4 + 1]
  if expected ~= '' and expected ~= '*' then
    local current = redis.call('HGET', key, 'e')
    if current and current ~= expected then return i end
  end
end
for i, key in ipairs(KEYS) do
  local base = (i - 1) * 4
  redis.call('HSET', key, 'e', ARGV[base + 2], 'v', ARGV[base + 3])
  local ttl = tonumber(ARGV[base + 4])
  if ttl > 0 then redis.call('EXPIRE', key, ttl) else redis.call('PERSIST', key) end
end
return 0
`;

export interface RedisStorageOptions {
  keyPrefix: string;
  /** TTL for conversation state (keys with "/conversations/"), in seconds. */
  conversationTtlSeconds: number;
  /** TTL for other keys (user state); 0 keeps them. */
  otherTtlSeconds?: number;
}

/** botbuilder Storage on Redis that honours eTags with an atomic compare-and-set (Lua). */
export class RedisStorage implements Storage {
  constructor(private readonly client: RedisClient, private readonly options: RedisStorageOptions) {}

  async read(keys: string[]): Promise<StoreItems> {
    if (keys.length === 0) return {};
    const replies = await this.run('read', () =>
      Promise.all(keys.map((k) => this.client.hmGet(this.redisKey(k), ['v', 'e']))),
    );
    const out: StoreItems = {};
    keys.forEach((key, i) => {
      const [value, eTag] = replies[i] ?? [];
      if (typeof value === 'string' && typeof eTag === 'string') out[key] = { ...JSON.parse(value), eTag };
    });
    return out;
  }

  async write(changes: StoreItems): Promise<void> {
    const entries = Object.entries(changes);
    if (entries.length === 0) return;
    const args: string[] = [];
    for (const [key, change] of entries) {
      args.push(eTagOf(change) ?? '', newETag(), serialize(change), String(this.ttlFor(key)));
    }
    const result = await this.run('write', () =>
      this.client.eval(COMPARE_AND_SET, { keys: entries.map(([k]) => this.redisKey(k)), arguments: args }),
    );
    if (Number(result) !== 0) throw new StorageConflictError(entries[Number(result) - 1]?.[0] ?? '?');
  }

  async delete(keys: string[]): Promise<void> {
    if (keys.length === 0) return;
    await this.run('delete', () => this.client.del(keys.map((k) => this.redisKey(k))));
  }

  private redisKey(key: string): string {
    return `${this.options.keyPrefix}state:${key}`;
  }

  private ttlFor(key: string): number {
    return key.includes('/conversations/') ? this.options.conversationTtlSeconds : this.options.otherTtlSeconds ?? 0;
  }

  private async run<T>(operation: string, fn: () => Promise<T>): Promise<T> {
    try {
      return await fn();
    } catch (err) {
      throw new StorageUnavailableError(operation, err);
    }
  }
}
