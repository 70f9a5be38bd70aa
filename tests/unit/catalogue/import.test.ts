import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { runImport } from '../../../scripts/catalogue-import';
import { parseArgs, readSource, SNAPSHOT_DATE } from '../../../scripts/catalogue-source';
import { catalogueFileSchema } from '../../../src/catalogue/schema';
import { FIXTURE_BAD_DIR, FIXTURE_RAW_DIR } from './factories';

function readDir(dir: string): Record<string, string> {
  return Object.fromEntries(fs.readdirSync(dir).sort().map((f) => [f, fs.readFileSync(path.join(dir, f), 'utf8')]));
}

describe('catalogue import', () => {
  let out: string;
  beforeEach(() => {
    out = fs.mkdtempSync(path.join(os.tmpdir(), 'catalogue-import-'));
  });
  afterEach(() => fs.rmSync(out, { recursive: true, force: true }));

  it('is deterministic: a second run writes byte-identical files', () => {
    const opts = { rawDir: FIXTURE_RAW_DIR, importDate: SNAPSHOT_DATE, full: false };
    runImport(opts, out);
    const first = readDir(out);
    runImport(opts, out);
    expect(readDir(out)).toEqual(first);
    expect(Object.keys(first)).toEqual(['bo-tu-phap.json', 'bo-xay-dung.json']);
  });

  it('writes one file per ministry, sorted by code, without raw_text, with the given import date', () => {
    runImport({ rawDir: FIXTURE_RAW_DIR, importDate: '2026-08-01', full: true }, out);
    const file = catalogueFileSchema.parse(JSON.parse(fs.readFileSync(path.join(out, 'bo-tu-phap.json'), 'utf8')));
    const codes = file.procedures.map((p) => (p as { code: string }).code);
    expect(codes).toEqual(['9.900001', '9.900002']);
    expect(file.importDate).toBe('2026-08-01');
    expect(JSON.stringify(file)).not.toContain('raw_text');
  });

  it('keeps only the summary of procedures no local body handles and says so', () => {
    runImport({ rawDir: FIXTURE_RAW_DIR, importDate: SNAPSHOT_DATE, full: false }, out);
    const file = catalogueFileSchema.parse(JSON.parse(fs.readFileSync(path.join(out, 'bo-xay-dung.json'), 'utf8')));
    expect(file.procedures[0]).toMatchObject({ code: '9.900003', steps: [], provenance: { omitted: expect.arrayContaining(['steps', 'documents']) } });
  });

  it('removes stale ministry files from the output directory', () => {
    fs.writeFileSync(path.join(out, 'old-ministry.json'), '{}');
    runImport({ rawDir: FIXTURE_RAW_DIR, importDate: SNAPSHOT_DATE, full: false }, out);
    expect(fs.existsSync(path.join(out, 'old-ministry.json'))).toBe(false);
  });

  it('skips and reports unreadable raw files instead of importing half a record', () => {
    const { records, failures } = readSource({ rawDir: FIXTURE_BAD_DIR, importDate: SNAPSHOT_DATE, full: false });
    expect(records).toEqual([]);
    expect(failures.map((f) => f.file)).toEqual(['bo-tu-phap/9.900009.json', 'bo-tu-phap/9.900010.json']);
    expect(failures[0]?.error).toContain('cach_thuc_thuc_hien');
  });

  it('takes the raw directory from the CLI or TTHC_RAW_DIR and never the clock for the date', () => {
    expect(parseArgs([], { TTHC_RAW_DIR: '/x/raw' })).toEqual({ rawDir: '/x/raw', importDate: SNAPSHOT_DATE, full: false });
    expect(parseArgs(['/y', '--import-date', '2026-01-02'], { TTHC_RAW_DIR: '/x' })).toMatchObject({ rawDir: '/y', importDate: '2026-01-02' });
    expect(() => parseArgs(['--import-date', 'today'], {})).toThrow(/YYYY-MM-DD/);
  });
});
