import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { createApp, type App, type AppDeps } from '../../src/app';
import { loadConfig, type Config } from '../../src/config';
import { createLogger, type Logger } from '../../src/logger';
import { createRedisClient, type RedisClient } from '../../src/storage/redisClient';
import { sharedKnowledge } from './knowledge';
import { testRedisUrl, uniquePrefix } from './testRedis';

export interface TestApp {
  app: App;
  baseUrl: string;
  config: Config;
  redis?: RedisClient;
  close(): Promise<void>;
}

export interface TestAppOptions {
  /** Use Redis (default) or the in-process stores. */
  redis?: boolean;
  redisUrl?: string;
  env?: Record<string, string>;
  createBot?: AppDeps['createBot'];
  /** false: build catalogue and recognizer from config.dataDir instead of sharing the worker's build. */
  shareKnowledge?: boolean;
  logger?: Logger;
}

/** The real app on a real HTTP server on a free loopback port. */
export async function startTestApp(options: TestAppOptions = {}): Promise<TestApp> {
  const useRedis = options.redis ?? true;
  const config = loadConfig({
    NODE_ENV: 'test',
    LOG_LEVEL: 'silent',
    REDIS_KEY_PREFIX: uniquePrefix('app'),
    ...(useRedis ? { REDIS_URL: options.redisUrl ?? testRedisUrl() } : {}),
    ...options.env,
  });
  const logger = options.logger ?? createLogger({ level: 'silent', pretty: false });
  let redis: RedisClient | undefined;
  if (useRedis && config.redisUrl) {
    redis = createRedisClient(config.redisUrl, logger);
    await redis.connect();
  }
  const app = createApp({ config, logger, redis, createBot: options.createBot, knowledge: options.shareKnowledge === false ? undefined : sharedKnowledge() });
  const server = http.createServer(app.express);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    app,
    config,
    redis,
    baseUrl: `http://127.0.0.1:${port}`,
    close: async () => {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      if (redis?.isOpen) await redis.close().catch(() => redis?.destroy());
    },
  };
}
