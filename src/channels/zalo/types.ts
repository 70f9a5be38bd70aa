/**
 * The typed boundary of the Zalo OA API: webhook events are parsed here with zod, and the JSON the
 * channel sends and receives is described here. Every id stays a string (they can exceed 2^53).
 */
import { z } from 'zod';

const zaloId = z.union([z.string().min(1), z.number()]).transform(String);

const attachmentPayloadSchema = z.looseObject({
  url: z.string().optional(),
  thumbnail: z.string().optional(),
  name: z.string().optional(),
  size: z.union([z.string(), z.number()]).optional(),
  type: z.string().optional(),
  id: z.union([z.string(), z.number()]).transform(String).optional(),
});

const attachmentSchema = z.looseObject({
  type: z.string(),
  payload: attachmentPayloadSchema.optional(),
});

export const zaloEventSchema = z.looseObject({
  event_name: z.string().min(1),
  app_id: z.union([z.string(), z.number()]).transform(String).optional(),
  oa_id: zaloId.optional(),
  timestamp: z.union([z.string(), z.number()]).transform(String).optional(),
  user_id_by_app: z.string().optional(),
  source: z.string().optional(),
  sender: z.looseObject({ id: zaloId, admin_id: zaloId.optional() }).optional(),
  recipient: z.looseObject({ id: zaloId }).optional(),
  follower: z.looseObject({ id: zaloId }).optional(),
  message: z
    .looseObject({
      msg_id: zaloId.optional(),
      text: z.string().optional(),
      attachments: z.array(attachmentSchema).optional(),
      msg_ids: z.array(zaloId).optional(),
    })
    .optional(),
  info: z.record(z.string(), z.unknown()).optional(),
});

/** One webhook event after validation (unknown fields are kept). */
export type ZaloEvent = z.infer<typeof zaloEventSchema>;
export type ZaloEventAttachment = z.infer<typeof attachmentSchema>;

export type ZaloButton =
  | { type: 'oa.query.show'; title: string; payload: string }
  | { type: 'oa.open.url'; title: string; payload: { url: string } };

export interface ZaloButtonTemplate {
  type: 'template';
  payload: { template_type: 'button'; text: string; buttons: ZaloButton[] };
}

export interface ZaloMediaTemplate {
  type: 'template';
  payload: { template_type: 'media'; elements: [{ media_type: 'image'; url: string }] };
}

export interface ZaloRequestUserInfoTemplate {
  type: 'template';
  payload: {
    template_type: 'request_user_info';
    elements: [{ title: string; subtitle: string; image_url: string }];
  };
}

/** The `message` object of POST /v3.0/oa/message/cs. */
export type ZaloOutgoingMessage =
  | { text: string }
  | { attachment: ZaloButtonTemplate | ZaloMediaTemplate | ZaloRequestUserInfoTemplate };

/** Every OA API reply: HTTP 200 even on failure; `error` 0 means success. */
export const zaloApiReplySchema = z.looseObject({
  error: z.number(),
  message: z.string().optional(),
  data: z.looseObject({ message_id: zaloId.optional() }).optional(),
});
export type ZaloApiReply = z.infer<typeof zaloApiReplySchema>;

/** The OAuth v4 token reply; expires_in is a string of seconds. */
export const zaloTokenReplySchema = z.looseObject({
  access_token: z.string().optional(),
  refresh_token: z.string().optional(),
  expires_in: z.union([z.string(), z.number()]).optional(),
  error: z.union([z.number(), z.string()]).optional(),
  error_name: z.string().optional(),
  error_description: z.string().optional(),
  message: z.string().optional(),
});
