import { z } from 'zod';

/**
 * Schema of one administrative procedure as stored in data/catalogue/ (imported from the
 * national portal) or data/curation/added/<code>.json (curated by staff).
 *
 * A field the importer could not parse is left empty (null, [] or omitted) — never guessed.
 */

export const LEVELS = ['ministry', 'province', 'commune', 'other'] as const;
export const levelSchema = z.enum(LEVELS);
export type Level = z.infer<typeof levelSchema>;

export const SUBMISSION_METHODS = ['truc_tiep', 'truc_tuyen', 'buu_chinh'] as const;
export const submissionMethodSchema = z.enum(SUBMISSION_METHODS);
export type SubmissionMethod = z.infer<typeof submissionMethodSchema>;

export const TIME_UNITS = ['working_days', 'days', 'hours', 'same_day'] as const;
export const timeUnitSchema = z.enum(TIME_UNITS);
export type TimeUnit = z.infer<typeof timeUnitSchema>;

/** Processing time; `amount` is null when the source states a unit but no number (or "trong ngày"). */
export const processingTimeSchema = z.strictObject({
  amount: z.number().nonnegative().nullable(),
  unit: timeUnitSchema,
  text: z.string(),
});
export type ProcessingTime = z.infer<typeof processingTimeSchema>;

/** Fee in VND: a single `amount`, a `min`/`max` range, or `free`; `text` keeps the source wording. */
export const feeSchema = z.strictObject({
  amount: z.number().nonnegative().optional(),
  min: z.number().nonnegative().optional(),
  max: z.number().nonnegative().optional(),
  text: z.string(),
  free: z.boolean().optional(),
});
export type Fee = z.infer<typeof feeSchema>;

export const submissionSchema = z.strictObject({
  method: submissionMethodSchema,
  time: processingTimeSchema.nullable(),
  fee: feeSchema.nullable(),
  /** The portal's "Mô tả" cell or the raw cell text the time/fee were parsed from. */
  text: z.string().optional(),
});
export type Submission = z.infer<typeof submissionSchema>;

/** A yes/no question that decides whether a document is needed (curation only). */
export const documentConditionSchema = z.strictObject({
  ask: z.string().min(1),
  neededWhen: z.enum(['yes', 'no']),
});
export type DocumentCondition = z.infer<typeof documentConditionSchema>;

export const documentSchema = z.strictObject({
  name: z.string().min(1),
  originals: z.number().int().nonnegative().optional(),
  copies: z.number().int().nonnegative().optional(),
  /** Form or template name, e.g. "Mẫu TP-TSCC-10.doc". */
  form: z.string().optional(),
  condition: documentConditionSchema.optional(),
  /** Case heading in the source ("Trường hợp ...") under which this document is listed. */
  when: z.string().optional(),
  /** Name of the document this one can replace. */
  alternativeOf: z.string().optional(),
});
export type DocumentRequirement = z.infer<typeof documentSchema>;

export const legalBasisSchema = z.strictObject({
  title: z.string(),
  number: z.string().optional(),
});
export type LegalBasis = z.infer<typeof legalBasisSchema>;

export const provenanceSchema = z.strictObject({
  source: z.enum(['dichvucong.gov.vn', 'curated']),
  /** Snapshot the record was imported from (e.g. "chatbot-tthc/chatbot_tthc@53229487 2026-07-20"). */
  snapshot: z.string().optional(),
  /** Fields present in the source that the importer could not parse (left empty). */
  unparsed: z.array(z.string()).optional(),
  /**
   * Fields deliberately not stored (e.g. steps and documents of procedures handled only by a
   * ministry, which the commune assistant refers to the portal). Empty there means "see sourceUrl".
   */
  omitted: z.array(z.string()).optional(),
  /** Free-form note for curated records: who/what the facts come from. */
  note: z.string().optional(),
});
export type Provenance = z.infer<typeof provenanceSchema>;

/** A procedure code as it may arrive in a URL or query (bounded length), e.g. "1.001193". */
export const PROCEDURE_CODE_PATTERN = /^[0-9A-Za-z][0-9A-Za-z._-]{0,39}$/;

const dateSchema = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'expected YYYY-MM-DD');

/** Procedure as stored on disk (before the curation layer is merged). */
export const procedureRecordSchema = z.strictObject({
  /** Mã thủ tục, e.g. "1.001193". */
  code: z.string().regex(/^[0-9A-Za-z][0-9A-Za-z._-]*$/, 'expected a procedure code like 1.001193'),
  name: z.string().min(1),
  /** Lĩnh vực. */
  domain: z.string(),
  /** Ministry or sector name, e.g. "Bộ Tư pháp". */
  ministry: z.string(),
  /** Loại thủ tục as published, or null. */
  procedureType: z.string().nullable(),
  levels: z.array(levelSchema),
  /** Đối tượng thực hiện. */
  subjects: z.array(z.string()),
  submission: z.array(submissionSchema),
  documents: z.array(documentSchema),
  /** Notes the source mixes into the document table ("... thì không phải nộp bản giấy"). */
  documentNotes: z.array(z.string()).optional(),
  steps: z.array(z.string()),
  conditions: z.array(z.string()),
  /** Kết quả thực hiện. */
  result: z.string().nullable(),
  legalBasis: z.array(legalBasisSchema),
  /** Cơ quan thực hiện / có thẩm quyền. */
  competentAgency: z.string().nullable(),
  /** Số quyết định công bố (so_quyet_dinh). */
  decisionNumber: z.string().nullable(),
  sourceUrl: z.string().nullable(),
  importDate: dateSchema,
  provenance: provenanceSchema,
});
export type ProcedureRecord = z.infer<typeof procedureRecordSchema>;

/** Shape of one data/catalogue/<ministry-slug>.json file written by the importer. */
export const catalogueFileSchema = z.strictObject({
  source: z.string(),
  ministry: z.string(),
  snapshot: z.string(),
  importDate: dateSchema,
  count: z.number().int().nonnegative(),
  procedures: z.array(z.unknown()),
});
export type CatalogueFile = z.infer<typeof catalogueFileSchema>;

/**
 * A procedure as the rest of the app sees it: the stored record with the curation layer merged.
 * NLU consumes `code`, `name`, `shortName`, `aliases`, `lifeEvents`, `exampleQuestions`, `curated`.
 */
export interface Procedure extends ProcedureRecord {
  shortName?: string;
  aliases: string[];
  lifeEvents: string[];
  exampleQuestions: string[];
  /** True when a curation entry exists for this code or the record itself is curated. */
  curated: boolean;
  /** Curated fee statement, e.g. "Miễn phí" or "Không quy định". */
  feeStatement?: string;
  notes: string[];
  /** Sources cited by the curation entry. */
  curationSources: LegalBasisWithUrl[];
}

export interface LegalBasisWithUrl {
  title: string;
  number?: string;
  url?: string;
}
