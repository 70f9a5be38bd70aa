import fc from 'fast-check';
import { ZaloApiError } from '../../../src/channels/zalo/errors';
import { backoffDelay, retryAfterMs, type RetryPolicy } from '../../../src/channels/zalo/retry';

const policy: RetryPolicy = { maxAttempts: 6, baseDelayMs: 100, maxDelayMs: 1000 };

describe('backoffDelay', () => {
  it('doubles up to the cap', () => {
    expect([1, 2, 3, 4, 5].map((n) => backoffDelay(n, policy, () => 1))).toEqual([100, 200, 400, 800, 1000]);
  });

  it('stays between half and all of the capped exponential step, whatever the jitter', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 12 }), fc.double({ min: 0, max: 1, noNaN: true }), (n, r) => {
        const step = Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** (n - 1));
        const delay = backoffDelay(n, policy, () => r);
        expect(delay).toBeGreaterThanOrEqual(step / 2);
        expect(delay).toBeLessThanOrEqual(step);
      }),
    );
  });

  it('waits at least as long as a Retry-After, but not past the cap', () => {
    expect(backoffDelay(1, policy, () => 0, 700)).toBe(700);
    expect(backoffDelay(1, policy, () => 0, 60_000)).toBe(1000);
  });
});

describe('retryAfterMs', () => {
  it.each([
    ['2', 2000],
    [3, 3000],
    ['Wed, 21 Oct 2015 07:28:00 GMT', 0],
    [undefined, 0],
    ['-1', 0],
  ])('%s → %s ms', (header, ms) => {
    expect(retryAfterMs(header)).toBe(ms);
  });
});

describe('ZaloApiError', () => {
  it.each([
    [{ code: -32, kind: 'api' as const }, true, false],
    [{ code: 0, kind: 'network' as const }, true, false],
    [{ code: 502, kind: 'http' as const }, true, false],
    [{ code: 404, kind: 'http' as const }, false, false],
    [{ code: -230, kind: 'api' as const }, false, true],
    [{ code: -213, kind: 'api' as const }, false, true],
    [{ code: -227, kind: 'api' as const }, false, true],
    [{ code: -201, kind: 'api' as const }, false, false],
    [{ code: -216, kind: 'api' as const }, false, false],
  ])('%j: retryable %s, undeliverable %s', (init, retryable, undeliverable) => {
    const error = new ZaloApiError({ ...init, method: 'message/cs', message: 'x' });
    expect(error.retryable).toBe(retryable);
    expect(error.undeliverable).toBe(undeliverable);
    expect(error).toBeInstanceOf(Error);
    expect(error.toJSON()).toEqual({ name: 'ZaloApiError', code: init.code, method: 'message/cs', kind: init.kind, message: 'x' });
  });
});
