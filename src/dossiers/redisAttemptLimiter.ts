import { attemptStatus, STATUS_CHECK_POLICY, type AttemptLimiter, type AttemptPolicy, type AttemptStatus } from './attemptLimiter';
import type { RedisClient } from './redisClient';

/**
 * INCR with an expiry set on the first failure and renewed on the one that locks; failures past the limit
 * do not extend the lock. Returns [failures, pttl].
 */
const FAILURE_SCRIPT = `
local failures = tonumber(redis.call('GET', KEYS[1]) or '0')
if failures < tonumber(ARGV[1]) then
  failures = redis.call('INCR', KEYS[1])
  if failures == 1 or failures == tonumber(ARGV[1]) then redis.call('PEXPIRE', KEYS[1], ARGV[2]) end
end
return {failures, redis.call('PTTL', KEYS[1])}`;

export interface RedisAttemptLimiterOptions {
  readonly client: RedisClient;
  /** REDIS_KEY_PREFIX from configuration. */
  readonly keyPrefix: string;
  /** Separates limiters sharing a prefix, e.g. 'status-check'. */
  readonly scope: string;
  readonly policy?: AttemptPolicy;
}

/** An AttemptLimiter shared by every instance, so a lock holds whichever instance the next try reaches. */
export class RedisAttemptLimiter implements AttemptLimiter {
  private readonly policy: AttemptPolicy;

  constructor(private readonly options: RedisAttemptLimiterOptions) {
    this.policy = options.policy ?? STATUS_CHECK_POLICY;
  }

  async status(key: string): Promise<AttemptStatus> {
    const redisKey = this.key(key);
    const [failures, ttl] = await this.options.client.multi().get(redisKey).pTTL(redisKey).exec();
    return attemptStatus(Number(failures ?? 0), Number(ttl), this.policy);
  }

  async recordFailure(key: string): Promise<AttemptStatus> {
    const reply = (await this.options.client.eval(FAILURE_SCRIPT, {
      keys: [this.key(key)],
      arguments: [String(this.policy.maxFailures), String(this.policy.lockMs)],
    })) as [number, number];
    return attemptStatus(Number(reply[0]), Number(reply[1]), this.policy);
  }

  async reset(key: string): Promise<void> {
    await this.options.client.del(this.key(key));
  }

  private key(key: string): string {
    return `${this.options.keyPrefix}attempts:${this.options.scope}:${key}`;
  }
}
