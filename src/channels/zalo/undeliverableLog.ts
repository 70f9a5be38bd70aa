import type { UndeliverableRecord } from './client';
import type { ZaloKeyValueStore } from './keyValueStore';

const LIST_KEY = 'undeliverable';
const KEEP = 1000;

/** The most recent messages Zalo refused for good, newest first, for the officers' screen. */
export class UndeliverableLog {
  constructor(private readonly store: ZaloKeyValueStore) {}

  async record(entry: UndeliverableRecord): Promise<void> {
    await this.store.pushCapped(LIST_KEY, JSON.stringify(entry), KEEP);
  }

  async recent(count = 50): Promise<UndeliverableRecord[]> {
    return (await this.store.listRecent(LIST_KEY, count)).map((raw) => JSON.parse(raw) as UndeliverableRecord);
  }
}
