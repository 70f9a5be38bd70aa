import type { createClient } from 'redis';

/**
 * The node-redis client type. Same alias as src/storage/redisClient.ts (the lead's); kept here so this
 * module compiles on its own. Once that file exists, re-export from it instead.
 */
export type RedisClient = ReturnType<typeof createClient>;
