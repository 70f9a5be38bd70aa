/** A write whose eTag no longer matches what is stored: someone else changed the item first. */
export class StorageConflictError extends Error {
  constructor(readonly key: string) {
    super(`eTag conflict on storage key "${key}"`);
    this.name = 'StorageConflictError';
  }
}

/** The storage backend could not be reached (Redis down): the turn should apologise and keep nothing half-written. */
export class StorageUnavailableError extends Error {
  constructor(readonly operation: string, readonly cause?: unknown) {
    super(`storage unavailable during ${operation}`);
    this.name = 'StorageUnavailableError';
  }
}
