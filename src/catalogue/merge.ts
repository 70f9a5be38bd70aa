import type { CurationEntry, CurationSubmission } from './curationSchema';
import type { DocumentRequirement, Procedure, ProcedureRecord, Submission } from './schema';
import { SUBMISSION_METHODS } from './schema';

/**
 * Overlays a curation entry on a stored record, field by field: submission per method (time and fee
 * separately), documents replace the whole list when given, names and questions are added.
 * `memberOf` lists the life events (from life-events.json) that include this procedure.
 */
export function mergeCuration(
  record: ProcedureRecord,
  entry: CurationEntry | undefined,
  memberOf: readonly string[],
): Procedure {
  const lifeEvents = unique([...(entry?.lifeEvents ?? []), ...memberOf]);
  const merged: Procedure = {
    ...record,
    aliases: entry ? unique(entry.aliases) : [],
    lifeEvents,
    exampleQuestions: entry ? [...entry.exampleQuestions] : [],
    curated: entry !== undefined || record.provenance.source === 'curated',
    notes: entry?.notes ? [...entry.notes] : [],
    curationSources: entry ? entry.sources.map((s) => ({ ...s })) : [],
  };
  if (!entry) return merged;
  if (entry.shortName !== undefined) merged.shortName = entry.shortName;
  if (entry.feeStatement !== undefined) merged.feeStatement = entry.feeStatement;
  if (entry.submission) merged.submission = mergeSubmission(record.submission, entry.submission);
  if (entry.documents) merged.documents = entry.documents.map((d): DocumentRequirement => ({ ...d }));
  return merged;
}

function mergeSubmission(base: readonly Submission[], overrides: readonly CurationSubmission[]): Submission[] {
  const byMethod = new Map(base.map((s) => [s.method, { ...s }]));
  for (const o of overrides) {
    const current = byMethod.get(o.method) ?? { method: o.method, time: null, fee: null };
    if (o.time) current.time = { ...o.time };
    if (o.fee) current.fee = { ...o.fee };
    byMethod.set(o.method, current);
  }
  return SUBMISSION_METHODS.map((m) => byMethod.get(m)).filter((s): s is Submission => s !== undefined);
}

function unique(values: readonly string[]): string[] {
  return [...new Set(values)];
}
