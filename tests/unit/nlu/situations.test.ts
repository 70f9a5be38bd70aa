import { analyze } from '../../../src/nlu/analyze';
import { loadLexicon } from '../../../src/nlu/lexicon';
import { questionPhraseMask } from '../../../src/nlu/queryTerms';
import { SituationReader, type SituationsFile } from '../../../src/nlu/situations';
import type { NluLifeEvent } from '../../../src/nlu';
import path from 'node:path';

const lexicon = loadLexicon(path.resolve(__dirname, '../../../data'));

const LIFE_EVENTS: NluLifeEvent[] = [
  { id: 'death', name: 'Nhà có người mất', aliases: [], procedures: ['DEATH-1', 'DEATH-2', 'SPLIT'] },
  { id: 'inheritance', name: 'Thừa kế', aliases: [], procedures: ['WILL', 'SPLIT'] },
  { id: 'wedding', name: 'Kết hôn', aliases: [], procedures: ['MARRY'] },
];

const FILE: SituationsFile = {
  version: 1,
  situations: { died: ['\\bmat\\b'], land: ['\\bdat\\b'], wedding: ['\\bcuoi\\b'] },
  events: { death: [['died']], inheritance: [['died', 'land']], wedding: [['wedding']], unknown: [['died']] },
  scenarios: [
    { when: ['died', 'land'], procedures: ['SPLIT', 'DEATH-1'], weight: 1 },
    { when: ['wedding', 'nowhere'], procedures: ['MARRY'], weight: 1 },
    { when: ['wedding'], procedures: ['MARRY'], weight: 0.4 },
  ],
};

function read(text: string) {
  const reader = new SituationReader(FILE, LIFE_EVENTS, new Map([['cuoi', new Set(['cưới'])]]));
  const tokens = analyze(text, lexicon).tokens;
  return reader.read(tokens, questionPhraseMask(tokens, lexicon));
}

describe('SituationReader', () => {
  it('maps a situation to its life event, first procedure strongest', () => {
    const r = read('bố tôi mất');
    expect(r.events).toEqual(['death']);
    expect(r.procedures.get('DEATH-1')).toBe(1);
    expect(r.procedures.get('DEATH-2')).toBeLessThan(1);
  });

  it('prefers the procedure two evoked life events share', () => {
    const r = read('chồng tôi mất, mảnh đất đứng tên anh ấy');
    expect(r.events).toEqual(expect.arrayContaining(['death', 'inheritance']));
    const best = [...r.procedures.entries()].sort((a, b) => b[1] - a[1])[0];
    expect(best?.[0]).toBe('SPLIT');
  });

  it('ignores life events missing from the catalogue', () => {
    expect(read('bố tôi mất').events).not.toContain('unknown');
  });

  it('does not read an accented homograph as the situation word', () => {
    expect(read('cuối tuần này').events).toEqual([]);
    expect(read('tháng sau cưới').events).toEqual(['wedding']);
    expect(read('thang sau cuoi').events).toEqual(['wedding']);
  });

  it('keeps scenario evidence apart from life-event evidence, in the scenario\'s order', () => {
    const r = read('bố tôi mất, để lại mảnh đất');
    expect(r.scenarioProcedures.get('SPLIT')).toBe(1);
    expect(r.scenarioProcedures.get('DEATH-1')).toBeLessThan(1);
    expect(r.events).not.toContain(expect.stringContaining('scenario'));
    // One situation of the two is not enough.
    expect(read('bố tôi mất').scenarioProcedures.size).toBe(0);
  });

  it('ignores a scenario naming a situation the file does not define, and keeps a fallback scenario\'s weight', () => {
    // Only the one-situation fallback applies, at its own weight (not raised to 1).
    expect(read('tháng sau cưới').scenarioProcedures.get('MARRY')).toBeCloseTo(0.4);
  });

  it('ignores question phrases such as "mất bao lâu"', () => {
    expect(read('làm mất bao lâu').procedures.size).toBe(0);
  });
});
