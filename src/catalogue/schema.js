"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.catalogueFileSchema = exports.procedureRecordSchema = exports.PROCEDURE_CODE_PATTERN = exports.provenanceSchema = exports.legalBasisSchema = exports.documentSchema = exports.documentConditionSchema = exports.submissionSchema = exports.feeSchema = exports.processingTimeSchema = exports.timeUnitSchema = exports.TIME_UNITS = exports.submissionMethodSchema = exports.SUBMISSION_METHODS = exports.levelSchema = exports.LEVELS = void 0;
const zod_1 = require("zod");
/**
 * Schema of one administrative procedure as stored in data/catalogue/ (imported from the
 * national portal) or data/curation/added/<code>.json (curated by staff).
 *
 * A field the importer could not parse is left empty (null, [] or omitted) — never guessed.
 */
exports.LEVELS = ['ministry', 'province', 'commune', 'other'];
exports.levelSchema = zod_1.z.enum(exports.LEVELS);
exports.SUBMISSION_METHODS = ['truc_tiep', 'truc_tuyen', 'buu_chinh'];
exports.submissionMethodSchema = zod_1.z.enum(exports.SUBMISSION_METHODS);
exports.TIME_UNITS = ['working_days', 'days', 'hours', 'same_day'];
exports.timeUnitSchema = zod_1.z.enum(exports.TIME_UNITS);
/** Processing time; `amount` is null when the source states a unit but no number (or "trong ngày"). */
exports.processingTimeSchema = zod_1.z.strictObject({
    amount: zod_1.z.number().nonnegative().nullable(),
    unit: exports.timeUnitSchema,
    text: zod_1.z.string(),
});
/** Fee in VND: a single `amount`, a `min`/`max` range, or `free`; `text` keeps the source wording. */
exports.feeSchema = zod_1.z.strictObject({
    amount: zod_1.z.number().nonnegative().optional(),
    min: zod_1.z.number().nonnegative().optional(),
    max: zod_1.z.number().nonnegative().optional(),
    text: zod_1.z.string(),
    free: zod_1.z.boolean().optional(),
});
exports.submissionSchema = zod_1.z.strictObject({
    method: exports.submissionMethodSchema,
    time: exports.processingTimeSchema.nullable(),
    fee: exports.feeSchema.nullable(),
    /** The portal's "Mô tả" cell or the raw cell text the time/fee were parsed from. */
    text: zod_1.z.string().optional(),
});
/** A yes/no question that decides whether a document is needed (curation only). */
exports.documentConditionSchema = zod_1.z.strictObject({
    ask: zod_1.z.string().min(1),
    neededWhen: zod_1.z.enum(['yes', 'no']),
});
exports.documentSchema = zod_1.z.strictObject({
    name: zod_1.z.string().min(1),
    originals: zod_1.z.number().int().nonnegative().optional(),
    copies: zod_1.z.number().int().nonnegative().optional(),
    /** Form or template name, e.g. "Mẫu TP-TSCC-10.doc". */
    form: zod_1.z.string().optional(),
    condition: exports.documentConditionSchema.optional(),
    /** Case heading in the source ("Trường hợp ...") under which this document is listed. */
    when: zod_1.z.string().optional(),
    /** Name of the document this one can replace. */
    alternativeOf: zod_1.z.string().optional(),
});
exports.legalBasisSchema = zod_1.z.strictObject({
    title: zod_1.z.string(),
    number: zod_1.z.string().optional(),
});
exports.provenanceSchema = zod_1.z.strictObject({
    source: zod_1.z.enum(['dichvucong.gov.vn', 'curated']),
    /** Snapshot the record was imported from (e.g. "chatbot-tthc/chatbot_tthc@53229487 2026-07-20"). */
    snapshot: zod_1.z.string().optional(),
    /** Fields present in the source that the importer could not parse (left empty). */
    unparsed: zod_1.z.array(zod_1.z.string()).optional(),
    /**
     * Fields deliberately not stored (e.g. steps and documents of procedures handled only by a
     * ministry, which the commune assistant refers to the portal). Empty there means "see sourceUrl".
     */
    omitted: zod_1.z.array(zod_1.z.string()).optional(),
    /** Free-form note for curated records: who/what the facts come from. */
    note: zod_1.z.string().optional(),
});
/** A procedure code as it may arrive in a URL or query (bounded length), e.g. "1.001193". */
exports.PROCEDURE_CODE_PATTERN = /^[0-9A-Za-z][0-9A-Za-z._-]{0,39}$/;
const dateSchema = zod_1.z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'expected YYYY-MM-DD');
/** Procedure as stored on disk (before the curation layer is merged). */
exports.procedureRecordSchema = zod_1.z.strictObject({
    /** Mã thủ tục, e.g. "1.001193". */
    code: zod_1.z.string().regex(/^[0-9A-Za-z][0-9A-Za-z._-]*$/, 'expected a procedure code like 1.001193'),
    name: zod_1.z.string().min(1),
    /** Lĩnh vực. */
    domain: zod_1.z.string(),
    /** Ministry or sector name, e.g. "Bộ Tư pháp". */
    ministry: zod_1.z.string(),
    /** Loại thủ tục as published, or null. */
    procedureType: zod_1.z.string().nullable(),
    levels: zod_1.z.array(exports.levelSchema),
    /** Đối tượng thực hiện. */
    subjects: zod_1.z.array(zod_1.z.string()),
    submission: zod_1.z.array(exports.submissionSchema),
    documents: zod_1.z.array(exports.documentSchema),
    /** Notes the source mixes into the document table ("... thì không phải nộp bản giấy"). */
    documentNotes: zod_1.z.array(zod_1.z.string()).optional(),
    steps: zod_1.z.array(zod_1.z.string()),
    conditions: zod_1.z.array(zod_1.z.string()),
    /** Kết quả thực hiện. */
    result: zod_1.z.string().nullable(),
    legalBasis: zod_1.z.array(exports.legalBasisSchema),
    /** Cơ quan thực hiện / có thẩm quyền. */
    competentAgency: zod_1.z.string().nullable(),
    /** Số quyết định công bố (so_quyet_dinh). */
    decisionNumber: zod_1.z.string().nullable(),
    sourceUrl: zod_1.z.string().nullable(),
    importDate: dateSchema,
    provenance: exports.provenanceSchema,
});
/** Shape of one data/catalogue/<ministry-slug>.json file written by the importer. */
exports.catalogueFileSchema = zod_1.z.strictObject({
    source: zod_1.z.string(),
    ministry: zod_1.z.string(),
    snapshot: zod_1.z.string(),
    importDate: dateSchema,
    count: zod_1.z.number().int().nonnegative(),
    procedures: zod_1.z.array(zod_1.z.unknown()),
});
