/**
 * Counts failed attempts per key (e.g. wrong phone numbers given for one dossier code) and locks the key
 * once too many fail, so a dossier's status cannot be guessed by trying phone numbers.
 *
 * @example
 *   if ((await limiter.status(code)).locked) return tooManyAttempts();
 *   if (phoneMatches) await limiter.reset(code); else await limiter.recordFailure(code);
 */
export interface AttemptLimiter {
  status(key: string): Promise<AttemptStatus>;
  recordFailure(key: string): Promise<AttemptStatus>;
  reset(key: string): Promise<void>;
}

export interface AttemptStatus {
  readonly locked: boolean;
  readonly failures: number;
  /** Failures left before the key locks; 0 when locked. */
  readonly remaining: number;
  /** How long until the key unlocks; 0 when not locked. */
  readonly retryAfterMs: number;
}

export interface AttemptPolicy {
  readonly maxFailures: number;
  /** Failures are counted within this window from the first one, and a lock lasts this long. */
  readonly lockMs: number;
}

/** Five wrong phone checks lock a code for fifteen minutes. */
export const STATUS_CHECK_POLICY: AttemptPolicy = Object.freeze({ maxFailures: 5, lockMs: 15 * 60_000 });

export function attemptStatus(failures: number, ttlMs: number, policy: AttemptPolicy): AttemptStatus {
  const locked = failures >= policy.maxFailures;
  return {
    locked,
    failures,
    remaining: Math.max(0, policy.maxFailures - failures),
    retryAfterMs: locked ? Math.max(0, ttlMs) : 0,
  };
}
