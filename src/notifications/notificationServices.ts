import type { CloudAdapter } from 'botbuilder';
import type { Logger } from 'pino';
import type { Responses } from '../bot/responses';
import type { DirectLineAdapter } from '../channels/directline/directLineAdapter';
import type { ZaloNotifier } from '../channels/zalo';
import type { DossierServices } from '../dossiers/dossierServices';
import type { RedisClient } from '../storage/redisClient';
import { BotFrameworkNotifier } from './botFrameworkNotifier';
import type { ChannelNotifier } from './channelNotifier';
import { MemoryDeliveryFailureLog, type DeliveryFailureLog } from './deliveryFailures';
import { statusChangeMessage } from './notificationText';
import { MemoryNotificationOutbox, type NotificationOutbox } from './outbox';
import { RedisDeliveryFailureLog } from './redisDeliveryFailures';
import { RedisNotificationOutbox } from './redisOutbox';
import type { RetryPolicy } from './retryPolicy';
import { StatusNotifier } from './statusNotifier';
import { WebChatNotifier } from './webChatNotifier';
import { ZaloChannelNotifier } from './zaloChannelNotifier';

export interface NotificationServices {
  readonly notifier: StatusNotifier;
  readonly failures: DeliveryFailureLog;
  readonly outbox: NotificationOutbox;
}

export interface ChannelNotifierDeps {
  readonly directLine: Pick<DirectLineAdapter, 'continueConversationAsync'>;
  readonly cloudAdapter: Pick<CloudAdapter, 'continueConversationAsync'>;
  /** MicrosoftAppId, '' when unset (the Emulator). */
  readonly botFrameworkAppId: string;
  /** Present when the Zalo channel is configured. */
  readonly zalo: Pick<ZaloNotifier, 'notify'> | null;
}

/** The notifiers of every channel this deployment runs, in the order they are tried. */
export function channelNotifiers(deps: ChannelNotifierDeps): ChannelNotifier[] {
  const notifiers: ChannelNotifier[] = [new WebChatNotifier(deps.directLine), new BotFrameworkNotifier(deps.cloudAdapter, deps.botFrameworkAppId)];
  if (deps.zalo) notifiers.push(new ZaloChannelNotifier(deps.zalo));
  return notifiers;
}

export interface NotificationServicesOptions {
  readonly redis?: RedisClient;
  readonly keyPrefix: string;
  readonly dossiers: Pick<DossierServices, 'system' | 'repository'>;
  readonly notifiers: readonly ChannelNotifier[];
  readonly responses: Responses;
  /** Name of the one-stop office (data/agencies), read when a message is composed. */
  readonly officeName: () => string;
  readonly retry: RetryPolicy;
  readonly logger: Logger;
  readonly sleep?: (ms: number) => Promise<void>;
}

/** The status notifier subscribed to the dossier system, on Redis when it is configured, in memory otherwise. */
export function createNotificationServices(options: NotificationServicesOptions): NotificationServices {
  const { redis, keyPrefix, responses } = options;
  const outbox = redis ? new RedisNotificationOutbox(redis, keyPrefix) : new MemoryNotificationOutbox();
  const failures = redis ? new RedisDeliveryFailureLog(redis, keyPrefix) : new MemoryDeliveryFailureLog();
  const notifier = new StatusNotifier({
    system: options.dossiers.system,
    repository: options.dossiers.repository,
    notifiers: options.notifiers,
    compose: (change, dossier) =>
      statusChangeMessage(responses, { ...change, code: dossier.code, procedureName: dossier.procedureName, office: options.officeName() }),
    outbox,
    failures,
    logger: options.logger,
    retry: options.retry,
    ...(options.sleep ? { sleep: options.sleep } : {}),
  });
  notifier.start();
  return { notifier, failures, outbox };
}
