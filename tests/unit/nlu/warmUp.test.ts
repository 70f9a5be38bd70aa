import fs from 'node:fs';
import path from 'node:path';
import { loadTrainingData, warmUp, warmUpTexts, type NluResult, type Recognizer } from '../../../src/nlu';
import { COMMUNES, DATA_DIR, PROCEDURES, proc, smallCatalogue, smallRecognizer } from './fixtures';

const trainingData = loadTrainingData(DATA_DIR, { intentModel: false });
const catalogue = smallCatalogue([
  ...PROCEDURES,
  proc('1.000001', 'Thủ tục thử nghiệm', 'Hộ tịch', { curated: true, exampleQuestions: ['câu hỏi mẫu về thủ tục thử nghiệm'] }),
]);

/** A recognizer that records what it parsed and takes `ms` of CPU per parse. */
function recordingRecognizer(ms = 0, fail?: (text: string) => boolean): Recognizer & { seen: string[] } {
  const seen: string[] = [];
  return {
    version: 'test',
    seen,
    recognize(text: string): NluResult {
      seen.push(text);
      if (fail?.(text)) throw new Error(`cannot parse ${text}`);
      const until = performance.now() + ms;
      while (performance.now() < until) {
        /* busy: a parse takes CPU, not time on a timer */
      }
      return { text, normalized: text, intent: 'out_of_scope', intentConfidence: 1, intents: [], procedure: null, alternatives: [], ambiguous: false, entities: {} } as unknown as NluResult;
    },
  };
}

describe('the texts the recognizer is warmed up on', () => {
  const texts = warmUpTexts(trainingData, catalogue, { size: 1500, communes: COMMUNES });

  it('hold every intent utterance and curated example question, the odd inputs channels send, and stories up to the size', () => {
    expect(texts).toHaveLength(1500);
    for (const utterances of trainingData.intents.values()) for (const u of utterances) expect(texts).toContain(u);
    expect(texts).toContain('câu hỏi mẫu về thủ tục thử nghiệm');
    expect(texts).toContain('');
    expect(texts.some((t) => t.length > 1000)).toBe(true);
    expect(texts.some((t) => t.includes('xã Định Hóa'))).toBe(true);
    const allStories = new Set([...trainingData.stories.values()].flat());
    const stories = texts.filter((t) => allStories.has(t));
    expect(stories.length).toBeGreaterThan(500);
  });

  it('spread the stories over the procedures rather than taking the first ones', () => {
    const codeOf = new Map<string, string>();
    for (const [code, stories] of trainingData.stories) for (const s of stories) codeOf.set(s, code);
    const codes = new Set(texts.map((t) => codeOf.get(t)).filter((c) => c !== undefined));
    expect(codes.size).toBeGreaterThan(trainingData.stories.size * 0.8);
  });

  it('never include an evaluation question: the benchmark measures after this warm-up', () => {
    const evalDir = path.join(DATA_DIR, 'nlu', 'eval');
    const evalTexts = fs
      .readdirSync(evalDir)
      .filter((f) => f.endsWith('.jsonl'))
      .flatMap((f) => fs.readFileSync(path.join(evalDir, f), 'utf8').split('\n'))
      .filter((l) => l.trim() !== '')
      .map((l) => (JSON.parse(l) as { text: string }).text);
    const all = new Set(warmUpTexts(trainingData, catalogue, { size: 20_000 }));
    expect(evalTexts.length).toBeGreaterThan(300);
    expect(evalTexts.filter((t) => all.has(t))).toEqual([]);
  });

  it('are cut to a smaller size, and none are asked for with size 0', () => {
    expect(warmUpTexts(trainingData, catalogue, { size: 10 })).toHaveLength(10);
    expect(warmUpTexts(trainingData, catalogue, { size: 0 })).toEqual([]);
  });
});

describe('warming up', () => {
  it('parses every text with the real recognizer without an error', async () => {
    const recognizer = smallRecognizer();
    const texts = warmUpTexts(trainingData, smallCatalogue(), { size: 120, communes: COMMUNES });
    const parsed: string[] = [];
    const report = await warmUp(
      () => ({
        version: recognizer.version,
        recognize: (text: string) => {
          parsed.push(text);
          return recognizer.recognize(text);
        },
      }),
      texts,
    );
    expect(report.parsed).toBe(120);
    expect(parsed).toEqual(texts);
  });

  it('gives the event loop back between slices, so that messages are served while it runs', async () => {
    const recognizer = recordingRecognizer(2);
    const texts = Array.from({ length: 40 }, (_, i) => `câu ${i}`);
    let servedAfter = -1;
    // A message arriving just after the warm-up starts: served after one slice (10 ms, about 5 parses), not after all 40.
    setImmediate(() => (servedAfter = recognizer.seen.length));
    const report = await warmUp(() => recognizer, texts, { sliceMs: 10 });
    expect(report.parsed).toBe(40);
    expect(servedAfter).toBeGreaterThan(0);
    expect(servedAfter).toBeLessThan(20);
  });

  it('stops when its signal aborts (the server is shutting down)', async () => {
    const recognizer = recordingRecognizer(1);
    const stop = new AbortController();
    setImmediate(() => stop.abort());
    const report = await warmUp(() => recognizer, Array.from({ length: 500 }, (_, i) => `câu ${i}`), { sliceMs: 5, signal: stop.signal });
    expect(report.parsed).toBeLessThan(500);
    expect(recognizer.seen).toHaveLength(report.parsed);
  });

  it('skips a text whose parse throws and goes on', async () => {
    const recognizer = recordingRecognizer(0, (t) => t === 'hỏng');
    const report = await warmUp(() => recognizer, ['một', 'hỏng', 'hai']);
    expect(report.parsed).toBe(3);
    expect(recognizer.seen).toEqual(['một', 'hỏng', 'hai']);
  });

  it('parses with whichever recognizer is live: a reload during the warm-up is warmed too', async () => {
    const first = recordingRecognizer(2);
    const second = recordingRecognizer(2);
    let live: Recognizer = first;
    setImmediate(() => (live = second));
    await warmUp(() => live, Array.from({ length: 30 }, (_, i) => `câu ${i}`), { sliceMs: 10 });
    expect(first.seen.length).toBeGreaterThan(0);
    expect(second.seen.length).toBeGreaterThan(0);
    expect(first.seen.length + second.seen.length).toBe(30);
  });
});
