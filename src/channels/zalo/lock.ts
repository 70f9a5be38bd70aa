import { randomUUID } from 'node:crypto';
import type { ZaloKeyValueStore } from './keyValueStore';

export interface LockOptions {
  /** The lock expires by itself after this, should its holder die. */
  readonly ttlMs: number;
  /** Give up waiting after this. */
  readonly waitMs: number;
  readonly pollMs: number;
}

export class LockTimeoutError extends Error {
  override readonly name = 'LockTimeoutError';
  constructor(readonly lockName: string) {
    super(`timed out waiting for lock ${lockName}`);
  }
}

/** Runs `fn` holding a lock shared by every instance using the same store (SET NX PX, compare-and-delete). */
export async function withLock<T>(store: ZaloKeyValueStore, name: string, options: LockOptions, fn: () => Promise<T>): Promise<T> {
  const key = `lock:${name}`;
  const owner = randomUUID();
  const deadline = Date.now() + options.waitMs;
  while (!(await store.setIfAbsent(key, owner, options.ttlMs))) {
    if (Date.now() >= deadline) throw new LockTimeoutError(name);
    await new Promise((resolve) => setTimeout(resolve, options.pollMs));
  }
  try {
    return await fn();
  } finally {
    await store.deleteIfEquals(key, owner);
  }
}
