import { z } from 'zod';
import type { Dossier, HistoryEntry, NotificationRecord } from './dossier';
import { DOSSIER_STATUSES } from './status';

/** Converts dossiers to and from Redis hash fields, validating what comes back. */

const actor = z.object({ kind: z.enum(['citizen', 'officer', 'system']), id: z.string(), name: z.string().optional() });
const status = z.enum(DOSSIER_STATUSES);

const historyEntrySchema: z.ZodType<HistoryEntry> = z.object({
  at: z.string(),
  actor,
  from: status.nullable(),
  to: status,
  note: z.string().optional(),
  reason: z.string().optional(),
});

const notificationSchema: z.ZodType<NotificationRecord> = z.object({
  channel: z.string(),
  ok: z.boolean(),
  error: z.string().optional(),
  at: z.string(),
});

const hashSchema = z.object({
  code: z.string(),
  procedureCode: z.string(),
  procedureName: z.string(),
  status,
  submissionMethod: z.enum(['in_person', 'online', 'postal']),
  createdAt: z.string(),
  updatedAt: z.string(),
  applicant: z.object({
    fullName: z.string(),
    dateOfBirth: z.string(),
    cccd: z.string(),
    phone: z.string(),
    commune: z.string(),
  }),
  checklistAnswers: z.record(z.string(), z.union([z.boolean(), z.string()])),
  expectedDate: z.string().nullable(),
  owner: z.object({ channelId: z.string(), userId: z.string(), conversationRef: z.unknown().optional() }),
  consent: z.object({ version: z.string(), at: z.string() }),
  personalDataErasedAt: z.string().optional(),
  attachments: z
    .array(
      z.object({
        kind: z.enum(['image', 'file']),
        url: z.string(),
        contentType: z.string(),
        name: z.string().optional(),
        size: z.number().optional(),
        receivedAt: z.string(),
      }),
    )
    .optional(),
});

const JSON_FIELDS = ['applicant', 'checklistAnswers', 'expectedDate', 'owner', 'consent', 'attachments'] as const;

/** The hash fields of a dossier: strings as they are, objects and nullable values as JSON. */
export function toHashFields(dossier: Dossier): Record<string, string> {
  return {
    code: dossier.code,
    procedureCode: dossier.procedureCode,
    procedureName: dossier.procedureName,
    status: dossier.status,
    submissionMethod: dossier.submissionMethod,
    createdAt: dossier.createdAt,
    updatedAt: dossier.updatedAt,
    applicant: JSON.stringify(dossier.applicant),
    checklistAnswers: JSON.stringify(dossier.checklistAnswers),
    expectedDate: JSON.stringify(dossier.expectedDate),
    owner: JSON.stringify(dossier.owner),
    consent: JSON.stringify(dossier.consent),
    ...(dossier.attachments?.length ? { attachments: JSON.stringify(dossier.attachments) } : {}),
    ...(dossier.personalDataErasedAt ? { personalDataErasedAt: dossier.personalDataErasedAt } : {}),
  };
}

function parseJson(text: string): unknown {
  return JSON.parse(text) as unknown;
}

/** Rebuilds a dossier from its hash and lists; throws when stored data does not fit the schema. */
export function fromRedis(hash: Record<string, string>, history: readonly string[], notifications: readonly string[]): Dossier {
  const decoded: Record<string, unknown> = { ...hash };
  for (const field of JSON_FIELDS) if (hash[field] !== undefined) decoded[field] = parseJson(hash[field]);
  return {
    ...hashSchema.parse(decoded),
    history: history.map((entry) => historyEntrySchema.parse(parseJson(entry))),
    notifications: notifications.map((entry) => notificationSchema.parse(parseJson(entry))),
  };
}
