import type { RedisClient } from '../storage/redisClient';
import { DEFAULT_CLAIM_LIMIT, type NotificationJob, type NotificationOutbox } from './outbox';

/** Claims stale jobs in one script, so two instances never take over the same job. */
const CLAIM_SCRIPT = `
local ids = redis.call('ZRANGEBYSCORE', KEYS[2], '-inf', ARGV[1], 'LIMIT', 0, tonumber(ARGV[3]))
local out = {}
for _, id in ipairs(ids) do
  local job = redis.call('HGET', KEYS[1], id)
  if job then
    redis.call('ZADD', KEYS[2], ARGV[2], id)
    table.insert(out, job)
  else
    redis.call('ZREM', KEYS[2], id)
  end
end
return out`;

/**
 * The outbox in Redis: `<prefix>notify:outbox:jobs` (hash id → job JSON) and `<prefix>notify:outbox:claims`
 * (sorted set id → claim time in ms).
 */
export class RedisNotificationOutbox implements NotificationOutbox {
  private readonly jobsKey: string;
  private readonly claimsKey: string;

  constructor(private readonly client: RedisClient, keyPrefix: string) {
    this.jobsKey = `${keyPrefix}notify:outbox:jobs`;
    this.claimsKey = `${keyPrefix}notify:outbox:claims`;
  }

  async add(job: NotificationJob, nowMs: number): Promise<void> {
    await this.client.multi().hSet(this.jobsKey, job.id, JSON.stringify(job)).zAdd(this.claimsKey, { score: nowMs, value: job.id }).exec();
  }

  async touch(id: string, nowMs: number): Promise<void> {
    await this.client.zAdd(this.claimsKey, { score: nowMs, value: id }, { XX: true });
  }

  async remove(id: string): Promise<void> {
    await this.client.multi().hDel(this.jobsKey, id).zRem(this.claimsKey, id).exec();
  }

  async claimStale(staleBeforeMs: number, nowMs: number, limit = DEFAULT_CLAIM_LIMIT): Promise<NotificationJob[]> {
    const raw = await this.client.eval(CLAIM_SCRIPT, {
      keys: [this.jobsKey, this.claimsKey],
      arguments: [String(staleBeforeMs), String(nowMs), String(limit)],
    });
    return (Array.isArray(raw) ? raw : []).map((text) => JSON.parse(String(text)) as NotificationJob);
  }

  async pending(): Promise<NotificationJob[]> {
    const all = await this.client.hVals(this.jobsKey);
    return all.map((text) => JSON.parse(text) as NotificationJob);
  }
}
