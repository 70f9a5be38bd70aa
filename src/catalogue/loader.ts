import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { z } from 'zod';
import { createAgencies, AgenciesValidationError, type Agencies } from './agencies';
import { buildCatalogue, type Catalogue, type Located } from './catalogue';
import { curationFileSchema, lifeEventsFileSchema, type CurationEntry, type LifeEvent } from './curationSchema';
import { CatalogueValidationError } from './errors';
import { catalogueFileSchema, procedureRecordSchema, type ProcedureRecord } from './schema';

export const LIFE_EVENTS_FILE = 'life-events.json';

/**
 * Reads and validates data/catalogue, data/curation and data/agencies under `dataDir` and builds the
 * indexed catalogue. Synchronous: it runs once at start-up. Invalid data throws
 * CatalogueValidationError naming the file, record and field.
 *
 * @example const catalogue = loadCatalogue(path.resolve('data'));
 */
export function loadCatalogue(dataDir: string): Catalogue {
  const hash = createHash('sha256');
  const read = (file: string): unknown => {
    const bytes = fs.readFileSync(file);
    hash.update(rel(dataDir, file)).update('\0').update(bytes).update('\0');
    const text = bytes.toString('utf8');
    try {
      return JSON.parse(text) as unknown;
    } catch (err) {
      throw new CatalogueValidationError(rel(dataDir, file), '(file)', '(json)', (err as Error).message);
    }
  };

  const procedures = [
    ...readCatalogueFiles(dataDir, path.join(dataDir, 'catalogue'), read),
    ...readAddedProcedures(dataDir, path.join(dataDir, 'curation', 'added'), read),
  ];
  const curationDir = path.join(dataDir, 'curation');
  const curation = readCurationEntries(dataDir, curationDir, read);
  const lifeEvents = readLifeEvents(dataDir, path.join(curationDir, LIFE_EVENTS_FILE), read);
  const agencies = readAgencies(dataDir, path.join(dataDir, 'agencies', 'agencies.json'), read);

  return buildCatalogue({ procedures, curation, lifeEvents, agencies, version: hash.digest('hex').slice(0, 16) });
}

type Reader = (file: string) => unknown;

function jsonFiles(dir: string): string[] {
  if (!fs.existsSync(dir)) return [];
  return fs
    .readdirSync(dir, { withFileTypes: true })
    .filter((d) => d.isFile() && d.name.endsWith('.json'))
    .map((d) => path.join(dir, d.name))
    .sort();
}

function rel(dataDir: string, file: string): string {
  return path.relative(dataDir, file).split(path.sep).join('/');
}

function readCatalogueFiles(dataDir: string, dir: string, read: Reader): Located<ProcedureRecord>[] {
  const files = jsonFiles(dir);
  if (files.length === 0) {
    throw new CatalogueValidationError(rel(dataDir, dir), '(none)', '(files)', 'no catalogue files; run npm run catalogue:import');
  }
  const out: Located<ProcedureRecord>[] = [];
  for (const file of files) {
    const name = rel(dataDir, file);
    const parsed = check(catalogueFileSchema, read(file), name, '(file)');
    parsed.procedures.forEach((raw, i) => {
      out.push({ value: check(procedureRecordSchema, raw, name, recordName(raw, i)), file: name });
    });
  }
  return out;
}

function readAddedProcedures(dataDir: string, dir: string, read: Reader): Located<ProcedureRecord>[] {
  return jsonFiles(dir).map((file) => {
    const name = rel(dataDir, file);
    const raw = read(file);
    const value = check(procedureRecordSchema, raw, name, recordName(raw, 0));
    if (value.provenance.source !== 'curated') {
      throw new CatalogueValidationError(name, value.code, 'provenance.source', "added procedures must have source 'curated'");
    }
    return { value, file: name };
  });
}

function readCurationEntries(dataDir: string, dir: string, read: Reader): Located<CurationEntry>[] {
  const out: Located<CurationEntry>[] = [];
  for (const file of jsonFiles(dir)) {
    if (path.basename(file) === LIFE_EVENTS_FILE) continue;
    const name = rel(dataDir, file);
    const raw = read(file);
    const list = isObject(raw) && Array.isArray(raw.procedures) ? (raw.procedures as unknown[]) : [];
    const parsed = check(curationFileSchema, raw, name, '(file)', (i) => recordName(list[i], i));
    for (const value of parsed.procedures) out.push({ value, file: name });
  }
  return out;
}

function readLifeEvents(dataDir: string, file: string, read: Reader): Located<LifeEvent>[] {
  if (!fs.existsSync(file)) return [];
  const name = rel(dataDir, file);
  const raw = read(file);
  const list = isObject(raw) && Array.isArray(raw.lifeEvents) ? (raw.lifeEvents as unknown[]) : [];
  const parsed = check(lifeEventsFileSchema, raw, name, '(file)', (i) => idName(list[i], i));
  return parsed.lifeEvents.map((value) => ({ value, file: name }));
}

function readAgencies(dataDir: string, file: string, read: Reader): Agencies {
  const name = rel(dataDir, file);
  if (!fs.existsSync(file)) throw new CatalogueValidationError(name, '(file)', '(file)', 'missing');
  try {
    return createAgencies(read(file), name);
  } catch (err) {
    if (err instanceof AgenciesValidationError) {
      throw new CatalogueValidationError(name, 'agencies', err.field, err.message);
    }
    throw err;
  }
}

/**
 * Parses with `schema` or throws naming the record. For list files, `recordOf(index)` turns the first
 * path element after the list key into a record name and the rest of the path becomes the field.
 */
function check<S extends z.ZodType>(
  schema: S,
  raw: unknown,
  file: string,
  record: string,
  recordOf?: (index: number) => string,
): z.infer<S> {
  const result = schema.safeParse(raw);
  if (result.success) return result.data;
  const issue = result.error.issues[0];
  const issuePath = issue?.path.map(String) ?? [];
  const index = issuePath[1] !== undefined ? Number(issuePath[1]) : NaN;
  if (recordOf && Number.isInteger(index)) {
    throw new CatalogueValidationError(file, recordOf(index), issuePath.slice(2).join('.') || '(record)', issue?.message ?? 'invalid');
  }
  throw new CatalogueValidationError(file, record, issuePath.join('.') || '(root)', issue?.message ?? 'invalid');
}

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function recordName(raw: unknown, index: number): string {
  return isObject(raw) && typeof raw.code === 'string' ? raw.code : `#${index}`;
}

function idName(raw: unknown, index: number): string {
  return isObject(raw) && typeof raw.id === 'string' ? raw.id : `#${index}`;
}
