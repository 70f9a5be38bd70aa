import type { Storage, StoreItems } from 'botbuilder';
import { MemoryStorage } from '../../src/storage/memoryStorage';
import { RedisStorage } from '../../src/storage/redisStorage';
import { StorageConflictError } from '../../src/storage/storageErrors';
import { connectTestRedis, deletePrefix, uniquePrefix, type TestRedisClient } from '../support/testRedis';

let redis: TestRedisClient;
const prefixes: string[] = [];

beforeAll(async () => {
  redis = await connectTestRedis();
});
afterAll(async () => {
  for (const p of prefixes) await deletePrefix(redis, p);
  await redis.close();
});

const backends: Array<[string, () => Storage]> = [
  ['MemoryStorage', () => new MemoryStorage()],
  [
    'RedisStorage',
    () => {
      const keyPrefix = uniquePrefix('storage');
      prefixes.push(keyPrefix);
      return new RedisStorage(redis, { keyPrefix, conversationTtlSeconds: 3600 });
    },
  ],
];

describe.each(backends)('%s honours the botbuilder Storage contract', (_name, make) => {
  let storage: Storage;
  beforeEach(() => {
    storage = make();
  });

  test('read omits keys that were never written', async () => {
    await storage.write({ present: { v: 1 } });
    const items = await storage.read(['present', 'absent']);
    expect(Object.keys(items)).toEqual(['present']);
  });

  test('write then read returns the value with a fresh eTag', async () => {
    await storage.write({ k: { name: 'Nguyễn Văn A', nested: { list: [1, 2] } } });
    const { k } = await storage.read(['k']);
    expect(k).toMatchObject({ name: 'Nguyễn Văn A', nested: { list: [1, 2] } });
    expect(typeof k.eTag).toBe('string');
    expect(k.eTag).not.toBe('*');
  });

  test('every write assigns a new eTag', async () => {
    await storage.write({ k: { n: 1 } });
    const first = (await storage.read(['k'])).k;
    await storage.write({ k: { ...first, n: 2 } });
    const second = (await storage.read(['k'])).k;
    expect(second.n).toBe(2);
    expect(second.eTag).not.toBe(first.eTag);
  });

  test('a write with a stale eTag is refused and changes nothing', async () => {
    await storage.write({ k: { n: 1 } });
    const stale = (await storage.read(['k'])).k;
    await storage.write({ k: { ...stale, n: 2 } });
    await expect(storage.write({ k: { ...stale, n: 3 } })).rejects.toBeInstanceOf(StorageConflictError);
    expect((await storage.read(['k'])).k.n).toBe(2);
  });

  test("eTag '*' and a missing eTag overwrite whatever is stored", async () => {
    await storage.write({ k: { n: 1 } });
    await storage.write({ k: { n: 2, eTag: '*' } });
    expect((await storage.read(['k'])).k.n).toBe(2);
    await storage.write({ k: { n: 3 } });
    expect((await storage.read(['k'])).k.n).toBe(3);
  });

  test('a write with an eTag succeeds when nothing is stored yet', async () => {
    await storage.write({ fresh: { n: 1, eTag: 'some-old-tag' } });
    expect((await storage.read(['fresh'])).fresh.n).toBe(1);
  });

  test('a multi-key write is all or nothing', async () => {
    await storage.write({ a: { n: 1 }, b: { n: 1 } });
    const { a, b } = await storage.read(['a', 'b']);
    await storage.write({ b: { ...b, n: 2 } });
    const changes: StoreItems = { a: { ...a, n: 9 }, b: { ...b, n: 9 } };
    await expect(storage.write(changes)).rejects.toBeInstanceOf(StorageConflictError);
    const after = await storage.read(['a', 'b']);
    expect(after.a.n).toBe(1);
    expect(after.b.n).toBe(2);
  });

  test('delete removes the key, and deleting an unknown key is a no-op', async () => {
    await storage.write({ k: { n: 1 } });
    await storage.delete(['k', 'never-there']);
    expect(await storage.read(['k'])).toEqual({});
  });

  test('stored values are copies: mutating what was written or read does not change storage', async () => {
    const value = { list: [1] };
    await storage.write({ k: value });
    value.list.push(2);
    const read = (await storage.read(['k'])).k;
    read.list.push(3);
    expect((await storage.read(['k'])).k.list).toEqual([1]);
  });

  test('50 concurrent writers of one key with the same eTag: exactly one succeeds', async () => {
    await storage.write({ hot: { n: 0 } });
    const base = (await storage.read(['hot'])).hot;
    const results = await Promise.allSettled(
      Array.from({ length: 50 }, (_, i) => storage.write({ hot: { ...base, n: i + 1 } })),
    );
    const ok = results.filter((r) => r.status === 'fulfilled');
    const conflicts = results.filter((r) => r.status === 'rejected' && r.reason instanceof StorageConflictError);
    expect(ok).toHaveLength(1);
    expect(conflicts).toHaveLength(49);
    const winner = results.findIndex((r) => r.status === 'fulfilled') + 1;
    expect((await storage.read(['hot'])).hot.n).toBe(winner);
  });
});

describe('RedisStorage specifics', () => {
  test('keys carry the prefix, conversation state gets the TTL, user state does not', async () => {
    const keyPrefix = uniquePrefix('storage-ttl');
    prefixes.push(keyPrefix);
    const storage = new RedisStorage(redis, { keyPrefix, conversationTtlSeconds: 1234 });
    await storage.write({ 'webchat/conversations/c1/state': { n: 1 }, 'webchat/users/u1/state': { n: 1 } });
    const convTtl = await redis.ttl(`${keyPrefix}state:webchat/conversations/c1/state`);
    const userTtl = await redis.ttl(`${keyPrefix}state:webchat/users/u1/state`);
    expect(convTtl).toBeGreaterThan(1200);
    expect(convTtl).toBeLessThanOrEqual(1234);
    expect(userTtl).toBe(-1);
  });

  test('two storages with different prefixes do not see each other', async () => {
    const p1 = uniquePrefix('iso1');
    const p2 = uniquePrefix('iso2');
    prefixes.push(p1, p2);
    const s1 = new RedisStorage(redis, { keyPrefix: p1, conversationTtlSeconds: 60 });
    const s2 = new RedisStorage(redis, { keyPrefix: p2, conversationTtlSeconds: 60 });
    await s1.write({ k: { owner: 1 } });
    expect(await s2.read(['k'])).toEqual({});
  });
});
