import { createClient, type RedisClientType } from 'redis';
import type { Logger } from '../logger';
import type { Metrics } from '../metrics';

export type RedisClient = RedisClientType;

/**
 * A node-redis client that fails fast while disconnected (no offline queue, so a turn gets an apology
 * instead of hanging) and reconnects by itself with capped backoff.
 */
export function createRedisClient(url: string, logger: Logger, metrics?: Metrics): RedisClient {
  const client = createClient({
    url,
    disableOfflineQueue: true,
    socket: { connectTimeout: 3000, reconnectStrategy: (retries: number) => Math.min(100 * 2 ** Math.min(retries, 5), 2000) },
  });
  let lastLogged = 0;
  client.on('error', (err: Error) => {
    metrics?.redisErrors.inc();
    const now = Date.now();
    if (now - lastLogged > 5000) {
      lastLogged = now;
      logger.error({ err: { message: err.message, code: (err as NodeJS.ErrnoException).code } }, 'redis connection error');
    }
  });
  client.on('ready', () => logger.info('redis ready'));
  return client;
}

/** Connects, but lets the process start while Redis is down: readiness reports it and the client retries. */
export async function connectRedis(client: RedisClient, logger: Logger): Promise<void> {
  try {
    await client.connect();
  } catch (err) {
    logger.error({ err }, 'redis not reachable at start-up; retrying in the background');
  }
}
