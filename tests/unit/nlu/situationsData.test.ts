import path from 'node:path';
import { loadCatalogue } from '../../../src/catalogue';
import { loadTrainingData } from '../../../src/nlu';

const DATA_DIR = path.resolve(__dirname, '../../../data');

/** data/nlu/situations.json against the committed catalogue: a typo there silently disables a rule. */
describe('data/nlu/situations.json', () => {
  const { situations } = loadTrainingData(DATA_DIR);
  const catalogue = loadCatalogue(DATA_DIR);
  const defined = new Set(Object.keys(situations.situations));

  it('compiles every pattern', () => {
    for (const patterns of Object.values(situations.situations)) for (const p of patterns) expect(() => new RegExp(p)).not.toThrow();
  });

  it('names only defined situations and curated life events in its event rules', () => {
    const lifeEvents = new Set(catalogue.lifeEvents().map((e) => e.id));
    expect(Object.keys(situations.events).filter((id) => !lifeEvents.has(id))).toEqual([]);
    expect(Object.values(situations.events).flat(2).filter((s) => !defined.has(s))).toEqual([]);
  });

  it('names only defined situations and catalogue procedures in its scenarios', () => {
    expect(situations.scenarios.length).toBeGreaterThan(0);
    expect(situations.scenarios.flatMap((s) => s.when).filter((s) => !defined.has(s))).toEqual([]);
    expect(situations.scenarios.flatMap((s) => s.procedures).filter((code) => !catalogue.get(code))).toEqual([]);
  });
});
