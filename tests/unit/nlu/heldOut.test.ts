import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { loadCatalogue } from '../../../src/catalogue';
import { loadTrainingData } from '../../../src/nlu';
import { heldOutTexts, sameQuestionKey } from '../../../src/nlu/nluData';
import { DATA_DIR } from './fixtures';

const NLU_DIR = path.join(DATA_DIR, 'nlu');

describe('the held-out eval set (data/nlu/eval)', () => {
  const heldOut = heldOutTexts(NLU_DIR);

  it('is read whole: every question, in the form that makes "Xin  chào" and "xin chào" the same', () => {
    expect(heldOut.size).toBeGreaterThan(300);
    expect(sameQuestionKey('  Xin \u00a0 CHÀO ')).toBe('xin chào');
    // Decomposed marks (as some keyboards send them) are the same question.
    expect(sameQuestionKey('xin cha\u0300o')).toBe('xin chào');
  });

  it('is never training material: no intent utterance, story or curated example question asks one of its questions', () => {
    const training = loadTrainingData(DATA_DIR, { intentModel: false });
    const seen: string[] = [];
    for (const utterances of training.intents.values()) seen.push(...utterances);
    for (const stories of training.stories.values()) seen.push(...stories);
    for (const p of loadCatalogue(DATA_DIR).all()) if (p.curated) seen.push(...p.exampleQuestions);
    expect(seen.length).toBeGreaterThan(10_000);
    expect(seen.filter((t) => heldOut.has(sameQuestionKey(t)))).toEqual([]);
  });

  it('is empty for a data directory without one', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'nlu-'));
    try {
      expect(heldOutTexts(dir).size).toBe(0);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
