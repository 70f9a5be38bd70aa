/**
 * npm run catalogue:import [-- <rawDir>] [--import-date YYYY-MM-DD] [--full] [--out <dir>]
 *
 * Imports the national procedure crawl into data/catalogue/<ministry>.json. Deterministic: records
 * sorted by code, fixed key order, import date from the snapshot (or --import-date), never "now".
 * raw_text is dropped; the raw files themselves are never copied into the repository.
 */
import fs from 'node:fs';
import path from 'node:path';
import { compareCodes } from '../src/catalogue/catalogue';
import { procedureRecordSchema, type CatalogueFile, type ProcedureRecord } from '../src/catalogue/schema';
import { parseArgs, readSource, SNAPSHOT, type SourceOptions } from './catalogue-source';

/** Stored only for procedures a province or commune handles; see slim(). */
const LOCAL_ONLY_FIELDS = ['steps', 'documents', 'conditions', 'documentNotes'] as const;

export const DEFAULT_OUT_DIR = path.resolve(__dirname, '..', 'data', 'catalogue');
const SOURCE = 'dichvucong.gov.vn';

export interface ImportSummary {
  imported: number;
  skipped: string[];
  files: string[];
  bytes: number;
}

/** Imports `opts.rawDir` into `outDir` (one file per ministry) and removes stale files there. */
export function runImport(opts: SourceOptions, outDir = DEFAULT_OUT_DIR): ImportSummary {
  const { records, failures } = readSource(opts);

  const byMinistry = new Map<string, ProcedureRecord[]>();
  const seen = new Map<string, string>();
  for (const { record, file, ministrySlug } of records) {
    const check = procedureRecordSchema.safeParse(record);
    if (!check.success) {
      const issue = check.error.issues[0];
      throw new Error(`${file}: field ${issue?.path.join('.')}: ${issue?.message}`);
    }
    const other = seen.get(record.code);
    if (other) throw new Error(`${file}: code ${record.code} already imported from ${other}`);
    seen.set(record.code, file);
    const list = byMinistry.get(ministrySlug) ?? [];
    list.push(opts.full ? record : slim(record));
    byMinistry.set(ministrySlug, list);
  }

  fs.mkdirSync(outDir, { recursive: true });
  const written = new Set<string>();
  let bytes = 0;
  for (const [slug, list] of [...byMinistry].sort(([a], [b]) => compareCodes(a, b))) {
    list.sort((a, b) => compareCodes(a.code, b.code));
    const first = list[0];
    const file: CatalogueFile = {
      source: SOURCE,
      ministry: first?.ministry ?? slug,
      snapshot: SNAPSHOT,
      importDate: opts.importDate,
      count: list.length,
      procedures: list,
    };
    const name = `${slug}.json`;
    const text = serialise(file);
    fs.writeFileSync(path.join(outDir, name), text);
    written.add(name);
    bytes += Buffer.byteLength(text);
  }
  for (const stale of fs.readdirSync(outDir)) {
    if (stale.endsWith('.json') && !written.has(stale)) fs.rmSync(path.join(outDir, stale));
  }
  return {
    imported: records.length,
    skipped: failures.map((f) => `${f.file}: ${f.error}`),
    files: [...written].sort(),
    bytes,
  };
}

/**
 * Keeps the catalogue small (< 15 MB): procedures no province or commune body handles keep their
 * summary, fees, legal basis and portal link, but not steps/documents/conditions; provenance.omitted
 * says so, so nobody reads the empty lists as "no documents needed". --full keeps everything.
 */
function slim(record: ProcedureRecord): ProcedureRecord {
  if (record.levels.includes('commune') || record.levels.includes('province')) return record;
  const out: ProcedureRecord = { ...record, steps: [], documents: [], conditions: [] };
  delete out.documentNotes;
  out.provenance = { ...record.provenance, omitted: [...LOCAL_ONLY_FIELDS] };
  return out;
}

/** One procedure per line: compact, yet a re-import diff shows which procedures changed. */
function serialise(file: CatalogueFile): string {
  const { procedures, ...header } = file;
  const head = JSON.stringify(header).slice(0, -1);
  const lines = procedures.map((p) => JSON.stringify(p)).join(',\n');
  return `${head},"procedures":[\n${lines}\n]}\n`;
}

function main(): void {
  const args = process.argv.slice(2);
  const outIndex = args.indexOf('--out');
  const outDir = outIndex >= 0 ? path.resolve(args[outIndex + 1] ?? '') : DEFAULT_OUT_DIR;
  if (outIndex >= 0) args.splice(outIndex, 2);
  const opts = parseArgs(args, process.env);
  const summary = runImport(opts, outDir);
  for (const s of summary.skipped) console.error(`skipped ${s}`);
  console.log(`files: ${summary.files.join(', ')}`);
  console.log(`imported ${summary.imported} procedures (${summary.skipped.length} skipped) into ${outDir}, ${(summary.bytes / 1e6).toFixed(1)} MB`);
  if (summary.skipped.length > 0) process.exitCode = 1;
}

if (require.main === module) main();
