"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.mergeCuration = mergeCuration;
const schema_1 = require("./schema");
/**
 * Overlays a curation entry on a stored record, field by field: submission per method (time and fee
 * separately), documents replace the whole list when given, names and questions are added.
 * `memberOf` lists the life events (from life-events.json) that include this procedure.
 */
function mergeCuration(record, entry, memberOf) {
    const lifeEvents = unique([...(entry?.lifeEvents ?? []), ...memberOf]);
    const merged = {
        ...record,
        aliases: entry ? unique(entry.aliases) : [],
        lifeEvents,
        exampleQuestions: entry ? [...entry.exampleQuestions] : [],
        curated: entry !== undefined || record.provenance.source === 'curated',
        notes: entry?.notes ? [...entry.notes] : [],
        curationSources: entry ? entry.sources.map((s) => ({ ...s })) : [],
    };
    if (!entry)
        return merged;
    if (entry.shortName !== undefined)
        merged.shortName = entry.shortName;
    if (entry.feeStatement !== undefined)
        merged.feeStatement = entry.feeStatement;
    if (entry.submission)
        merged.submission = mergeSubmission(record.submission, entry.submission);
    if (entry.documents)
        merged.documents = entry.documents.map((d) => ({ ...d }));
    return merged;
}
function mergeSubmission(base, overrides) {
    const byMethod = new Map(base.map((s) => [s.method, { ...s }]));
    for (const o of overrides) {
        const current = byMethod.get(o.method) ?? { method: o.method, time: null, fee: null };
        if (o.time)
            current.time = { ...o.time };
        if (o.fee)
            current.fee = { ...o.fee };
        byMethod.set(o.method, current);
    }
    return schema_1.SUBMISSION_METHODS.map((m) => byMethod.get(m)).filter((s) => s !== undefined);
}
function unique(values) {
    return [...new Set(values)];
}
