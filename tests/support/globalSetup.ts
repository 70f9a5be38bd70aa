import { REDIS_INSTALL_HINT, startPrivateRedis, type PrivateRedis } from './redisServer';

declare global {
  var __ONESTOP_REDIS__: PrivateRedis | undefined;
}

/**
 * Gives every test worker a Redis URL in TEST_REDIS_URL. With REDIS_URL set we use that server but a
 * spare logical database (never DB 0, which may hold a developer's data); otherwise a private server.
 */
export default async function globalSetup(): Promise<void> {
  const external = process.env.REDIS_URL;
  if (external) {
    const url = new URL(external);
    const db = process.env.TEST_REDIS_DB ?? '13';
    if (db === '0') throw new Error('TEST_REDIS_DB must not be 0: tests never touch a developer\'s DB 0 data');
    url.pathname = `/${db}`;
    process.env.TEST_REDIS_URL = url.toString();
    return;
  }
  try {
    globalThis.__ONESTOP_REDIS__ = await startPrivateRedis();
  } catch (err) {
    throw new Error(`${(err as Error).message}\n${REDIS_INSTALL_HINT}`);
  }
  process.env.TEST_REDIS_URL = globalThis.__ONESTOP_REDIS__.url;
}
