import { loadCatalogue, type Procedure } from '../../../src/catalogue';
import { REPO_DATA_DIR } from './factories';

/**
 * Runs against the committed data/: every curated procedure (a curation entry, a curated addition
 * or a step of a life event) must tell the citizen what to bring, how long it takes and what it costs.
 */
function missingFacts(p: Procedure): string[] {
  const missing: string[] = [];
  if (p.documents.length === 0) missing.push('documents');
  if (!p.submission.some((s) => s.time !== null)) missing.push('processing time');
  const feeKnown = p.submission.length > 0 && p.submission.every((s) => s.fee !== null && (s.fee.free === true || s.fee.amount !== undefined || s.fee.min !== undefined));
  if (p.feeStatement === undefined && !feeKnown) missing.push('fee statement');
  return missing;
}

describe('curated procedures in data/', () => {
  const catalogue = loadCatalogue(REPO_DATA_DIR);
  const curated = catalogue.all().filter((p) => p.curated || p.lifeEvents.length > 0);

  it('exist', () => {
    expect(curated.length).toBeGreaterThan(0);
  });

  it('all have documents, a processing time and a fee statement', () => {
    const gaps = curated
      .map((p) => ({ code: p.code, name: p.shortName ?? p.name, missing: missingFacts(p) }))
      .filter((g) => g.missing.length > 0)
      .map((g) => `${g.code} (${g.name}): ${g.missing.join(', ')}`);
    expect(gaps).toEqual([]);
  });
});
