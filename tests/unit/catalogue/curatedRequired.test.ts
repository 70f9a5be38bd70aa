import { readFileSync } from 'node:fs';
import path from 'node:path';
import { loadCatalogue, type Procedure } from '../../../src/catalogue';
import { REPO_DATA_DIR } from './factories';

/** The commune procedures the catalogue issue requires to be curated. */
const REQUIRED = [
  '1.001193', '1.000656', '1.000894', '1.004873', '1.001022', '1.000689', '1.004837', '1.004859', '2.000635', '1.004884',
  '1.005461', '1.004746', '2.000986', '2.001023', '2.001263', '2.000815', '2.000884', '2.001035', '2.001019', '2.001406',
  '2.000992', '2.001008', '1.004222', '1.004194', '1.002755', '1.003197', '1.010038', '1.010041', '1.014061', '1.014063',
  '1.014064', '1.011606', '1.011607', '1.012812', '1.013978', '1.013949', '1.012783', '1.012786', '1.012787', '1.013992',
  '1.001612', '2.000720', '1.001570', '1.001266', '1.013225', '2.000528', '2.000806', '1.001776', '1.001731',
];

interface Pending {
  items: Array<{ code: string; field: string; reason: string }>;
}
const pending = JSON.parse(readFileSync(path.join(REPO_DATA_DIR, 'verification', 'pending.json'), 'utf8')) as Pending;

/**
 * Runs against the committed data/: every curated procedure (a curation entry, a curated addition
 * or a step of a life event) must tell the citizen what to bring, how long it takes and what it costs.
 */
function missingFacts(p: Procedure): string[] {
  const missing: string[] = [];
  if (p.documents.length === 0) missing.push('documents');
  if (!p.submission.some((s) => s.time !== null)) missing.push('processingTime');
  const feeKnown = p.submission.length > 0 && p.submission.every((s) => s.fee !== null && (s.fee.free === true || s.fee.amount !== undefined || s.fee.min !== undefined));
  if (p.feeStatement === undefined && !feeKnown) missing.push('fee');
  return missing;
}

describe('curated procedures in data/', () => {
  const catalogue = loadCatalogue(REPO_DATA_DIR);
  const curated = catalogue.all().filter((p) => p.curated || p.lifeEvents.length > 0);

  it('exist', () => {
    expect(curated.length).toBeGreaterThan(0);
  });

  it('include every required code, at least 60 in all', () => {
    const codes = new Set(catalogue.all().filter((p) => p.curated).map((p) => p.code));
    expect(REQUIRED.filter((c) => !codes.has(c))).toEqual([]);
    expect(codes.size).toBeGreaterThanOrEqual(60);
  });

  it('all have documents, a processing time and a fee statement, except gaps listed as pending verification', () => {
    const listed = new Set(pending.items.map((i) => `${i.code}:${i.field}`));
    const gaps = curated.flatMap((p) => missingFacts(p).map((field) => `${p.code}:${field}`));
    expect(gaps.filter((g) => !listed.has(g))).toEqual([]);
    // A gap that staff have filled must leave the pending list.
    expect([...listed].filter((l) => !gaps.includes(l))).toEqual([]);
    for (const item of pending.items) expect(item.reason.length).toBeGreaterThan(20);
  });
});
