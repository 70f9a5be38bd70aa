import { randomUUID } from 'node:crypto';
import { createClient, type RedisClientType } from 'redis';

export type TestRedisClient = RedisClientType;

export function testRedisUrl(): string {
  const url = process.env.TEST_REDIS_URL;
  if (!url) throw new Error('TEST_REDIS_URL is not set: run the tests through jest (npm test)');
  return url;
}

/** A unique key prefix per test file or case, so tests sharing one Redis never see each other's keys. */
export function uniquePrefix(label: string): string {
  return `test:${label}:${randomUUID().slice(0, 8)}:`;
}

export async function connectTestRedis(url = testRedisUrl()): Promise<TestRedisClient> {
  const client = createClient({ url });
  client.on('error', () => undefined);
  await client.connect();
  return client;
}

/** Deletes every key under a prefix (SCAN, not KEYS, so a shared server is not blocked). */
export async function deletePrefix(client: TestRedisClient, prefix: string): Promise<void> {
  for await (const keys of client.scanIterator({ MATCH: `${prefix}*`, COUNT: 500 })) {
    if (keys.length) await client.del(keys);
  }
}
