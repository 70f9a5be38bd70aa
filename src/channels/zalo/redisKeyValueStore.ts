import type { RedisClient } from '../../storage/redisClient';
import type { ZaloKeyValueStore } from './keyValueStore';

export type { RedisClient };

const DELETE_IF_EQUALS = `if redis.call('GET', KEYS[1]) == ARGV[1] then return redis.call('DEL', KEYS[1]) else return 0 end`;

/** Keys live under `${keyPrefix}zalo:`. */
export class RedisKeyValueStore implements ZaloKeyValueStore {
  constructor(
    private readonly redis: RedisClient,
    private readonly keyPrefix: string,
  ) {}

  async get(key: string): Promise<string | null> {
    const value = await this.redis.get(this.scoped(key));
    return typeof value === 'string' ? value : null;
  }

  async set(key: string, value: string, ttlMs?: number): Promise<void> {
    await this.redis.set(this.scoped(key), value, ttlMs ? { expiration: { type: 'PX', value: ttlMs } } : undefined);
  }

  async setIfAbsent(key: string, value: string, ttlMs?: number): Promise<boolean> {
    const reply = await this.redis.set(this.scoped(key), value, {
      condition: 'NX',
      ...(ttlMs ? { expiration: { type: 'PX', value: ttlMs } } : {}),
    });
    return reply === 'OK';
  }

  async delete(key: string): Promise<void> {
    await this.redis.del(this.scoped(key));
  }

  async deleteIfEquals(key: string, value: string): Promise<boolean> {
    const deleted = await this.redis.eval(DELETE_IF_EQUALS, { keys: [this.scoped(key)], arguments: [value] });
    return deleted === 1;
  }

  async pushCapped(key: string, value: string, maxLength: number): Promise<void> {
    const scoped = this.scoped(key);
    await this.redis.multi().lPush(scoped, value).lTrim(scoped, 0, maxLength - 1).exec();
  }

  async listRecent(key: string, count: number): Promise<string[]> {
    const values = await this.redis.lRange(this.scoped(key), 0, count - 1);
    return values.map(String);
  }

  private scoped(key: string): string {
    return `${this.keyPrefix}zalo:${key}`;
  }
}
