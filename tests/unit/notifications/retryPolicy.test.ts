import { longestWait, retryDelay, type RetryPolicy } from '../../../src/notifications/retryPolicy';

const policy: RetryPolicy = { maxAttempts: 6, baseDelayMs: 100, maxDelayMs: 1000 };

describe('retryDelay', () => {
  it('doubles from the base up to the cap', () => {
    expect([1, 2, 3, 4, 5].map((n) => retryDelay(n, policy, () => 1))).toEqual([100, 200, 400, 800, 1000]);
  });

  it('never waits less than half the ceiling (equal jitter)', () => {
    expect([1, 2, 3, 4, 5].map((n) => retryDelay(n, policy, () => 0))).toEqual([50, 100, 200, 400, 500]);
  });

  it('the longest wait between two attempts is the last retry ceiling', () => {
    expect(longestWait(policy)).toBe(1000);
    expect(longestWait({ maxAttempts: 3, baseDelayMs: 100, maxDelayMs: 1000 })).toBe(200);
  });
});
