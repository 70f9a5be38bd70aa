import type { Logger } from 'pino';
import { ZaloAdapter, type BotLogic } from './adapter';
import { parseContactInfo, type ZaloContactInfo } from './contactInfo';
import {
  attachmentsOf,
  dedupeKeyOf,
  eventTime,
  eventToActivity,
  oaIdOf,
  routeOf,
  userIdOf,
  type ZaloAttachment,
  type ZaloRoute,
} from './incoming';
import type { ZaloMessages } from './messages';
import type { ZaloEvent } from './types';
import type { ZaloUserFlags } from './userFlags';

/** What the rest of the application does with Zalo-specific events. All optional. */
export interface ZaloHooks {
  /** Attach to the dossier being created; false when there is none. */
  onAttachment?(userId: string, attachment: ZaloAttachment): Promise<boolean>;
  /** Fill the contact fields of the user's dossier draft (the user submitted them: consent). */
  onContactInfo?(userId: string, info: ZaloContactInfo): Promise<void>;
  /** Stop notifications to this user. */
  onUnfollow?(userId: string): Promise<void>;
}

export interface ZaloEventRouterDeps {
  readonly adapter: ZaloAdapter;
  readonly flags: ZaloUserFlags;
  readonly logic: BotLogic;
  readonly hooks: ZaloHooks;
  readonly messages: ZaloMessages;
  readonly logger: Logger;
}

interface RoutedEvent {
  readonly event: ZaloEvent;
  readonly userId: string;
  readonly oaId: string;
}

type RouteHandler = (routed: RoutedEvent) => Promise<void>;

/**
 * Handles one verified webhook event: drops Zalo's retries (msg_id), pauses the bot when an
 * officer answers in Zalo's own chat tool, and sends each event type to its handler.
 */
export class ZaloEventRouter {
  private readonly handlers: Readonly<Record<ZaloRoute, RouteHandler>>;

  constructor(private readonly deps: ZaloEventRouterDeps) {
    this.handlers = {
      turn: (routed) => this.turn(routed),
      attachment: (routed) => this.attachment(routed),
      reprompt: (routed) => this.say(routed, deps.messages.reprompt),
      contactInfo: (routed) => this.contactInfo(routed),
      follow: (routed) => this.follow(routed),
      unfollow: (routed) => this.unfollow(routed),
      echo: (routed) => this.echo(routed),
      ignore: async () => undefined,
    };
  }

  async handle(event: ZaloEvent): Promise<void> {
    const route = routeOf(event.event_name);
    const userId = userIdOf(event);
    if (route === 'ignore') return;
    if (!userId) {
      this.deps.logger.warn({ event: event.event_name }, 'zalo: event without a user id ignored');
      return;
    }
    const routed: RoutedEvent = { event, userId, oaId: oaIdOf(event) ?? '' };
    if (route !== 'echo' && !(await this.deps.flags.claimEvent(dedupeKeyOf(event)))) {
      this.deps.logger.info({ event: event.event_name, msgId: event.message?.msg_id }, 'zalo: duplicate event dropped');
      return;
    }
    await this.handlers[route](routed);
  }

  private async turn({ event, userId, oaId }: RoutedEvent): Promise<void> {
    if (await this.deps.flags.isPaused(userId)) {
      this.deps.logger.info({ event: event.event_name }, 'zalo: an officer has taken over this chat; the bot stays silent');
      return;
    }
    await this.deps.adapter.runTurn(eventToActivity(event, userId, oaId), this.deps.logic);
  }

  private async attachment(routed: RoutedEvent): Promise<void> {
    const { onAttachment } = this.deps.hooks;
    const attachments = attachmentsOf(routed.event);
    let attachedAll = Boolean(onAttachment) && attachments.length > 0;
    for (const attachment of attachments) {
      attachedAll = (await onAttachment?.(routed.userId, attachment)) === true && attachedAll;
    }
    await this.say(routed, attachedAll ? this.deps.messages.attachmentSaved : this.deps.messages.attachmentNoDossier);
  }

  private async contactInfo(routed: RoutedEvent): Promise<void> {
    const { onContactInfo } = this.deps.hooks;
    if (!onContactInfo) {
      this.deps.logger.warn('zalo: contact info received but no handler is configured; nothing stored');
      return;
    }
    await onContactInfo(routed.userId, parseContactInfo(routed.event.info, eventTime(routed.event)));
    await this.say(routed, this.deps.messages.contactInfoSaved);
  }

  private async follow(routed: RoutedEvent): Promise<void> {
    await this.deps.flags.setFollowing(routed.userId, true);
    await this.turn(routed);
  }

  private async unfollow({ userId }: RoutedEvent): Promise<void> {
    await this.deps.flags.setFollowing(userId, false);
    await this.deps.hooks.onUnfollow?.(userId);
  }

  private async echo({ event, userId }: RoutedEvent): Promise<void> {
    if (!event.sender?.admin_id) return;
    await this.deps.flags.pause(userId);
    this.deps.logger.info('zalo: an officer answered in the OA chat tool; the bot pauses for this user');
  }

  /** A channel message (not a bot turn); silent while an officer has the chat. */
  private async say({ userId, oaId }: RoutedEvent, text: string): Promise<void> {
    if (await this.deps.flags.isPaused(userId)) return;
    await this.deps.adapter.continueConversation(ZaloAdapter.referenceFor(userId, oaId || undefined), async (context) => {
      await context.sendActivity(text);
    });
  }
}
