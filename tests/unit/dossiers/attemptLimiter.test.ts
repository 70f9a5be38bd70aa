import { STATUS_CHECK_POLICY } from '../../../src/dossiers/attemptLimiter';
import { InMemoryAttemptLimiter } from '../../../src/dossiers/inMemoryAttemptLimiter';

const MINUTE = 60_000;

function limiterWithClock(): { limiter: InMemoryAttemptLimiter; advance: (ms: number) => void } {
  let now = Date.parse('2026-11-29T03:00:00Z');
  return { limiter: new InMemoryAttemptLimiter(STATUS_CHECK_POLICY, () => now), advance: (ms) => (now += ms) };
}

describe('InMemoryAttemptLimiter', () => {
  it('locks a key after five failures for fifteen minutes', async () => {
    const { limiter, advance } = limiterWithClock();
    for (let i = 1; i <= 4; i += 1) {
      expect(await limiter.recordFailure('code')).toMatchObject({ locked: false, failures: i, remaining: 5 - i });
    }
    expect(await limiter.recordFailure('code')).toEqual({ locked: true, failures: 5, remaining: 0, retryAfterMs: 15 * MINUTE });
    advance(14 * MINUTE);
    expect(await limiter.status('code')).toMatchObject({ locked: true, retryAfterMs: MINUTE });
    advance(MINUTE);
    expect(await limiter.status('code')).toEqual({ locked: false, failures: 0, remaining: 5, retryAfterMs: 0 });
  });

  it('does not extend a lock with further failures', async () => {
    const { limiter, advance } = limiterWithClock();
    for (let i = 0; i < 5; i += 1) await limiter.recordFailure('code');
    advance(10 * MINUTE);
    expect(await limiter.recordFailure('code')).toMatchObject({ locked: true, failures: 5, retryAfterMs: 5 * MINUTE });
  });

  it('forgets failures older than the window and keeps keys apart', async () => {
    const { limiter, advance } = limiterWithClock();
    for (let i = 0; i < 4; i += 1) await limiter.recordFailure('a');
    await limiter.recordFailure('b');
    advance(15 * MINUTE);
    expect(await limiter.recordFailure('a')).toMatchObject({ locked: false, failures: 1 });
    expect(await limiter.status('b')).toMatchObject({ failures: 0 });
  });

  it('reset unlocks at once', async () => {
    const { limiter } = limiterWithClock();
    for (let i = 0; i < 5; i += 1) await limiter.recordFailure('code');
    await limiter.reset('code');
    expect(await limiter.status('code')).toMatchObject({ locked: false, failures: 0 });
  });
});
