import { ActionTypes, ActivityTypes, CardFactory, type Activity, type Attachment, type CardAction } from 'botbuilder';
import { lookup } from './lookup';
import { splitText, ZALO_MAX_TEXT_LENGTH } from './splitText';
import type { ZaloButton, ZaloOutgoingMessage } from './types';

export interface OutgoingLabels {
  /** Template text when an Activity has buttons but no text. */
  readonly chooseOption: string;
  /** Button title for a file the bot sends as a link. */
  readonly openFile: string;
}

export interface OutgoingOptions {
  readonly labels: OutgoingLabels;
  readonly maxTextLength?: number;
}

type CardButton = (action: CardAction) => ZaloButton | null;

/** Bot Framework action type → Zalo button. Actions Zalo cannot show (call, signin, …) are dropped. */
const BUTTONS: Readonly<Partial<Record<string, CardButton>>> = Object.freeze({
  [ActionTypes.ImBack]: (action) => queryButton(action.title, action.value),
  [ActionTypes.PostBack]: (action) => queryButton(action.title, action.value),
  [ActionTypes.MessageBack]: (action) => queryButton(action.title, action.text ?? action.displayText ?? action.value),
  [ActionTypes.OpenUrl]: (action) => urlButton(action.title, action.value),
  [ActionTypes.DownloadFile]: (action) => urlButton(action.title, action.value),
});

/** Card content types rendered as text plus buttons. */
const TEXT_CARDS: ReadonlySet<string> = new Set([CardFactory.contentTypes.heroCard, CardFactory.contentTypes.thumbnailCard]);

/**
 * The Zalo messages one Activity becomes, in sending order: its text split under the limit, its
 * cards as text plus buttons, its images as media templates, its files as links, and its
 * suggested actions as oa.query.show buttons on the last text.
 */
export function activityToZaloMessages(activity: Partial<Activity>, options: OutgoingOptions): ZaloOutgoingMessage[] {
  if (activity.type !== undefined && activity.type !== ActivityTypes.Message) return [];
  const max = options.maxTextLength ?? ZALO_MAX_TEXT_LENGTH;
  const { text, links } = extractMarkdownLinks(activity.text ?? '');
  const messages: ZaloOutgoingMessage[] = splitText(text, max).map((chunk) => ({ text: chunk }));
  for (const attachment of activity.attachments ?? []) messages.push(...attachmentMessages(attachment, options, max));
  const contactRequest = requestUserInfoOf(activity.channelData);
  if (contactRequest) messages.push(contactRequest);
  const suggested = [...links, ...toButtons(activity.suggestedActions?.actions ?? [])];
  if (suggested.length === 0) return messages;
  const last = messages[messages.length - 1];
  if (last && 'text' in last) {
    messages[messages.length - 1] = buttonTemplate(last.text, suggested);
  } else {
    messages.push(buttonTemplate(options.labels.chooseOption, suggested));
  }
  return messages;
}

/** What a dialog puts in channelData to ask, on Zalo, for the user's contact details. */
export interface ZaloUserInfoRequest {
  readonly title: string;
  readonly subtitle: string;
  readonly imageUrl: string;
}

/**
 * An Activity asking the user to share name, phone and address through Zalo's own form; the answer
 * comes back as a user_submit_info event (hooks.onContactInfo). Other channels show only the text.
 */
export function requestUserInfoActivity(text: string, request: ZaloUserInfoRequest): Partial<Activity> {
  return { type: ActivityTypes.Message, text, channelData: { zaloRequestUserInfo: request } };
}

function requestUserInfoOf(channelData: unknown): ZaloOutgoingMessage | null {
  if (typeof channelData !== 'object' || channelData === null) return null;
  const request = (channelData as { zaloRequestUserInfo?: Partial<ZaloUserInfoRequest> }).zaloRequestUserInfo;
  if (!request?.title || !request.subtitle || !request.imageUrl) return null;
  return {
    attachment: {
      type: 'template',
      payload: { template_type: 'request_user_info', elements: [{ title: request.title, subtitle: request.subtitle, image_url: request.imageUrl }] },
    },
  };
}

const MARKDOWN_LINK = /\[([^\]\n]+)\]\((https?:\/\/[^\s)]+)\)/g;

/** Zalo shows no markdown: "[Cổng DVC](https://…)" becomes the label in the text and an oa.open.url button. */
export function extractMarkdownLinks(text: string): { text: string; links: ZaloButton[] } {
  const links: ZaloButton[] = [];
  const plain = text.replace(MARKDOWN_LINK, (_match, label: string, url: string) => {
    links.push({ type: 'oa.open.url', title: label, payload: { url } });
    return label;
  });
  return { text: plain, links };
}

function attachmentMessages(attachment: Attachment, options: OutgoingOptions, max: number): ZaloOutgoingMessage[] {
  if (TEXT_CARDS.has(attachment.contentType)) return cardMessages(attachment.content as CardContent | undefined, options, max);
  if (!attachment.contentUrl) return [];
  if (attachment.contentType.startsWith('image/')) {
    return [{ attachment: { type: 'template', payload: { template_type: 'media', elements: [{ media_type: 'image', url: attachment.contentUrl }] } } }];
  }
  const button = urlButton(options.labels.openFile, attachment.contentUrl);
  return button ? [buttonTemplate(attachment.name ?? options.labels.openFile, [button])] : [];
}

interface CardContent {
  title?: string;
  subtitle?: string;
  text?: string;
  buttons?: CardAction[];
}

function cardMessages(card: CardContent | undefined, options: OutgoingOptions, max: number): ZaloOutgoingMessage[] {
  if (!card) return [];
  const body = [card.title, card.subtitle, card.text].filter((part): part is string => Boolean(part?.trim())).join('\n');
  const chunks = splitText(body, max);
  const buttons = toButtons(card.buttons ?? []);
  const messages: ZaloOutgoingMessage[] = chunks.map((text) => ({ text }));
  if (buttons.length === 0) return messages;
  const lastText = chunks.length > 0 ? (chunks.pop() as string) : options.labels.chooseOption;
  return [...chunks.map((text) => ({ text })), buttonTemplate(lastText, buttons)];
}

function toButtons(actions: readonly CardAction[]): ZaloButton[] {
  return actions.flatMap((action) => {
    const button = lookup(BUTTONS, action.type)?.(action) ?? null;
    return button ? [button] : [];
  });
}

function queryButton(title: string | undefined, value: unknown): ZaloButton | null {
  const payload = typeof value === 'string' && value ? value : title;
  if (!title || !payload) return null;
  return { type: 'oa.query.show', title, payload };
}

function urlButton(title: string | undefined, value: unknown): ZaloButton | null {
  if (!title || typeof value !== 'string' || !/^https?:\/\//i.test(value)) return null;
  return { type: 'oa.open.url', title, payload: { url: value } };
}

function buttonTemplate(text: string, buttons: ZaloButton[]): ZaloOutgoingMessage {
  return { attachment: { type: 'template', payload: { template_type: 'button', text, buttons } } };
}
