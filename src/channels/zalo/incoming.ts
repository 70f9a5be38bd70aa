import { ActivityTypes, type Activity, type Attachment } from 'botbuilder';
import { lookup } from './lookup';
import type { ZaloEvent, ZaloEventAttachment } from './types';

export const ZALO_CHANNEL_ID = 'zalo';

/** What the channel does with an event. */
export type ZaloRoute = 'turn' | 'attachment' | 'reprompt' | 'contactInfo' | 'follow' | 'unfollow' | 'echo' | 'ignore';

/** event_name → route. Unknown user_send_* events get a reprompt, unknown oa_send_* are echoes. */
export const ZALO_EVENT_ROUTES: Readonly<Record<string, ZaloRoute>> = Object.freeze({
  user_send_text: 'turn',
  user_send_image: 'attachment',
  user_send_file: 'attachment',
  user_send_sticker: 'reprompt',
  user_send_gif: 'reprompt',
  user_send_audio: 'reprompt',
  user_send_video: 'reprompt',
  user_send_location: 'reprompt',
  user_send_link: 'reprompt',
  user_send_business_card: 'reprompt',
  user_submit_info: 'contactInfo',
  follow: 'follow',
  unfollow: 'unfollow',
  user_received_message: 'ignore',
  user_seen_message: 'ignore',
});

export function routeOf(eventName: string): ZaloRoute {
  const route = lookup(ZALO_EVENT_ROUTES, eventName);
  if (route) return route;
  if (eventName.startsWith('oa_send_')) return 'echo';
  if (eventName.startsWith('user_send_')) return 'reprompt';
  return 'ignore';
}

/** The citizen an event is about: the sender, the follower, or (for an OA echo) the recipient. */
export function userIdOf(event: ZaloEvent): string | undefined {
  if (routeOf(event.event_name) === 'echo') return event.recipient?.id;
  return event.follower?.id ?? event.sender?.id;
}

export function oaIdOf(event: ZaloEvent): string | undefined {
  if (routeOf(event.event_name) === 'echo') return event.sender?.id ?? event.oa_id;
  return event.oa_id ?? event.recipient?.id;
}

/** The key that makes Zalo's retries of one event recognisable: msg_id, or what identifies a follow. */
export function dedupeKeyOf(event: ZaloEvent): string {
  const msgId = event.message?.msg_id;
  if (msgId) return `msg:${msgId}`;
  return `event:${event.event_name}:${userIdOf(event) ?? '-'}:${event.timestamp ?? '-'}`;
}

export function conversationIdOf(userId: string): string {
  return `${ZALO_CHANNEL_ID}:${userId}`;
}

/** A file or picture the user sent, with what Zalo tells about it. */
export interface ZaloAttachment {
  readonly kind: 'image' | 'file';
  readonly url: string;
  readonly contentType: string;
  readonly name?: string;
  readonly size?: number;
  readonly thumbnailUrl?: string;
  readonly msgId?: string;
  readonly receivedAt: string;
}

const FILE_TYPES: Readonly<Record<string, string>> = Object.freeze({
  pdf: 'application/pdf',
  doc: 'application/msword',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  csv: 'text/csv',
  xls: 'application/vnd.ms-excel',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  jpg: 'image/jpeg',
  jpeg: 'image/jpeg',
  png: 'image/png',
});

export function attachmentsOf(event: ZaloEvent): ZaloAttachment[] {
  const receivedAt = eventTime(event).toISOString();
  const msgId = event.message?.msg_id;
  return (event.message?.attachments ?? []).flatMap((item) => {
    const attachment = toAttachment(item, receivedAt, msgId);
    return attachment ? [attachment] : [];
  });
}

function toAttachment(item: ZaloEventAttachment, receivedAt: string, msgId: string | undefined): ZaloAttachment | null {
  const url = item.payload?.url;
  if (!url || (item.type !== 'image' && item.type !== 'file')) return null;
  const name = item.payload?.name;
  const extension = (item.payload?.type ?? name?.split('.').pop() ?? '').toLowerCase();
  const size = Number(item.payload?.size);
  return {
    kind: item.type,
    url,
    contentType: lookup(FILE_TYPES, extension) ?? (item.type === 'image' ? 'image/*' : 'application/octet-stream'),
    ...(name ? { name } : {}),
    ...(Number.isFinite(size) && size > 0 ? { size } : {}),
    ...(item.payload?.thumbnail ? { thumbnailUrl: item.payload.thumbnail } : {}),
    ...(msgId ? { msgId } : {}),
    receivedAt,
  };
}

export function eventTime(event: ZaloEvent): Date {
  const ms = Number(event.timestamp);
  return Number.isFinite(ms) && ms > 0 ? new Date(ms) : new Date();
}

const ACTIVITY_BUILDERS: Readonly<Record<ZaloRoute, (event: ZaloEvent, userId: string) => Partial<Activity>>> = Object.freeze({
  turn: (event) => ({ type: ActivityTypes.Message, text: event.message?.text ?? '' }),
  attachment: (event) => ({ type: ActivityTypes.Message, text: event.message?.text ?? '', attachments: attachmentsOf(event).map(toBotAttachment) }),
  reprompt: (event) => ({ type: ActivityTypes.Message, text: event.message?.text ?? '' }),
  contactInfo: () => ({ type: ActivityTypes.Event, name: 'zalo.contactInfo' }),
  follow: (_event, userId) => ({ type: ActivityTypes.ConversationUpdate, membersAdded: [{ id: userId, name: '' }] }),
  unfollow: (_event, userId) => ({ type: ActivityTypes.ConversationUpdate, membersRemoved: [{ id: userId, name: '' }] }),
  echo: () => ({ type: ActivityTypes.Event, name: 'zalo.echo' }),
  ignore: () => ({ type: ActivityTypes.Event, name: 'zalo.ignored' }),
});

/**
 * The Activity a Zalo event becomes: channel 'zalo', conversation `zalo:<userId>`, from the user,
 * to the OA, and the raw event as channelData.
 */
export function eventToActivity(event: ZaloEvent, userId: string, oaId: string): Partial<Activity> {
  const route = routeOf(event.event_name);
  return {
    ...ACTIVITY_BUILDERS[route](event, userId),
    ...(event.message?.msg_id ? { id: event.message.msg_id } : {}),
    channelId: ZALO_CHANNEL_ID,
    timestamp: eventTime(event),
    locale: 'vi-VN',
    conversation: { id: conversationIdOf(userId), isGroup: false, conversationType: 'personal', name: '' },
    from: { id: userId, name: '', role: 'user' },
    recipient: { id: oaId, name: '', role: 'bot' },
    channelData: event,
  };
}

function toBotAttachment(attachment: ZaloAttachment): Attachment {
  return {
    contentType: attachment.contentType,
    contentUrl: attachment.url,
    ...(attachment.name ? { name: attachment.name } : {}),
    ...(attachment.thumbnailUrl ? { thumbnailUrl: attachment.thumbnailUrl } : {}),
  };
}
