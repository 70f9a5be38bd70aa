import { z } from 'zod';
import {
  documentConditionSchema,
  processingTimeSchema,
  feeSchema,
  submissionMethodSchema,
} from './schema';

/**
 * Schemas of the staff-edited curation layer in data/curation/:
 * - <domain-slug>.json = { procedures: CurationEntry[] }
 * - life-events.json   = { lifeEvents: LifeEvent[] }
 * - added/<code>.json  = a full procedure record (see procedureRecordSchema) with provenance.source 'curated'.
 */

export const curationSubmissionSchema = z.strictObject({
  method: submissionMethodSchema,
  time: processingTimeSchema.optional(),
  fee: feeSchema.optional(),
});
export type CurationSubmission = z.infer<typeof curationSubmissionSchema>;

export const curationDocumentSchema = z.strictObject({
  name: z.string().min(1),
  originals: z.number().int().nonnegative().optional(),
  copies: z.number().int().nonnegative().optional(),
  form: z.string().optional(),
  condition: documentConditionSchema.optional(),
  alternativeOf: z.string().optional(),
});
export type CurationDocument = z.infer<typeof curationDocumentSchema>;

export const curationSourceSchema = z.strictObject({
  title: z.string().min(1),
  number: z.string().optional(),
  url: z.string().optional(),
});

export const curationEntrySchema = z.strictObject({
  code: z.string().min(1),
  shortName: z.string().optional(),
  aliases: z.array(z.string()),
  lifeEvents: z.array(z.string()),
  exampleQuestions: z.array(z.string()),
  submission: z.array(curationSubmissionSchema).optional(),
  /** e.g. "Miễn phí", "Không quy định" or the full fee text. */
  feeStatement: z.string().optional(),
  documents: z.array(curationDocumentSchema).optional(),
  notes: z.array(z.string()).optional(),
  sources: z.array(curationSourceSchema),
});
export type CurationEntry = z.infer<typeof curationEntrySchema>;

export const curationFileSchema = z.strictObject({
  procedures: z.array(curationEntrySchema),
});
export type CurationFile = z.infer<typeof curationFileSchema>;

export const lifeEventSchema = z.strictObject({
  id: z.string().min(1),
  name: z.string().min(1),
  aliases: z.array(z.string()),
  /** Procedure codes in the order they are done. */
  procedures: z.array(z.string()),
  note: z.string().optional(),
});
export type LifeEvent = z.infer<typeof lifeEventSchema>;

export const lifeEventsFileSchema = z.strictObject({
  lifeEvents: z.array(lifeEventSchema),
});
export type LifeEventsFile = z.infer<typeof lifeEventsFileSchema>;
