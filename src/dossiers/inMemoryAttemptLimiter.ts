import { attemptStatus, STATUS_CHECK_POLICY, type AttemptLimiter, type AttemptPolicy, type AttemptStatus } from './attemptLimiter';

interface Counter {
  failures: number;
  expiresAt: number;
}

/** An AttemptLimiter for one process (tests, development). Expired counters are dropped when read. */
export class InMemoryAttemptLimiter implements AttemptLimiter {
  private readonly counters = new Map<string, Counter>();

  constructor(
    private readonly policy: AttemptPolicy = STATUS_CHECK_POLICY,
    private readonly now: () => number = Date.now,
  ) {}

  async status(key: string): Promise<AttemptStatus> {
    const counter = this.current(key);
    return attemptStatus(counter?.failures ?? 0, counter ? counter.expiresAt - this.now() : 0, this.policy);
  }

  async recordFailure(key: string): Promise<AttemptStatus> {
    const now = this.now();
    const counter = this.current(key) ?? { failures: 0, expiresAt: now + this.policy.lockMs };
    if (counter.failures < this.policy.maxFailures) {
      counter.failures += 1;
      if (counter.failures === this.policy.maxFailures) counter.expiresAt = now + this.policy.lockMs;
    }
    this.counters.set(key, counter);
    return attemptStatus(counter.failures, counter.expiresAt - now, this.policy);
  }

  async reset(key: string): Promise<void> {
    this.counters.delete(key);
  }

  private current(key: string): Counter | undefined {
    const counter = this.counters.get(key);
    if (counter && counter.expiresAt <= this.now()) {
      this.counters.delete(key);
      return undefined;
    }
    return counter;
  }
}
