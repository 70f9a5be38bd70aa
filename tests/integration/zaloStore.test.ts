import { MemoryKeyValueStore, type ZaloKeyValueStore } from '../../src/channels/zalo/keyValueStore';
import { withLock } from '../../src/channels/zalo/lock';
import { RedisKeyValueStore } from '../../src/channels/zalo/redisKeyValueStore';
import { connectTestRedis, deletePrefix, uniquePrefix, type TestRedisClient } from '../support/testRedis';

let redis: TestRedisClient;
const prefixes: string[] = [];

beforeAll(async () => {
  redis = await connectTestRedis();
});

afterAll(async () => {
  for (const prefix of prefixes) await deletePrefix(redis, prefix);
  await redis.close();
});

const implementations: Array<[string, () => ZaloKeyValueStore]> = [
  ['memory', () => new MemoryKeyValueStore()],
  [
    'redis',
    () => {
      const prefix = uniquePrefix('zalo-store');
      prefixes.push(prefix);
      return new RedisKeyValueStore(redis, prefix);
    },
  ],
];

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe.each(implementations)('ZaloKeyValueStore contract: %s', (_name, create) => {
  let store: ZaloKeyValueStore;
  beforeEach(() => {
    store = create();
  });

  it('reads what was set, and null for a missing key', async () => {
    expect(await store.get('a')).toBeNull();
    await store.set('a', 'một');
    await store.set('a', 'hai');
    expect(await store.get('a')).toBe('hai');
    await store.delete('a');
    expect(await store.get('a')).toBeNull();
  });

  it('setIfAbsent creates a key once, even under concurrency', async () => {
    const results = await Promise.all(Array.from({ length: 10 }, (_, i) => store.setIfAbsent('once', String(i), 60_000)));
    expect(results.filter(Boolean)).toHaveLength(1);
    expect(await store.get('once')).toBe(String(results.indexOf(true)));
  });

  it('forgets a key after its time to live', async () => {
    // Wide margins: a loaded CI machine may take tens of milliseconds between two commands.
    await store.set('short', 'x', 500);
    expect(await store.setIfAbsent('short', 'y', 500)).toBe(false);
    await sleep(1100);
    expect(await store.get('short')).toBeNull();
    expect(await store.setIfAbsent('short', 'z')).toBe(true);
  });

  it('deleteIfEquals only deletes the owner’s value', async () => {
    await store.set('lock', 'owner-1');
    expect(await store.deleteIfEquals('lock', 'owner-2')).toBe(false);
    expect(await store.get('lock')).toBe('owner-1');
    expect(await store.deleteIfEquals('lock', 'owner-1')).toBe(true);
    expect(await store.get('lock')).toBeNull();
  });

  it('keeps a capped list, newest first', async () => {
    for (const value of ['1', '2', '3', '4']) await store.pushCapped('list', value, 3);
    expect(await store.listRecent('list', 10)).toEqual(['4', '3', '2']);
    expect(await store.listRecent('list', 2)).toEqual(['4', '3']);
    expect(await store.listRecent('missing', 2)).toEqual([]);
  });

  it('withLock lets one holder in at a time', async () => {
    let inside = 0;
    let most = 0;
    const run = () =>
      withLock(store, 'critical', { ttlMs: 5000, waitMs: 5000, pollMs: 5 }, async () => {
        inside += 1;
        most = Math.max(most, inside);
        await sleep(10);
        inside -= 1;
      });
    await Promise.all(Array.from({ length: 5 }, run));
    expect(most).toBe(1);
    expect(await store.get('lock:critical')).toBeNull();
  });
});
