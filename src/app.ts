import express, { type Express } from 'express';
import { ConversationState, UserState, type Storage } from 'botbuilder';
import type { Config } from './config';
import type { Logger } from './logger';
import { Metrics } from './metrics';
import { Responses } from './bot/responses';
import { DialogBot } from './bot/dialogBot';
import { Knowledge } from './bot/knowledge';
import { MainDialog } from '../dialogs/mainDialog';
import type { DialogServices } from '../dialogs/dialogServices';
import type { ConversationTopic, DossierDraftState, SavedChecklists } from '../dialogs/conversationState';
import { loadConsentNotice, type ConsentNotice } from './bot/consentNotice';
import { DraftChannelHooks } from './bot/draftChannelHooks';
import { zaloMessages } from './bot/zaloTexts';
import { MemoryFeedbackStore, RedisFeedbackStore, type FeedbackStore } from './feedback/feedbackStore';
import { MemoryRatingStore, RedisRatingStore, type RatingStore } from './feedback/ratingStore';
import { MemoryHandoffQueue, RedisHandoffQueue, type HandoffQueue } from './handoff/handoffQueue';
import { createProceduresRouter } from './http/proceduresRoutes';
import { createNluRouter } from './http/nluRoutes';
import { createKnowledgeRouter } from './http/knowledgeRoutes';
import { createFeedbackRouter } from './http/feedbackRoutes';
import { openApiDocument } from './http/openapi';
import { InFlightTurns, createTurnHandler, type TurnBot, type TurnLogic } from './bot/turnHandler';
import { MemoryStorage } from './storage/memoryStorage';
import { RedisStorage } from './storage/redisStorage';
import type { RedisClient } from './storage/redisClient';
import { LocalTurnSerializer, RedisTurnSerializer, type TurnSerializer } from './storage/turnSerializer';
import { DirectLineAdapter } from './channels/directline/directLineAdapter';
import { MemoryDirectLineStore, RedisDirectLineStore, type DirectLineStore } from './channels/directline/directLineStore';
import { DirectLineTokens } from './channels/directline/tokens';
import { createCloudAdapter } from './channels/botframework';
import { createZaloChannel, type ZaloChannel } from './channels/zalo';
import { createDossierServices, type DossierServices } from './dossiers/dossierServices';
import { createBotFrameworkRouter } from './http/botFrameworkRoutes';
import { createDirectLineRouter } from './http/directLineRoutes';
import { createHealthRouter, type ReadinessCheck } from './http/healthRoutes';
import { errorHandler, jsonBody, notFoundHandler } from './http/httpErrors';
import { createOfficerRouter } from './http/officerRoutes';
import { OFFICER_OPENAPI_PATHS, OFFICER_SECURITY_SCHEMES } from './http/officerOpenApi';
import { createSlipRouter } from './http/slipRoutes';
import { channelNotifiers, createNotificationServices, type NotificationServices } from './notifications/notificationServices';
import { OfficerDirectory } from './officers/officerDirectory';
import { IDENTITY_TTL_SECONDS, PUBLIC_DIR, createWebChatRouter, webChatBundlePath } from './http/webChatRoutes';

/** Everything the bot needs to run a turn; handed to a custom bot factory (tests use it). */
export interface BotServices {
  storage: Storage;
  conversationState: ConversationState;
  userState: UserState;
  responses: Responses;
  logger: Logger;
  knowledge: Knowledge;
  feedback: FeedbackStore;
  ratings: RatingStore;
  handoff: HandoffQueue;
  dossiers: DossierServices;
  consent: ConsentNotice;
  publicBaseUrl?: string;
}

export interface AppDeps {
  config: Config;
  logger: Logger;
  /** A node-redis client (connecting or connected) when config.redisUrl is set; absent → in-process state. */
  redis?: RedisClient;
  metrics?: Metrics;
  /** Replaces the bot (tests drive the service with a bot of their own). */
  createBot?: (services: BotServices) => TurnBot;
  /** Catalogue + recognizer; built from config.dataDir when absent (tests share one build). */
  knowledge?: Knowledge;
}

export interface App {
  readonly express: Express;
  readonly logic: TurnLogic;
  readonly metrics: Metrics;
  readonly services: BotServices;
  readonly directLine: { adapter: DirectLineAdapter; store: DirectLineStore; tokens: DirectLineTokens };
  readonly inFlight: InFlightTurns;
  readonly knowledge: Knowledge;
  /** The Zalo OA channel when ZALO_* is configured. */
  readonly zalo: ZaloChannel | null;
  /** Tells citizens about status changes; idle() for tests and shutdown. */
  readonly notifications: NotificationServices;
  /** Readiness turns 503 and no new turns are accepted once shutdown begins. */
  beginShutdown(): void;
}

/** Builds the HTTP app and the bot around it, without listening: src/index.ts runs it, tests drive it. */
export function createApp(deps: AppDeps): App {
  const { config, logger, redis } = deps;
  const metrics = deps.metrics ?? new Metrics();
  const responses = Responses.load(config.dataDir);
  const tokenSecret = config.directLine.tokenSecret;

  const storage: Storage = redis
    ? new RedisStorage(redis, { keyPrefix: config.keyPrefix, conversationTtlSeconds: config.conversationTtlSeconds })
    : new MemoryStorage();
  const serializer: TurnSerializer = redis
    ? new RedisTurnSerializer(redis, { keyPrefix: config.keyPrefix, lockTtlMs: config.turnLockTtlMs })
    : new LocalTurnSerializer();
  const directLineStore: DirectLineStore = redis
    ? new RedisDirectLineStore(redis, { keyPrefix: config.keyPrefix, ttlSeconds: config.conversationTtlSeconds })
    : new MemoryDirectLineStore();

  const knowledge = deps.knowledge ?? new Knowledge(config.dataDir, logger);
  const services: BotServices = {
    storage,
    conversationState: new ConversationState(storage),
    userState: new UserState(storage),
    responses,
    logger,
    knowledge,
    feedback: redis ? new RedisFeedbackStore(redis, config.keyPrefix) : new MemoryFeedbackStore(),
    ratings: redis ? new RedisRatingStore(redis, config.keyPrefix) : new MemoryRatingStore(),
    handoff: redis ? new RedisHandoffQueue(redis, config.keyPrefix) : new MemoryHandoffQueue(),
    dossiers: createDossierServices({ redis, keyPrefix: config.keyPrefix, dataDir: config.dataDir, logger, ...config.dossiers }),
    consent: loadConsentNotice(config.dataDir),
    publicBaseUrl: config.publicBaseUrl,
  };
  const bot = deps.createBot?.(services) ?? createDialogBot(services);
  const inFlight = new InFlightTurns();
  const logic = createTurnHandler({ bot, serializer, metrics, logger, responses, inFlight });

  const tokens = new DirectLineTokens(tokenSecret, 3600);
  const identities = new DirectLineTokens(tokenSecret ? `${tokenSecret}:identity` : undefined, IDENTITY_TTL_SECONDS);
  const directLineAdapter = new DirectLineAdapter(directLineStore, logger);
  const cloudAdapter = createCloudAdapter(config.botFramework);

  let shuttingDown = false;
  const checks: ReadinessCheck[] = [
    {
      name: 'data',
      check: async () => {
        if (knowledge.catalogue().all().length === 0) throw new Error('catalogue is empty');
      },
    },
  ];
  if (redis) {
    checks.push({
      name: 'redis',
      check: async () => {
        if (!redis.isReady) throw new Error('not connected');
        await redis.ping();
      },
    });
  }

  const app = express();
  app.disable('x-powered-by');
  app.set('trust proxy', true);
  app.use((req, res, next) => {
    if (shuttingDown && req.method === 'POST') {
      res.set('Connection', 'close').status(503).json({ error: { code: 'shutting_down', message: 'Server is restarting; retry shortly' } });
      return;
    }
    next();
  });
  app.use(createHealthRouter({ checks, metrics, isShuttingDown: () => shuttingDown }));
  const json = jsonBody(config.bodyLimit);
  app.use('/v3/directline', ...json, createDirectLineRouter({ adapter: directLineAdapter, store: directLineStore, tokens, logic, logger }));
  app.use('/api/messages', ...json);
  app.use(createBotFrameworkRouter(cloudAdapter, logic));
  app.use('/api/webchat', ...json);
  app.get('/api/openapi.json', (_req, res) => {
    res.json(openApiDocument(OFFICER_OPENAPI_PATHS, OFFICER_SECURITY_SCHEMES));
  });
  app.use(createProceduresRouter(() => knowledge.catalogue()));
  app.use(createNluRouter(() => knowledge.recognizer()));
  app.use(createWebChatRouter({ config, tokens, identities, publicDir: PUBLIC_DIR, webChatBundle: webChatBundlePath() }));
  // The Zalo webhook verifies its signature over the raw body, so no JSON parser may run before it.
  const zaloDrafts = new DraftChannelHooks(storage, 'zalo', logger);
  const zalo = config.zalo
    ? createZaloChannel({
        config: config.zalo,
        redis: redis ?? null,
        keyPrefix: config.keyPrefix,
        logger,
        logic,
        messages: zaloMessages(responses),
        hooks: {
          onAttachment: (userId, attachment) => zaloDrafts.onAttachment(userId, attachment),
          onContactInfo: (userId, info) => zaloDrafts.onContactInfo(userId, info),
        },
      })
    : null;
  if (zalo) app.use(zalo.router);
  const notifications = createNotificationServices({
    redis,
    keyPrefix: config.keyPrefix,
    dossiers: services.dossiers,
    notifiers: channelNotifiers({ directLine: directLineAdapter, cloudAdapter, botFrameworkAppId: config.botFramework.appId ?? '', zalo: zalo?.notifier ?? null }),
    responses,
    officeName: () => knowledge.catalogue().agencies.oneStop.name,
    retry: config.notifications,
    logger,
  });
  const { repository, system, checker } = services.dossiers;
  app.use('/api/officer', ...json);
  const officers = new OfficerDirectory(config.officers);
  app.use(createKnowledgeRouter({ knowledge, officers, logger }));
  app.use(createFeedbackRouter({ feedback: services.feedback, ratings: services.ratings, officers }));
  app.use(createOfficerRouter({ officers, system, repository, failures: notifications.failures, logger }));
  app.use(createSlipRouter({ checker, repository, catalogue: () => knowledge.catalogue(), responses, logger }));
  app.use(notFoundHandler());
  app.use(errorHandler(logger, metrics));

  return {
    express: app,
    logic,
    metrics,
    services,
    directLine: { adapter: directLineAdapter, store: directLineStore, tokens },
    inFlight,
    knowledge,
    zalo,
    notifications,
    beginShutdown: () => {
      shuttingDown = true;
    },
  };
}

/** The production bot: MainDialog and its children over the services. */
export function createDialogBot(services: BotServices): DialogBot {
  const dialogServices: DialogServices = {
    catalogue: () => services.knowledge.catalogue(),
    recognizer: () => services.knowledge.recognizer(),
    responses: services.responses,
    feedback: services.feedback,
    ratings: services.ratings,
    handoff: services.handoff,
    logger: services.logger,
    topic: services.conversationState.createProperty<ConversationTopic>('topic'),
    checklists: services.userState.createProperty<SavedChecklists>('checklists'),
    dossierDraft: services.userState.createProperty<DossierDraftState | undefined>('dossierDraft'),
    dossiers: services.dossiers,
    consent: services.consent,
    publicBaseUrl: services.publicBaseUrl,
    conversationState: services.conversationState,
    userState: services.userState,
  };
  return new DialogBot(services.conversationState, services.userState, new MainDialog(dialogServices), services.responses);
}
