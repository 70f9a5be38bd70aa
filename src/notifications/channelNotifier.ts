import type { ConversationReference } from 'botbuilder';
import type { DossierOwner } from '../dossiers/dossier';

/**
 * Sends one text to the citizen who owns a dossier, on the channel the dossier was created in.
 * Channels are told apart by the owner and its stored reference, not by channel id alone: Azure's Web
 * Chat and the built-in web chat both say 'webchat', but only Azure's reference has a serviceUrl.
 *
 * @example
 *   const notifier = notifiers.find((n) => n.serves(dossier.owner));
 *   await notifier?.send(dossier.owner, 'Dạ, hồ sơ … đã có kết quả ạ.');   // throws NotificationDeliveryError
 */
export interface ChannelNotifier {
  serves(owner: DossierOwner): boolean;
  /** What the dossier's notification record calls this channel: 'webchat', 'botframework:msteams', 'zalo'. */
  channelName(owner: DossierOwner): string;
  send(owner: DossierOwner, text: string): Promise<void>;
}

/** A notification that did not reach the citizen. `officerMessage` is Vietnamese, for the officers' list. */
export class NotificationDeliveryError extends Error {
  constructor(
    readonly channel: string,
    readonly officerMessage: string,
    /** True when trying again cannot help (no reference, the user blocked the OA, the bot was removed). */
    readonly permanent: boolean,
    options?: { cause?: unknown },
  ) {
    super(`notification on ${channel} failed: ${officerMessage}`, options);
    this.name = 'NotificationDeliveryError';
  }
}

/** The stored Bot Framework conversation reference of an owner, or null when there is none usable. */
export function conversationReferenceOf(owner: DossierOwner): Partial<ConversationReference> | null {
  const ref = owner.conversationRef;
  if (!isRecord(ref) || !isRecord(ref.conversation)) return null;
  const id = ref.conversation.id;
  return typeof id === 'string' && id !== '' ? (ref as Partial<ConversationReference>) : null;
}

/** The reference's connector URL: present for Azure Bot Service channels, empty for the built-in web chat. */
export function serviceUrlOf(owner: DossierOwner): string | null {
  const url = conversationReferenceOf(owner)?.serviceUrl;
  return typeof url === 'string' && /^https?:\/\//.test(url) ? url : null;
}

/** A short description of a failure for officers, without stack traces. */
export function describeFailure(err: unknown): string {
  const status = isRecord(err) ? (err.statusCode ?? err.status) : undefined;
  const message = err instanceof Error ? err.message : String(err);
  const short = message.length > 160 ? `${message.slice(0, 157)}…` : message;
  return typeof status === 'number' ? `HTTP ${status}: ${short}` : short;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
