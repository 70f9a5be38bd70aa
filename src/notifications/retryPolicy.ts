import { backoffDelay, type RetryPolicy } from '../backoff';

export type { RetryPolicy } from '../backoff';

export const DEFAULT_NOTIFICATION_RETRY: RetryPolicy = Object.freeze({ maxAttempts: 5, baseDelayMs: 2000, maxDelayMs: 60_000 });

/** Wait before retry number `retry` (1-based), in whole milliseconds; see backoffDelay. */
export function retryDelay(retry: number, policy: RetryPolicy, random: () => number = Math.random): number {
  return Math.round(backoffDelay(retry, policy, random));
}

/** Longest a job can wait between two attempts: after this its claim is stale. */
export function longestWait(policy: RetryPolicy): number {
  return Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** Math.max(0, policy.maxAttempts - 2));
}
