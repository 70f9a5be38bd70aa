/** The node-redis client type, shared with the rest of the app. */
export type { RedisClient } from '../storage/redisClient';
