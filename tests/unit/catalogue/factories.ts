import fs from 'node:fs';
import path from 'node:path';
import { createAgencies, type Agencies } from '../../../src/catalogue/agencies';
import type { ProcedureRecord } from '../../../src/catalogue/schema';

export const REPO_DATA_DIR = path.resolve(__dirname, '..', '..', '..', 'data');
export const FIXTURE_RAW_DIR = path.resolve(__dirname, '..', '..', 'fixtures', 'tthc', 'raw');
export const FIXTURE_BAD_DIR = path.resolve(__dirname, '..', '..', 'fixtures', 'tthc', 'bad');

export function agenciesFromRepo(): Agencies {
  const file = path.join(REPO_DATA_DIR, 'agencies', 'agencies.json');
  return createAgencies(JSON.parse(fs.readFileSync(file, 'utf8')) as unknown);
}

export function procedure(code: string, overrides: Partial<ProcedureRecord> = {}): ProcedureRecord {
  return {
    code,
    name: `Thủ tục thử ${code}`,
    domain: 'Hộ tịch',
    ministry: 'Bộ Tư pháp',
    procedureType: null,
    levels: ['commune'],
    subjects: ['Công dân Việt Nam'],
    submission: [
      { method: 'truc_tiep', time: { amount: 3, unit: 'working_days', text: '3 Ngày làm việc' }, fee: { free: true, text: 'Miễn phí' } },
      { method: 'truc_tuyen', time: null, fee: null, text: 'Trực tuyến1Miễn phí' },
    ],
    documents: [{ name: 'Tờ khai', originals: 1, copies: 0 }],
    steps: ['Nộp hồ sơ.'],
    conditions: [],
    result: null,
    legalBasis: [],
    competentAgency: null,
    decisionNumber: null,
    sourceUrl: null,
    importDate: '2026-07-20',
    provenance: { source: 'dichvucong.gov.vn' },
    ...overrides,
  };
}

/** Writes a minimal data dir (catalogue + agencies [+ curation]) into a fresh temp directory. */
export function writeDataDir(
  dir: string,
  procedures: unknown[],
  curation: Record<string, unknown> = {},
): string {
  fs.mkdirSync(path.join(dir, 'catalogue'), { recursive: true });
  fs.mkdirSync(path.join(dir, 'agencies'), { recursive: true });
  fs.writeFileSync(
    path.join(dir, 'catalogue', 'bo-tu-phap.json'),
    JSON.stringify({ source: 'test', ministry: 'Bộ Tư pháp', snapshot: 'test', importDate: '2026-07-20', count: procedures.length, procedures }),
  );
  fs.copyFileSync(path.join(REPO_DATA_DIR, 'agencies', 'agencies.json'), path.join(dir, 'agencies', 'agencies.json'));
  for (const [name, content] of Object.entries(curation)) {
    const file = path.join(dir, 'curation', name);
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, JSON.stringify(content));
  }
  return dir;
}
