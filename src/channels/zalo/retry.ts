/** Exponential backoff for retryable Zalo failures (network, 5xx, -32). */
export interface RetryPolicy {
  /** Total attempts, the first included. */
  readonly maxAttempts: number;
  readonly baseDelayMs: number;
  readonly maxDelayMs: number;
}

export const DEFAULT_RETRY_POLICY: RetryPolicy = Object.freeze({ maxAttempts: 4, baseDelayMs: 500, maxDelayMs: 8000 });

/**
 * Delay before retry number `retry` (1-based): between half and all of base·2^(retry-1), capped
 * ("equal jitter": below the cap a retry never waits less than the one before). A server's
 * Retry-After, when larger, wins (still capped).
 *
 * @example backoffDelay(2, { maxAttempts: 4, baseDelayMs: 100, maxDelayMs: 1000 }, () => 1) === 200
 */
export function backoffDelay(retry: number, policy: RetryPolicy, random: () => number = Math.random, retryAfterMs = 0): number {
  const ceiling = Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** (retry - 1));
  const jittered = ceiling / 2 + (ceiling / 2) * random();
  return Math.min(policy.maxDelayMs, Math.max(jittered, retryAfterMs));
}

/** Parses a Retry-After header given in seconds; other forms are ignored. */
export function retryAfterMs(header: unknown): number {
  const seconds = typeof header === 'string' ? Number(header) : typeof header === 'number' ? header : NaN;
  return Number.isFinite(seconds) && seconds > 0 ? seconds * 1000 : 0;
}
