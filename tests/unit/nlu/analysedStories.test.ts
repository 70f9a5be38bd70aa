import fs from 'node:fs';
import path from 'node:path';
import { buildRecognizer, loadTrainingData, type NluTrainingData } from '../../../src/nlu';
import { analysedStoryMap, decodeAnalysis, encodeAnalysis, lexiconDigest } from '../../../src/nlu/analysedStories';
import { indexedText } from '../../../src/nlu/procedures';
import { COMMUNES, DATA_DIR, NOW, smallCatalogue } from './fixtures';

const rawLexicon = JSON.parse(fs.readFileSync(path.join(DATA_DIR, 'nlu', 'lexicon.json'), 'utf8')) as unknown;

describe('stories analysed ahead of time', () => {
  const { lexicon } = loadTrainingData(DATA_DIR, { intentModel: false });

  it.each([
    'lam giay ks cho chau noi moi sinh', // shorthand: "ks" → khai sinh, not typed with accents
    'Dạ cho em hỏi bố em mất rồi, làm giấy báo tử ở đâu ạ',
    'xin cấp lại bản sao trích lục kết hôn',
    '',
  ])('decode what was encoded: the same tokens, accent readings and qualifiers (%s)', (text) => {
    const indexed = indexedText(text, lexicon);
    const decoded = decodeAnalysis(encodeAnalysis(indexed.tokens, indexed.qualifiers));
    expect(decoded.tokens).toEqual(indexed.tokens);
    expect(decoded.qualifiers).toBe(indexed.qualifiers);
  });

  it('are used only with the lexicon they were made with, and only for the stories they were made from', () => {
    const stories = new Map([['1.001193', ['lam giay ks cho chau', 'đẻ ở nhà thì khai sinh thế nào']]]);
    const file = {
      version: 1,
      lexiconDigest: lexiconDigest(rawLexicon),
      analyses: { '1.001193': stories.get('1.001193')?.map((t) => encodeAnalysis(indexedText(t, lexicon).tokens, indexedText(t, lexicon).qualifiers)) },
    };
    expect(analysedStoryMap(file, stories, rawLexicon).size).toBe(2);
    expect(analysedStoryMap({ ...file, lexiconDigest: 'another' }, stories, rawLexicon).size).toBe(0);
    // A story added since: the code's analyses no longer line up, and the texts are analysed as the build goes.
    expect(analysedStoryMap(file, new Map([['1.001193', [...(stories.get('1.001193') ?? []), 'mới sinh con']]]), rawLexicon).size).toBe(0);
  });

  it('make the same recognizer as analysing the stories while building', () => {
    const base = loadTrainingData(DATA_DIR, { intentModel: false });
    expect(base.analysedStories?.size).toBeGreaterThan(10_000);
    const build = (trainingData: NluTrainingData) => buildRecognizer({ catalogue: smallCatalogue(), trainingData, communes: COMMUNES, province: 'tỉnh Thái Nguyên', now: () => NOW });
    const cached = build(base);
    const { analysedStories: _dropped, ...rest } = base;
    const analysed = build(rest);
    for (const text of ['bà cụ nhà em vừa đi hôm qua, con cháu lên xã báo thế nào', 'lam giay ks cho be', 'sổ đỏ bị rách muốn đổi']) {
      const a = cached.explain(text).procedureMatch;
      const b = analysed.explain(text).procedureMatch;
      expect(a.rawCodes).toEqual(b.rawCodes);
      expect(a.raw).toEqual(b.raw);
    }
  });
});
