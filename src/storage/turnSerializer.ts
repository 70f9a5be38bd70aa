import { randomUUID } from 'node:crypto';
import type { RedisClient } from './redisClient';
import { StorageUnavailableError } from './storageErrors';

/**
 * Runs the turns of one conversation one at a time. BotState saves with eTag '*', so two turns of the
 * same conversation running together would lose one's state; every channel goes through this port.
 */
export interface TurnSerializer {
  runExclusive<T>(key: string, fn: () => Promise<T>): Promise<T>;
}

/** FIFO per key inside one process: turns run in the order they arrived at this instance. */
export class LocalTurnSerializer implements TurnSerializer {
  private readonly tails = new Map<string, Promise<unknown>>();

  async runExclusive<T>(key: string, fn: () => Promise<T>): Promise<T> {
    const previous = this.tails.get(key) ?? Promise.resolve();
    const run = previous.then(fn, fn);
    const tail = run.catch(() => undefined);
    this.tails.set(key, tail);
    try {
      return await run;
    } finally {
      if (this.tails.get(key) === tail) this.tails.delete(key);
    }
  }

  get pending(): number {
    return this.tails.size;
  }
}

const RELEASE = `if redis.call('GET', KEYS[1]) == ARGV[1] then return redis.call('DEL', KEYS[1]) else return 0 end`;
const EXTEND = `if redis.call('GET', KEYS[1]) == ARGV[1] then return redis.call('PEXPIRE', KEYS[1], ARGV[2]) else return 0 end`;

export class TurnLockTimeoutError extends Error {
  constructor(readonly key: string, readonly waitedMs: number) {
    super(`could not take the turn lock for ${key} within ${waitedMs} ms`);
    this.name = 'TurnLockTimeoutError';
  }
}

export interface RedisTurnSerializerOptions {
  keyPrefix: string;
  /** Lock lifetime; renewed while the turn runs, so a crashed instance frees it after this long. */
  lockTtlMs: number;
  /** How long a turn may wait for another instance's turn of the same conversation. */
  waitTimeoutMs?: number;
}

/**
 * Serializes across instances: a local FIFO queue keeps this instance's arrival order, and a short Redis
 * lock (SET NX PX with a random token, renewed while held, released by compare-and-delete) keeps other
 * instances out.
 */
export class RedisTurnSerializer implements TurnSerializer {
  private readonly local = new LocalTurnSerializer();

  constructor(private readonly client: RedisClient, private readonly options: RedisTurnSerializerOptions) {}

  runExclusive<T>(key: string, fn: () => Promise<T>): Promise<T> {
    return this.local.runExclusive(key, () => this.withLock(key, fn));
  }

  private async withLock<T>(key: string, fn: () => Promise<T>): Promise<T> {
    const lockKey = `${this.options.keyPrefix}lock:turn:${key}`;
    const token = randomUUID();
    await this.acquire(lockKey, token);
    const renewEvery = Math.max(50, Math.floor(this.options.lockTtlMs / 3));
    const renewal = setInterval(() => {
      this.client
        .eval(EXTEND, { keys: [lockKey], arguments: [token, String(this.options.lockTtlMs)] })
        .catch(() => undefined);
    }, renewEvery);
    renewal.unref();
    try {
      return await fn();
    } finally {
      clearInterval(renewal);
      await this.client.eval(RELEASE, { keys: [lockKey], arguments: [token] }).catch(() => undefined);
    }
  }

  private async acquire(lockKey: string, token: string): Promise<void> {
    const waitTimeoutMs = this.options.waitTimeoutMs ?? this.options.lockTtlMs;
    const started = Date.now();
    let delay = 5;
    for (;;) {
      let ok: string | null;
      try {
        ok = await this.client.set(lockKey, token, { condition: 'NX', expiration: { type: 'PX', value: this.options.lockTtlMs } });
      } catch (err) {
        throw new StorageUnavailableError('turn lock', err);
      }
      if (ok === 'OK') return;
      if (Date.now() - started > waitTimeoutMs) throw new TurnLockTimeoutError(lockKey, Date.now() - started);
      await new Promise((r) => setTimeout(r, delay + Math.random() * delay));
      delay = Math.min(delay * 2, 100);
    }
  }
}
