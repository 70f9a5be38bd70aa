/**
 * Reads the raw crawl (one JSON file per procedure under <rawDir>/<ministry>/<code>.json) and turns
 * it into parsed records. Shared by catalogue-import and catalogue-report.
 */
import fs from 'node:fs';
import path from 'node:path';
import { asRawRecord, MINISTRY_NAMES, parseRecord, type ParsedRecord } from './catalogue-parse';

export const DEFAULT_RAW_DIR = '/work/shared/data/tthc/raw';
/** The crawl snapshot this importer was written for; its date is the default import date. */
export const SNAPSHOT = 'chatbot-tthc/chatbot_tthc@53229487 (2026-07-20)';
export const SNAPSHOT_DATE = '2026-07-20';

export interface SourceOptions {
  rawDir: string;
  importDate: string;
  /** Keep steps/documents/conditions of ministry-only procedures too. */
  full: boolean;
}

export interface SourceRecord extends ParsedRecord {
  ministrySlug: string;
  file: string;
}

export interface SourceFailure {
  file: string;
  error: string;
}

/** CLI: `[rawDir] [--import-date YYYY-MM-DD] [--full]`; env TTHC_RAW_DIR also sets the raw directory. */
export function parseArgs(argv: readonly string[], env: NodeJS.ProcessEnv): SourceOptions {
  let rawDir = env.TTHC_RAW_DIR ?? DEFAULT_RAW_DIR;
  let importDate = SNAPSHOT_DATE;
  let full = false;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] ?? '';
    if (arg === '--import-date') importDate = argv[++i] ?? '';
    else if (arg.startsWith('--import-date=')) importDate = arg.slice('--import-date='.length);
    else if (arg === '--full') full = true;
    else if (!arg.startsWith('--')) rawDir = arg;
    else throw new Error(`unknown option ${arg}`);
  }
  if (!/^\d{4}-\d{2}-\d{2}$/.test(importDate)) throw new Error(`--import-date must be YYYY-MM-DD, got "${importDate}"`);
  return { rawDir: path.resolve(rawDir), importDate, full };
}

export function readSource(opts: SourceOptions): { records: SourceRecord[]; failures: SourceFailure[] } {
  if (!fs.existsSync(opts.rawDir)) throw new Error(`raw directory not found: ${opts.rawDir} (set TTHC_RAW_DIR)`);
  const records: SourceRecord[] = [];
  const failures: SourceFailure[] = [];
  const ministries = fs
    .readdirSync(opts.rawDir, { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .map((d) => d.name)
    .sort();
  for (const slug of ministries) {
    const dir = path.join(opts.rawDir, slug);
    const files = fs.readdirSync(dir).filter((f) => f.endsWith('.json')).sort();
    for (const name of files) {
      const file = `${slug}/${name}`;
      let json: unknown;
      try {
        json = JSON.parse(fs.readFileSync(path.join(dir, name), 'utf8'));
      } catch (err) {
        failures.push({ file, error: `invalid JSON: ${(err as Error).message}` });
        continue;
      }
      const raw = asRawRecord(json);
      if (typeof raw === 'string') {
        failures.push({ file, error: raw });
        continue;
      }
      const ministry = MINISTRY_NAMES[slug] ?? slug;
      const parsed = parseRecord(raw, { ministry, importDate: opts.importDate, snapshot: SNAPSHOT });
      records.push({ ...parsed, ministrySlug: slug, file });
    }
  }
  return { records, failures };
}
