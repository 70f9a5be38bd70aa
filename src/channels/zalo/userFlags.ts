import type { ZaloKeyValueStore } from './keyValueStore';

/** Zalo retries for a couple of hours (30 s … 1 h, UNVERIFIED); a day covers the whole ladder. */
export const DEDUPE_TTL_MS = 24 * 60 * 60 * 1000;
export const DEFAULT_PAUSE_TTL_MS = 30 * 60 * 1000;

/**
 * Per-user channel facts: which events were already handled, whether an officer took the chat
 * over in Zalo's own tool (the bot pauses), and whether the user unfollowed the OA.
 */
export class ZaloUserFlags {
  constructor(
    private readonly store: ZaloKeyValueStore,
    private readonly pauseTtlMs: number = DEFAULT_PAUSE_TTL_MS,
  ) {}

  /** True the first time a dedupe key is seen. */
  claimEvent(dedupeKey: string): Promise<boolean> {
    return this.store.setIfAbsent(`seen:${dedupeKey}`, '1', DEDUPE_TTL_MS);
  }

  /** Each admin message restarts the pause. */
  async pause(userId: string): Promise<void> {
    await this.store.set(`paused:${userId}`, new Date().toISOString(), this.pauseTtlMs);
  }

  async resume(userId: string): Promise<void> {
    await this.store.delete(`paused:${userId}`);
  }

  async isPaused(userId: string): Promise<boolean> {
    return (await this.store.get(`paused:${userId}`)) !== null;
  }

  async setFollowing(userId: string, following: boolean): Promise<void> {
    if (following) await this.store.delete(`unfollowed:${userId}`);
    else await this.store.set(`unfollowed:${userId}`, new Date().toISOString());
  }

  async hasUnfollowed(userId: string): Promise<boolean> {
    return (await this.store.get(`unfollowed:${userId}`)) !== null;
  }
}
