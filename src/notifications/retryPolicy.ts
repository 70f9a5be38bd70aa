/** Exponential backoff for notification attempts. */
export interface RetryPolicy {
  /** Attempts in all, the first included. */
  readonly maxAttempts: number;
  readonly baseDelayMs: number;
  readonly maxDelayMs: number;
}

export const DEFAULT_NOTIFICATION_RETRY: RetryPolicy = Object.freeze({ maxAttempts: 5, baseDelayMs: 2000, maxDelayMs: 60_000 });

/**
 * Wait before retry number `retry` (1-based): between half and all of base·2^(retry-1), capped at
 * maxDelayMs ("equal jitter", so instances that failed together do not retry together).
 *
 * @example retryDelay(3, { maxAttempts: 5, baseDelayMs: 100, maxDelayMs: 1000 }, () => 1) === 400
 */
export function retryDelay(retry: number, policy: RetryPolicy, random: () => number = Math.random): number {
  const ceiling = Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** Math.max(0, retry - 1));
  return Math.round(ceiling / 2 + (ceiling / 2) * random());
}

/** Longest a job can wait between two attempts: after this its claim is stale. */
export function longestWait(policy: RetryPolicy): number {
  return Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** Math.max(0, policy.maxAttempts - 2));
}
