/**
 * Procedure catalogue port: imported national procedures + the staff curation layer + agency data.
 * Consumers use `loadCatalogue(dataDir)` at start-up (or `createCatalogue(...)` in tests) and the
 * `Catalogue` interface; everything else here is types.
 */
export type { Catalogue, SearchQuery, SearchResult } from './catalogue';
export { createCatalogue, DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE } from './catalogue';
export { loadCatalogue } from './loader';
export { CatalogueValidationError } from './errors';
export type {
  Procedure,
  ProcedureRecord,
  Level,
  SubmissionMethod,
  Submission,
  ProcessingTime,
  Fee,
  TimeUnit,
  DocumentRequirement,
  DocumentCondition,
  LegalBasis,
  Provenance,
} from './schema';
export { LEVELS, SUBMISSION_METHODS, TIME_UNITS, procedureRecordSchema } from './schema';
export type { CurationEntry, LifeEvent } from './curationSchema';
export { curationEntrySchema, curationFileSchema, lifeEventSchema, lifeEventsFileSchema } from './curationSchema';
export type { Agencies, Agency, Commune, CommuneResolution, OfficeHours } from './agencies';
export { createAgencies, resolveCommune, foldVietnamese } from './agencies';
