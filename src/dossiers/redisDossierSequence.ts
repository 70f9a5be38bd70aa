import type { LocalDate } from '../domain/vietnamTime';
import type { DossierSequence } from './dossierSequence';
import type { RedisClient } from './redisClient';

/** Counters outlive their day long enough for late readers, then expire by themselves. */
const COUNTER_TTL_SECONDS = 3 * 24 * 60 * 60;

/** Daily counters shared by every instance: one Redis INCR per agency and day, with an expiry. */
export class RedisDossierSequence implements DossierSequence {
  constructor(
    private readonly client: RedisClient,
    private readonly keyPrefix: string,
  ) {}

  async next(agencyId: string, date: LocalDate): Promise<number> {
    const key = `${this.keyPrefix}dossier-seq:${agencyId.toUpperCase()}:${date}`;
    const [value] = await this.client.multi().incr(key).expire(key, COUNTER_TTL_SECONDS).exec();
    return Number(value);
  }
}
