import type { Storage, StoreItems } from 'botbuilder';
import { StorageConflictError } from './storageErrors';
import { eTagAllows, newETag } from './etag';

/**
 * Process-memory Storage with the same eTag contract as RedisStorage. For development and tests only:
 * everything is lost on restart and not shared between instances.
 */
export class MemoryStorage implements Storage {
  private readonly items = new Map<string, { json: string; eTag: string }>();

  async read(keys: string[]): Promise<StoreItems> {
    const out: StoreItems = {};
    for (const key of keys) {
      const item = this.items.get(key);
      if (item) out[key] = { ...JSON.parse(item.json), eTag: item.eTag };
    }
    return out;
  }

  async write(changes: StoreItems): Promise<void> {
    const entries = Object.entries(changes);
    for (const [key, change] of entries) {
      if (!eTagAllows(eTagOf(change), this.items.get(key)?.eTag)) throw new StorageConflictError(key);
    }
    for (const [key, change] of entries) {
      this.items.set(key, { json: serialize(change), eTag: newETag() });
    }
  }

  async delete(keys: string[]): Promise<void> {
    for (const key of keys) this.items.delete(key);
  }
}

export function eTagOf(item: unknown): string | undefined {
  if (item && typeof item === 'object' && 'eTag' in item) {
    const tag = (item as { eTag?: unknown }).eTag;
    return typeof tag === 'string' ? tag : undefined;
  }
  return undefined;
}

/** Stores a deep copy without the eTag (it is kept beside the value). */
export function serialize(item: unknown): string {
  if (item && typeof item === 'object' && !Array.isArray(item)) {
    const { eTag: _eTag, ...rest } = item as Record<string, unknown>;
    return JSON.stringify(rest);
  }
  return JSON.stringify(item);
}
