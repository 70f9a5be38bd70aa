import fs from 'node:fs';
import path from 'node:path';
import { buildRecognizer, loadTrainingData, type NluTrainingData } from '../../../src/nlu';
import { IntentModel, intentModelFeatures, MODEL_INTENTS, trainIntentModel, type IntentModelFile, type IntentReading, type TrainingExample } from '../../../src/nlu/intentModel';
import { developmentDigest, INTENT_MODEL_FILE } from '../../../src/nlu/nluData';
import type { IntentLabel } from '../../../src/nlu/types';
import { COMMUNES, DATA_DIR, NOW, smallCatalogue } from './fixtures';

const NLU_DIR = path.join(DATA_DIR, 'nlu');

function example(features: Record<string, number>, label: IntentLabel): TrainingExample {
  return { features: new Map(Object.entries(features)), label };
}

/** A model file whose only weights are the given ones (zeros elsewhere). */
function modelFile(weights: Record<string, Partial<Record<IntentLabel, number>>>, classes: readonly IntentLabel[] = MODEL_INTENTS): IntentModelFile {
  return {
    version: 1,
    classes: [...classes],
    regularization: 1,
    trainedOn: { sets: [], examples: 0, digest: '' },
    weights: Object.fromEntries(Object.entries(weights).map(([name, byClass]) => [name, classes.map((c) => byClass[c] ?? 0)])),
  };
}

function recognizerWith(intentModel: IntentModel | undefined) {
  const base = loadTrainingData(DATA_DIR, { intentModel: false });
  const trainingData: NluTrainingData = { ...base, ...(intentModel ? { intentModel } : {}) };
  return buildRecognizer({ catalogue: smallCatalogue(), trainingData, communes: COMMUNES, province: 'tỉnh Thái Nguyên', now: () => NOW });
}

const READING: IntentReading = {
  intent: 'ask_procedure',
  scores: [
    { intent: 'ask_procedure', score: 0.7 },
    { intent: 'ask_location', score: 0.3 },
  ],
  cues: new Set(['ask_location']),
  tokens: ['ngan', 'hang', 'bao', 'xin', 'giay', 'o', 'dau'],
  lastClause: ['xin', 'o', 'dau'],
  clauses: 2,
  phrases: ['o dau'],
  typedAccents: false,
  told: true,
  specific: false,
  bySituation: false,
  procedure: true,
  ambiguous: false,
  candidate: true,
  topScore: 0.8,
  otherPlace: false,
  foreign: 1,
  content: 4,
  situations: ['office'],
};

describe('intent model features', () => {
  it('describe what the first stage read: its intent, scores, cues, words of the message and of its last clause, phrases and flags', () => {
    const f = intentModelFeatures(READING);
    expect(f.get('pred=ask_procedure')).toBe(1);
    expect(f.get('s:ask_location')).toBe(0.3);
    expect(f.get('cue:ask_location')).toBe(1);
    expect(f.get('L:dau')).toBe(1);
    expect(f.get('LB:o_dau')).toBe(1);
    expect(f.has('L:ngan')).toBe(false);
    expect(f.get('WB:ngan_hang')).toBe(1);
    expect(f.get('ph:last:o dau')).toBe(1);
    expect(f.get('flag:told')).toBe(1);
    expect(f.has('flag:specific')).toBe(false);
    expect(f.has('flag:life')).toBe(false);
    expect(f.get('foreignShare')).toBe(0.25);
    expect(f.get('raw0=2')).toBe(1);
    expect(f.get('len=1')).toBe(1);
    expect(intentModelFeatures({ ...READING, situations: ['death', 'office'] }).get('flag:life')).toBe(1);
  });
});

describe('trainIntentModel', () => {
  const examples = [
    ...Array.from({ length: 20 }, () => example({ bias: 1, 'L:dau': 1 }, 'ask_location')),
    ...Array.from({ length: 20 }, () => example({ bias: 1, 'L:tien': 1 }, 'ask_fee')),
    ...Array.from({ length: 20 }, () => example({ bias: 1, 'L:sao': 1 }, 'ask_procedure')),
    example({ bias: 1, 'L:once': 1 }, 'ask_time'),
  ];

  it('learns which words point to which intent, with probabilities that sum to one', () => {
    const { weights, loss } = trainIntentModel(examples);
    // Better than knowing nothing (every class equally likely) by far.
    expect(loss).toBeLessThan(0.3 * examples.length * Math.log(MODEL_INTENTS.length));
    const model = new IntentModel({ ...modelFile({}), weights });
    const p = model.probabilities(new Map([['bias', 1], ['L:dau', 1]]));
    expect(p.reduce((s, v) => s + v, 0)).toBeCloseTo(1, 10);
    expect(model.classes[p.indexOf(Math.max(...p))]).toBe('ask_location');
    const fee = model.probabilities(new Map([['bias', 1], ['L:tien', 1]]));
    expect(model.classes[fee.indexOf(Math.max(...fee))]).toBe('ask_fee');
  });

  it('shrinks weights more under stronger regularization, and leaves out rare features and tiny weights', () => {
    const largest = (w: Record<string, number[]>): number => Math.max(...Object.values(w).flat().map(Math.abs));
    expect(largest(trainIntentModel(examples, { regularization: 0.05 }).weights)).toBeLessThan(largest(trainIntentModel(examples, { regularization: 5 }).weights));
    expect(trainIntentModel(examples).weights['L:once']).toBeDefined();
    expect(trainIntentModel(examples, { minCount: 2 }).weights['L:once']).toBeUndefined();
    const pruned = trainIntentModel(examples, { prune: 100 }).weights;
    expect(Object.keys(pruned)).toHaveLength(0);
  });

  it('ignores examples labelled with an intent it does not choose among', () => {
    const { weights } = trainIntentModel([...examples, ...Array.from({ length: 30 }, () => example({ bias: 1, 'L:chao': 1 }, 'greet'))]);
    expect(weights['L:chao']).toBeUndefined();
  });
});

describe('IntentModel', () => {
  it('rejects a file whose weights do not match its classes', () => {
    const file = modelFile({ bias: { ask_fee: 1 } });
    expect(() => new IntentModel({ ...file, weights: { bias: [1, 2] } })).toThrow(/bias has 2 weights for 8 classes/);
  });

  it('revisits only the intents it chooses among', () => {
    const model = new IntentModel(modelFile({}));
    expect(model.covers('ask_location')).toBe(true);
    expect(model.covers('out_of_scope')).toBe(true);
    expect(model.covers('greet')).toBe(false);
  });
});

describe('the recognizer with an intent model', () => {
  const text = 'làm giấy khai sinh cho con thế nào';

  it('takes the model\'s choice among the procedure-asking intents and keeps the procedure', () => {
    const plain = recognizerWith(undefined).explain(text);
    expect(plain.result.intent).toBe('ask_procedure');
    const fee = recognizerWith(new IntentModel(modelFile({ 'pred=ask_procedure': { ask_fee: 10 } }))).explain(text);
    expect(fee.firstStageIntent).toBe('ask_procedure');
    expect(fee.result.intent).toBe('ask_fee');
    expect(fee.result.intents[0]?.intent).toBe('ask_fee');
    expect(fee.result.intentConfidence).toBeGreaterThan(0.5);
    expect(fee.result.procedure?.code).toBe('1.001193');
  });

  it('drops the procedure when the model finds the message out of scope, and gives one back when it finds it in scope', () => {
    const out = recognizerWith(new IntentModel(modelFile({ 'pred=ask_procedure': { out_of_scope: 10 } }))).recognize(text);
    expect(out.intent).toBe('out_of_scope');
    expect(out.procedure).toBeNull();
    expect(out.alternatives).toEqual([]);
    // A first-stage out_of_scope the model re-reads as a question: the best fit comes back, as a guess to confirm.
    const offTopic = 'xem ngày tốt để đăng ký kết hôn';
    const first = recognizerWith(undefined).explain(offTopic);
    expect(first.result.intent).toBe('out_of_scope');
    const back = recognizerWith(new IntentModel(modelFile({ 'pred=out_of_scope': { ask_procedure: 10 } }))).recognize(offTopic);
    expect(back.intent).toBe('ask_procedure');
    expect(back.procedure?.code).toBe('1.000894');
    expect(first.procedureMatch.candidates[0]?.code).toBe('1.000894');
  });

  it('leaves greetings, thanks and dossier questions to the first stage', () => {
    const model = new IntentModel(modelFile({ bias: { ask_fee: 10 } }));
    expect(recognizerWith(model).recognize('xin chào').intent).toBe('greet');
    expect(recognizerWith(model).recognize('cảm ơn ad nhiều').intent).toBe('thanks');
  });
});

describe('data/nlu/intent-model.json', () => {
  const sets = JSON.parse(fs.readFileSync(path.join(NLU_DIR, 'sets.json'), 'utf8')) as { development: string[] };
  const file = JSON.parse(fs.readFileSync(path.join(NLU_DIR, INTENT_MODEL_FILE), 'utf8')) as IntentModelFile;

  it('was trained on the development sets as they are now (npm run nlu:train after adding or relabelling one)', () => {
    expect(file.trainedOn.sets).toEqual(sets.development);
    expect(file.trainedOn.digest).toBe(developmentDigest(NLU_DIR, sets.development));
  });

  it('is what the running product loads', () => {
    const { intentModel } = loadTrainingData(DATA_DIR);
    expect(intentModel?.classes).toEqual(MODEL_INTENTS);
    expect(loadTrainingData(DATA_DIR, { intentModel: false }).intentModel).toBeUndefined();
  });
});
