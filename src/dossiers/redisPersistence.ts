import type { RedisClient } from './redisClient';

export interface RedisPersistence {
  readonly appendonly: boolean;
  /** Set when dossiers could be lost on a Redis restart, or when that could not be checked. */
  readonly warning?: string;
}

/**
 * Tells whether Redis writes an append-only file, so the process can warn at start-up that dossiers
 * written since the last snapshot would be lost on a restart. Managed Redis services often disable
 * CONFIG; that is reported as a warning, not an error.
 */
export async function checkRedisPersistence(client: Pick<RedisClient, 'configGet'>): Promise<RedisPersistence> {
  let value: string | undefined;
  try {
    const config = await client.configGet('appendonly');
    value = config.appendonly;
  } catch (err) {
    return {
      appendonly: false,
      warning: `could not read Redis 'appendonly' (CONFIG GET failed: ${(err as Error).message}); make sure the server persists with appendonly yes`,
    };
  }
  if (value === undefined) {
    return { appendonly: false, warning: "Redis did not report 'appendonly'; make sure the server persists with appendonly yes" };
  }
  const appendonly = value.toLowerCase() === 'yes';
  return appendonly
    ? { appendonly }
    : { appendonly, warning: 'Redis appendonly is off: dossiers written since the last RDB snapshot are lost if Redis restarts; set appendonly yes' };
}
