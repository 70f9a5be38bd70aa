import { RedisAttemptLimiter } from '../../src/dossiers/redisAttemptLimiter';
import { connectTestRedis, deletePrefix, uniquePrefix, type TestRedisClient } from '../support/testRedis';

describe('RedisAttemptLimiter', () => {
  let client: TestRedisClient;
  const keyPrefix = uniquePrefix('attempts');

  beforeAll(async () => {
    client = await connectTestRedis();
  });

  afterAll(async () => {
    await deletePrefix(client, keyPrefix);
    await client.quit();
  });

  it('locks a code after five failures for fifteen minutes, shared between instances', async () => {
    const one = new RedisAttemptLimiter({ client, keyPrefix, scope: 'status-check' });
    const other = new RedisAttemptLimiter({ client, keyPrefix, scope: 'status-check' });
    for (let i = 1; i <= 4; i += 1) {
      const limiter = i % 2 ? one : other;
      expect(await limiter.recordFailure('000.00.21.H55-261128-0001')).toMatchObject({ locked: false, failures: i, remaining: 5 - i, retryAfterMs: 0 });
    }
    const locked = await other.recordFailure('000.00.21.H55-261128-0001');
    expect(locked).toMatchObject({ locked: true, failures: 5, remaining: 0 });
    expect(locked.retryAfterMs).toBeGreaterThan(14 * 60_000);
    expect(locked.retryAfterMs).toBeLessThanOrEqual(15 * 60_000);
    expect(await one.status('000.00.21.H55-261128-0001')).toMatchObject({ locked: true });
    expect(await one.recordFailure('000.00.21.H55-261128-0001')).toMatchObject({ locked: true, failures: 5 });
    expect(await one.status('000.00.21.H55-261128-0002')).toEqual({ locked: false, failures: 0, remaining: 5, retryAfterMs: 0 });
  });

  it('keeps scopes apart and unlocks on reset', async () => {
    const a = new RedisAttemptLimiter({ client, keyPrefix, scope: 'a' });
    const b = new RedisAttemptLimiter({ client, keyPrefix, scope: 'b' });
    for (let i = 0; i < 5; i += 1) await a.recordFailure('k');
    expect((await b.status('k')).failures).toBe(0);
    await a.reset('k');
    expect(await a.status('k')).toMatchObject({ locked: false, failures: 0 });
  });

  it('lets the lock expire by itself', async () => {
    const limiter = new RedisAttemptLimiter({ client, keyPrefix, scope: 'short', policy: { maxFailures: 2, lockMs: 1000 } });
    await limiter.recordFailure('k');
    expect((await limiter.recordFailure('k')).locked).toBe(true);
    await new Promise((r) => setTimeout(r, 1300));
    expect(await limiter.status('k')).toMatchObject({ locked: false, failures: 0 });
  });

  it('counts failures from parallel requests exactly', async () => {
    const limiter = new RedisAttemptLimiter({ client, keyPrefix, scope: 'parallel', policy: { maxFailures: 50, lockMs: 60_000 } });
    await Promise.all(Array.from({ length: 30 }, () => limiter.recordFailure('k')));
    expect((await limiter.status('k')).failures).toBe(30);
  });
});
