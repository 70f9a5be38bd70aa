"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.lifeEventsFileSchema = exports.lifeEventSchema = exports.curationFileSchema = exports.curationEntrySchema = exports.curationSourceSchema = exports.curationDocumentSchema = exports.curationSubmissionSchema = void 0;
const zod_1 = require("zod");
const schema_1 = require("./schema");
/**
 * Schemas of the staff-edited curation layer in data/curation/:
 * - <domain-slug>.json = { procedures: CurationEntry[] }
 * - life-events.json   = { lifeEvents: LifeEvent[] }
 * - added/<code>.json  = a full procedure record (see procedureRecordSchema) with provenance.source 'curated'.
 */
exports.curationSubmissionSchema = zod_1.z.strictObject({
    method: schema_1.submissionMethodSchema,
    time: schema_1.processingTimeSchema.optional(),
    fee: schema_1.feeSchema.optional(),
});
exports.curationDocumentSchema = zod_1.z.strictObject({
    name: zod_1.z.string().min(1),
    originals: zod_1.z.number().int().nonnegative().optional(),
    copies: zod_1.z.number().int().nonnegative().optional(),
    form: zod_1.z.string().optional(),
    condition: schema_1.documentConditionSchema.optional(),
    alternativeOf: zod_1.z.string().optional(),
});
exports.curationSourceSchema = zod_1.z.strictObject({
    title: zod_1.z.string().min(1),
    number: zod_1.z.string().optional(),
    url: zod_1.z.string().optional(),
});
exports.curationEntrySchema = zod_1.z.strictObject({
    code: zod_1.z.string().min(1),
    shortName: zod_1.z.string().optional(),
    aliases: zod_1.z.array(zod_1.z.string()),
    lifeEvents: zod_1.z.array(zod_1.z.string()),
    exampleQuestions: zod_1.z.array(zod_1.z.string()),
    submission: zod_1.z.array(exports.curationSubmissionSchema).optional(),
    /** e.g. "Miễn phí", "Không quy định" or the full fee text. */
    feeStatement: zod_1.z.string().optional(),
    documents: zod_1.z.array(exports.curationDocumentSchema).optional(),
    notes: zod_1.z.array(zod_1.z.string()).optional(),
    sources: zod_1.z.array(exports.curationSourceSchema),
});
exports.curationFileSchema = zod_1.z.strictObject({
    procedures: zod_1.z.array(exports.curationEntrySchema),
});
exports.lifeEventSchema = zod_1.z.strictObject({
    id: zod_1.z.string().min(1),
    name: zod_1.z.string().min(1),
    aliases: zod_1.z.array(zod_1.z.string()),
    /** Procedure codes in the order they are done. */
    procedures: zod_1.z.array(zod_1.z.string()),
    note: zod_1.z.string().optional(),
});
exports.lifeEventsFileSchema = zod_1.z.strictObject({
    lifeEvents: zod_1.z.array(exports.lifeEventSchema),
});
