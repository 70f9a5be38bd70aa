import type { RetryPolicy } from '../../backoff';

export { backoffDelay, type RetryPolicy } from '../../backoff';

/** Retries for Zalo failures worth retrying (network, 5xx, -32). */
export const DEFAULT_RETRY_POLICY: RetryPolicy = Object.freeze({ maxAttempts: 4, baseDelayMs: 500, maxDelayMs: 8000 });

/** Parses a Retry-After header given in seconds; other forms are ignored. */
export function retryAfterMs(header: unknown): number {
  const seconds = typeof header === 'string' ? Number(header) : typeof header === 'number' ? header : NaN;
  return Number.isFinite(seconds) && seconds > 0 ? seconds * 1000 : 0;
}
