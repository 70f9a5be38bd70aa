/** Exponential backoff shared by everything that retries (Zalo sends, status notifications). */
export interface RetryPolicy {
  /** Total attempts, the first included. */
  readonly maxAttempts: number;
  readonly baseDelayMs: number;
  readonly maxDelayMs: number;
}

/**
 * Delay before retry number `retry` (1-based): between half and all of base·2^(retry-1), capped
 * ("equal jitter": instances that failed together do not retry together, and below the cap a retry never
 * waits less than the one before). A server's Retry-After, when larger, wins (still capped).
 *
 * @example backoffDelay(2, { maxAttempts: 4, baseDelayMs: 100, maxDelayMs: 1000 }, () => 1) === 200
 */
export function backoffDelay(retry: number, policy: RetryPolicy, random: () => number = Math.random, retryAfterMs = 0): number {
  const ceiling = Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** Math.max(0, retry - 1));
  const jittered = ceiling / 2 + (ceiling / 2) * random();
  return Math.min(policy.maxDelayMs, Math.max(jittered, retryAfterMs));
}
