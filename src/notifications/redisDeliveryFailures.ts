import type { RedisClient } from '../storage/redisClient';
import { MAX_KEPT_FAILURES, type DeliveryFailure, type DeliveryFailureLog } from './deliveryFailures';

/** `<prefix>notify:failed`: a list, newest first, trimmed to MAX_KEPT_FAILURES. */
export class RedisDeliveryFailureLog implements DeliveryFailureLog {
  private readonly key: string;

  constructor(private readonly client: RedisClient, keyPrefix: string) {
    this.key = `${keyPrefix}notify:failed`;
  }

  async record(failure: DeliveryFailure): Promise<void> {
    await this.client.multi().lPush(this.key, JSON.stringify(failure)).lTrim(this.key, 0, MAX_KEPT_FAILURES - 1).exec();
  }

  async list(limit: number): Promise<DeliveryFailure[]> {
    if (limit < 1) return [];
    const items = await this.client.lRange(this.key, 0, limit - 1);
    return items.map((text) => JSON.parse(text) as DeliveryFailure);
  }
}
