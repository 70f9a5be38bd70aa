import { randomBytes } from 'node:crypto';

let counter = 0;

/** A new, never-repeating eTag: time, a per-process counter and randomness, so several instances never collide. */
export function newETag(): string {
  counter = (counter + 1) % 0x100000;
  return `${Date.now().toString(36)}.${counter.toString(36)}.${randomBytes(4).toString('hex')}`;
}

/** True when a write with `expected` may replace an item currently stored with `current`. */
export function eTagAllows(expected: string | undefined, current: string | undefined): boolean {
  return current === undefined || expected === undefined || expected === '*' || expected === '' || expected === current;
}
