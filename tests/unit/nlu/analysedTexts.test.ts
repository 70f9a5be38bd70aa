import fs from 'node:fs';
import path from 'node:path';
import { buildRecognizer, loadTrainingData, type NluTrainingData } from '../../../src/nlu';
import { analysedCatalogueMap, analysedStoryMap, decodeAnalysis, decodeIndexedText, encodeAnalysis, encodeIndexedText, lexiconDigest } from '../../../src/nlu/analysedTexts';
import { indexedText, ProcedureIndex } from '../../../src/nlu/procedures';
import { loadCatalogue } from '../../../src/catalogue';
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

describe('catalogue texts analysed ahead of time', () => {
  const { lexicon } = loadTrainingData(DATA_DIR, { intentModel: false });

  it.each([
    'Thủ tục đăng ký khai sinh',
    'Cấp lại Giấy chứng nhận do bị mất',
    'làm giấy ks cho con cần những gì', // a question phrase and a shorthand: dropped tokens, unaccented expansion
    'Thủ tục chấp thuận và sửa đổi, bổ sung giấy phép',
    '',
  ])('decode what was encoded: the content tokens, qualifiers and the whole text folded (%s)', (text) => {
    const indexed = indexedText(text, lexicon);
    const decoded = decodeIndexedText(encodeIndexedText(indexed.allTokens, indexed.tokens, indexed.qualifiers));
    expect(decoded.tokens).toEqual(indexed.tokens);
    expect(decoded.qualifiers).toBe(indexed.qualifiers);
    expect(decoded.folded).toBe(indexed.folded);
  });

  it('cover every text of the committed catalogue: the real build analyses none itself (else: npm run nlu:stories)', () => {
    const trainingData = loadTrainingData(DATA_DIR, { intentModel: false });
    expect(trainingData.analysedCatalogue?.size).toBeGreaterThan(4000);
    const index = new ProcedureIndex(loadCatalogue(DATA_DIR), trainingData.lexicon, trainingData.hints, new Set(), undefined, trainingData.stories, trainingData.analysedStories, trainingData.analysedCatalogue);
    expect(index.analysedAtBuild).toBe(0);
  });

  it('make the same ranking as analysing the texts while building, and a text staff add later is analysed at build', () => {
    const text = 'Thủ tục đăng ký khai sinh';
    const indexed = indexedText(text, lexicon);
    const encoded = new Map([[text, encodeIndexedText(indexed.allTokens, indexed.tokens, indexed.qualifiers)]]);
    const withFile = new ProcedureIndex(smallCatalogue(), lexicon, new Map(), new Set(), undefined, new Map(), new Map(), encoded);
    const without = new ProcedureIndex(smallCatalogue(), lexicon);
    expect(withFile.analysedAtBuild).toBe(without.analysedAtBuild - 1);
    for (const q of ['làm giấy khai sinh cho con', 'dang ky khai sinh luu dong', 'chứng thực chữ ký']) {
      expect(withFile.match(q).rawCodes).toEqual(without.match(q).rawCodes);
      expect(withFile.match(q).raw).toEqual(without.match(q).raw);
    }
  });

  it('are used only with the lexicon they were made with', () => {
    const file = { version: 1, lexiconDigest: lexiconDigest(rawLexicon), texts: { 'Thủ tục đăng ký khai sinh': '0|-thủ -tục đăng ký khai sinh' } };
    expect(analysedCatalogueMap(file, rawLexicon).size).toBe(1);
    expect(analysedCatalogueMap({ ...file, lexiconDigest: 'other' }, rawLexicon).size).toBe(0);
    expect(() => analysedCatalogueMap({ ...file, texts: { a: 1 } }, rawLexicon)).toThrow();
  });
});
