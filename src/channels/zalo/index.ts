import axios, { type AxiosInstance } from 'axios';
import type { TurnContext } from 'botbuilder';
import type { Router } from 'express';
import type { Logger } from 'pino';
import { ZaloAdapter } from './adapter';
import { ZaloClient, type UndeliverableRecord } from './client';
import type { ZaloConfig } from './config';
import { ZaloEventRouter, type ZaloHooks } from './eventRouter';
import { conversationIdOf, userIdOf } from './incoming';
import { KeyedSerialQueue, PendingTasks } from './keyedQueue';
import { MemoryKeyValueStore, type ZaloKeyValueStore } from './keyValueStore';
import { DEFAULT_ZALO_MESSAGES, type ZaloMessages } from './messages';
import { ZaloNotifier } from './notifier';
import { RedisKeyValueStore, type RedisClient } from './redisKeyValueStore';
import type { RetryPolicy } from './retry';
import { ZaloTokenManager } from './tokenManager';
import type { ZaloEvent } from './types';
import { UndeliverableLog } from './undeliverableLog';
import { DEFAULT_PAUSE_TTL_MS, ZaloUserFlags } from './userFlags';
import { createZaloWebhookRouter } from './webhook';

export interface ZaloChannelHooks extends ZaloHooks {
  /** A message Zalo refused for good; notifications among them are for the officers' screen. */
  onUndeliverable?(record: UndeliverableRecord): Promise<void>;
}

export interface ZaloChannelDeps {
  readonly config: ZaloConfig;
  /** null → in-memory token store, dedupe, locks and flags (tests and local development only). */
  readonly redis: RedisClient | null;
  readonly keyPrefix: string;
  readonly logger: Logger;
  /** The bot's turn handler, e.g. (context) => bot.run(context). */
  readonly logic: (context: TurnContext) => Promise<void>;
  /** Per-conversation serializer (key `zalo:<userId>`); default: an in-process queue per user. */
  readonly runExclusive?: <T>(key: string, fn: () => Promise<T>) => Promise<T>;
  readonly http?: AxiosInstance;
  readonly hooks?: ZaloChannelHooks;
  readonly messages?: Partial<ZaloMessages>;
  /** How long the bot stays silent after an officer writes in Zalo's chat tool (default 30 min). */
  readonly pauseTtlMs?: number;
  readonly retry?: RetryPolicy;
  /** Clock and sleep, for tests. */
  readonly now?: () => number;
  readonly sleep?: (ms: number) => Promise<void>;
}

export interface ZaloChannel {
  /** Mounts POST /api/zalo/webhook with its own raw-body parser. */
  readonly router: Router;
  readonly adapter: ZaloAdapter;
  readonly client: ZaloClient;
  readonly notifier: ZaloNotifier;
  readonly tokens: ZaloTokenManager;
  readonly flags: ZaloUserFlags;
  readonly undeliverable: UndeliverableLog;
  /** Resolves when every queued event has been processed (tests, graceful shutdown). */
  idle(): Promise<void>;
}

/**
 * The Zalo Official Account channel: webhook router, adapter, API client and notifier.
 *
 * @example
 * if (config.zalo) {
 *   const zalo = createZaloChannel({ config: config.zalo, redis, keyPrefix, logger, logic: (ctx) => bot.run(ctx) });
 *   app.use(zalo.router); // before express.json()
 * }
 */
export function createZaloChannel(deps: ZaloChannelDeps): ZaloChannel {
  const { config, logger } = deps;
  const store: ZaloKeyValueStore = deps.redis ? new RedisKeyValueStore(deps.redis, deps.keyPrefix) : new MemoryKeyValueStore(deps.now);
  if (!deps.redis) logger.warn('zalo: no Redis; tokens, dedupe and pauses are kept in memory (tests and development only)');
  const messages: ZaloMessages = { ...DEFAULT_ZALO_MESSAGES, ...deps.messages };
  const http = deps.http ?? axios.create();
  const hooks = deps.hooks ?? {};
  const undeliverable = new UndeliverableLog(store);
  const tokens = new ZaloTokenManager({ http, config, store, logger, ...(deps.now ? { now: deps.now } : {}) });
  const client = new ZaloClient({
    http,
    apiBaseUrl: config.apiBaseUrl,
    tokens,
    logger,
    ...(deps.retry ? { retry: deps.retry } : {}),
    ...(deps.sleep ? { sleep: deps.sleep } : {}),
    onUndeliverable: async (record) => {
      await undeliverable.record(record);
      await hooks.onUndeliverable?.(record);
    },
  });
  const flags = new ZaloUserFlags(store, deps.pauseTtlMs ?? DEFAULT_PAUSE_TTL_MS);
  const adapter = new ZaloAdapter({
    client,
    logger,
    labels: { chooseOption: messages.chooseOption, openFile: messages.openFile },
    turnErrorText: messages.turnError,
  });
  const events = new ZaloEventRouter({ adapter, flags, logic: deps.logic, hooks, messages, logger });
  const queue = new KeyedSerialQueue();
  const runExclusive = deps.runExclusive ?? (<T>(key: string, fn: () => Promise<T>) => queue.run(key, fn));
  const pending = new PendingTasks();

  const onEvent = (event: ZaloEvent): void => {
    const key = conversationIdOf(userIdOf(event) ?? 'unknown');
    const task = runExclusive(key, () => events.handle(event)).catch((err: unknown) => {
      logger.error({ err, event: event.event_name }, 'zalo: event processing failed');
    });
    pending.track(task);
  };

  return {
    router: createZaloWebhookRouter({ appId: config.appId, oaSecretKey: config.oaSecretKey, logger, onEvent }),
    adapter,
    client,
    notifier: new ZaloNotifier({ client, flags, messages, logger }),
    tokens,
    flags,
    undeliverable,
    idle: () => pending.idle(),
  };
}

export { ZaloAdapter } from './adapter';
export type { BotLogic } from './adapter';
export { ZaloClient } from './client';
export type { UndeliverableRecord, ZaloSendKind } from './client';
export type { ZaloConfig } from './config';
export { ZALO_DEFAULT_API_BASE_URL, ZALO_DEFAULT_OAUTH_BASE_URL } from './config';
export type { ZaloContactInfo } from './contactInfo';
export { ZaloApiError } from './errors';
export type { ZaloHooks } from './eventRouter';
export { ZALO_CHANNEL_ID } from './incoming';
export type { ZaloAttachment } from './incoming';
export { DEFAULT_ZALO_MESSAGES } from './messages';
export { requestUserInfoActivity } from './outgoing';
export type { ZaloUserInfoRequest } from './outgoing';
export type { ZaloMessages } from './messages';
export { ZaloNotifier } from './notifier';
export type { NotifyResult } from './notifier';
export type { RedisClient } from './redisKeyValueStore';
export { ZALO_WEBHOOK_PATH } from './webhook';
