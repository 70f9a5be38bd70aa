/**
 * The little state the Zalo channel keeps (token pair, seen msg_ids, locks, pause and follow flags,
 * undeliverable records), behind one port so Redis and memory pass the same contract test.
 * Keys are relative: each implementation scopes them.
 */
export interface ZaloKeyValueStore {
  get(key: string): Promise<string | null>;
  set(key: string, value: string, ttlMs?: number): Promise<void>;
  /** Atomic SET NX: true when this call created the key. */
  setIfAbsent(key: string, value: string, ttlMs?: number): Promise<boolean>;
  delete(key: string): Promise<void>;
  /** Atomic compare-and-delete (lock release): true when the key held `value` and is gone. */
  deleteIfEquals(key: string, value: string): Promise<boolean>;
  /** Pushes to the front of a list kept at most `maxLength` long. */
  pushCapped(key: string, value: string, maxLength: number): Promise<void>;
  /** The newest `count` list entries, newest first. */
  listRecent(key: string, count: number): Promise<string[]>;
}

interface MemoryEntry {
  value: string | string[];
  expiresAt: number | null;
}

/** For tests and local development without Redis; state is lost on restart. */
export class MemoryKeyValueStore implements ZaloKeyValueStore {
  private readonly entries = new Map<string, MemoryEntry>();

  constructor(private readonly now: () => number = Date.now) {}

  async get(key: string): Promise<string | null> {
    const value = this.live(key)?.value;
    return typeof value === 'string' ? value : null;
  }

  async set(key: string, value: string, ttlMs?: number): Promise<void> {
    this.entries.set(key, { value, expiresAt: ttlMs ? this.now() + ttlMs : null });
  }

  async setIfAbsent(key: string, value: string, ttlMs?: number): Promise<boolean> {
    if (this.live(key)) return false;
    await this.set(key, value, ttlMs);
    return true;
  }

  async delete(key: string): Promise<void> {
    this.entries.delete(key);
  }

  async deleteIfEquals(key: string, value: string): Promise<boolean> {
    if (this.live(key)?.value !== value) return false;
    this.entries.delete(key);
    return true;
  }

  async pushCapped(key: string, value: string, maxLength: number): Promise<void> {
    const current = this.live(key)?.value;
    const list = Array.isArray(current) ? current : [];
    this.entries.set(key, { value: [value, ...list].slice(0, maxLength), expiresAt: null });
  }

  async listRecent(key: string, count: number): Promise<string[]> {
    const current = this.live(key)?.value;
    return Array.isArray(current) ? current.slice(0, count) : [];
  }

  private live(key: string): MemoryEntry | undefined {
    const entry = this.entries.get(key);
    if (entry?.expiresAt != null && entry.expiresAt <= this.now()) {
      this.entries.delete(key);
      return undefined;
    }
    return entry;
  }
}
