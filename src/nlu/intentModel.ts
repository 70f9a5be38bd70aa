import { z } from 'zod';
import { INTENT_LABELS, type IntentLabel } from './types';

/**
 * The second look at a question about a procedure: a multinomial logistic regression, trained on the labelled
 * development sets (`npm run nlu:train`, data/nlu/intent-model.json), that re-decides among the intents asking about
 * a procedure and out_of_scope from what the first stage read (its intent, scores and cues, the procedure match, the
 * words of the message and of its last clause, the question phrases). The first stage's rules fit each phrasing
 * alone; how citizens end a story ("... xin ở đâu" after a story asks what to do, "ra xã làm được không" where to go)
 * and where off-topic ends is learnt better from thousands of labelled questions than written as rules.
 */

/** What the first stage read of a message: the model's input. */
export interface IntentReading {
  /** The first stage's intent (decideIntent). */
  readonly intent: IntentLabel;
  readonly scores: readonly { readonly intent: IntentLabel; readonly score: number }[];
  readonly cues: ReadonlySet<IntentLabel>;
  /** Folded syllables of the whole message and of its last clause (after the last comma, full stop or question mark). */
  readonly tokens: readonly string[];
  readonly lastClause: readonly string[];
  readonly clauses: number;
  /** Question phrases found ("can giay to gi", "o dau"), folded, in order. */
  readonly phrases: readonly string[];
  readonly typedAccents: boolean;
  /** The procedure match: the story classifier was sure, a specific word matched, only life events matched. */
  readonly told: boolean;
  readonly specific: boolean;
  readonly bySituation: boolean;
  /** The first stage reported a procedure (and took it as ambiguous); the match found any candidate at all. */
  readonly procedure: boolean;
  readonly ambiguous: boolean;
  readonly candidate: boolean;
  /** Raw score of the first candidate. */
  readonly topScore: number;
  readonly otherPlace: boolean;
  /** Content syllables foreign to the office, and all content syllables. */
  readonly foreign: number;
  readonly content: number;
  /** Everyday situations read in the message (situations.json ids). */
  readonly situations: readonly string[];
}

/** The intents the model chooses among, and the only ones whose first-stage decisions it revisits. */
export const MODEL_INTENTS: readonly IntentLabel[] = ['ask_procedure', 'ask_documents', 'ask_fee', 'ask_time', 'ask_location', 'ask_online', 'create_dossier', 'out_of_scope'];
const MODEL_INTENT_SET: ReadonlySet<IntentLabel> = new Set(MODEL_INTENTS);

/**
 * Whether the model takes a second look at a reading: every question about a procedure, and an off-topic reading only
 * when some procedure fits at all (empty, emoji-only or foreign text stays out of scope).
 */
export function revisited(reading: IntentReading): boolean {
  return MODEL_INTENT_SET.has(reading.intent) && (reading.intent !== 'out_of_scope' || reading.candidate);
}

/** Situations that only say the message talks to the office or about papers: no life event. */
const OFFICE_SITUATIONS: ReadonlySet<string> = new Set(['office', 'papers']);

function bucket(value: number, bounds: readonly number[]): number {
  let i = 0;
  while (i < bounds.length && value >= (bounds[i] as number)) i++;
  return i;
}

/** Sparse features of a reading, by name (the names are the model file's keys). */
export function intentModelFeatures(r: IntentReading): Map<string, number> {
  // Plain sets in a fixed order (the sums over the map follow it), and no closures or tuple arrays: the function runs
  // for every message and is compiled for speed; a smaller one compiles in a fraction of the time.
  const f = new Map<string, number>();
  f.set('bias', 1);
  f.set(`pred=${r.intent}`, 1);
  for (const s of r.scores) if (MODEL_INTENT_SET.has(s.intent) && s.intent !== 'out_of_scope') f.set(`s:${s.intent}`, s.score);
  for (const c of r.cues) f.set(`cue:${c}`, 1);
  addWords(f, 'L', r.lastClause);
  addWords(f, 'W', r.tokens);
  for (const p of r.phrases) f.set(`ph:${p}`, 1);
  const lastPhrase = r.phrases[r.phrases.length - 1];
  if (lastPhrase !== undefined) f.set(`ph:last:${lastPhrase}`, 1);
  if (r.told) f.set('flag:told', 1);
  if (r.specific) f.set('flag:specific', 1);
  if (r.bySituation) f.set('flag:bySituation', 1);
  if (r.typedAccents) f.set('flag:accents', 1);
  if (r.ambiguous) f.set('flag:ambiguous', 1);
  if (r.procedure) f.set('flag:proc', 1);
  if (r.candidate) f.set('flag:cand', 1);
  if (r.otherPlace) f.set('flag:otherPlace', 1);
  if (r.situations.some((s) => !OFFICE_SITUATIONS.has(s))) f.set('flag:life', 1);
  f.set(`foreign=${Math.min(r.foreign, 3)}`, 1);
  if (r.content > 0) f.set('foreignShare', r.foreign / r.content);
  f.set(`raw0=${bucket(r.topScore, [0.3, 0.6, 1])}`, 1);
  f.set(`nclauses=${Math.min(r.clauses, 4)}`, 1);
  f.set(`len=${bucket(r.tokens.length, [6, 12, 20])}`, 1);
  return f;
}

/** Each word as `prefix:word` and each pair of neighbours as `prefixB:a_b`. */
function addWords(f: Map<string, number>, prefix: string, tokens: readonly string[]): void {
  for (const w of tokens) f.set(`${prefix}:${w}`, 1);
  for (let i = 0; i + 1 < tokens.length; i++) f.set(`${prefix}B:${tokens[i] ?? ''}_${tokens[i + 1] ?? ''}`, 1);
}

export const intentModelFileSchema = z.strictObject({
  version: z.literal(1),
  note: z.string().optional(),
  classes: z.array(z.enum(INTENT_LABELS)).min(2),
  regularization: z.number().positive(),
  trainedOn: z.strictObject({ sets: z.array(z.string()), examples: z.number().int(), digest: z.string() }),
  weights: z.record(z.string(), z.array(z.number())),
});
export type IntentModelFile = z.infer<typeof intentModelFileSchema>;

/** A trained model: one weight per class for each feature name. */
export class IntentModel {
  readonly classes: readonly IntentLabel[];
  private readonly weights: ReadonlyMap<string, readonly number[]>;

  /** Validates the file (data/nlu/intent-model.json as parsed): throws on a malformed one. */
  constructor(file: unknown) {
    const parsed = intentModelFileSchema.parse(file);
    this.classes = parsed.classes;
    for (const [name, w] of Object.entries(parsed.weights)) {
      if (w.length !== parsed.classes.length) throw new Error(`intent model: feature ${name} has ${w.length} weights for ${parsed.classes.length} classes`);
    }
    this.weights = new Map(Object.entries(parsed.weights));
  }

  /** Whether the model revisits a first-stage decision for this intent. */
  covers(intent: IntentLabel): boolean {
    return this.classes.includes(intent);
  }

  /** Probability of each of `classes` (softmax of the summed weights). */
  probabilities(features: ReadonlyMap<string, number>): number[] {
    const z = this.classes.map(() => 0);
    for (const [name, value] of features) {
      const w = this.weights.get(name);
      if (w) for (let k = 0; k < z.length; k++) z[k] = (z[k] as number) + value * (w[k] as number);
    }
    return softmax(z);
  }
}

function softmax(z: number[]): number[] {
  const max = Math.max(...z);
  const e = z.map((v) => Math.exp(v - max));
  const sum = e.reduce((s, v) => s + v, 0);
  return e.map((v) => v / sum);
}

export interface TrainingExample {
  readonly features: ReadonlyMap<string, number>;
  readonly label: IntentLabel;
}

/**
 * Fits the weights: multinomial logistic regression with an L2 penalty (weights² / 2C), minimised by L-BFGS.
 * Deterministic (starts from zero). Features found in fewer than `minCount` examples are not learnt; features whose
 * weights all stay below `prune` in size are left out.
 */
export function trainIntentModel(
  examples: readonly TrainingExample[],
  options: { classes?: readonly IntentLabel[]; regularization?: number; iterations?: number; prune?: number; minCount?: number } = {},
): { weights: Record<string, number[]>; loss: number; iterations: number } {
  const classes = options.classes ?? MODEL_INTENTS;
  const C = options.regularization ?? 1;
  const K = classes.length;
  const kept = examples.filter((e) => classes.includes(e.label));
  const seen = new Map<string, number>();
  for (const e of kept) for (const name of e.features.keys()) seen.set(name, (seen.get(name) ?? 0) + 1);
  const minCount = options.minCount ?? 1;
  const names = new Map<string, number>();
  const rows = kept.map((e) => {
    const idx: number[] = [];
    const val: number[] = [];
    for (const [name, v] of e.features) {
      if ((seen.get(name) ?? 0) < minCount) continue;
      let j = names.get(name);
      if (j === undefined) {
        j = names.size;
        names.set(name, j);
      }
      idx.push(j);
      val.push(v);
    }
    return { idx, val, y: classes.indexOf(e.label) };
  });
  const D = names.size;
  const lossAndGradient = (w: Float64Array, g: Float64Array): number => {
    let loss = 0;
    for (let i = 0; i < w.length; i++) {
      loss += (w[i] as number) ** 2 / (2 * C);
      g[i] = (w[i] as number) / C;
    }
    const z = new Float64Array(K);
    for (const row of rows) {
      z.fill(0);
      for (let t = 0; t < row.idx.length; t++) {
        const base = (row.idx[t] as number) * K;
        const v = row.val[t] as number;
        for (let k = 0; k < K; k++) z[k] = (z[k] as number) + v * (w[base + k] as number);
      }
      let max = -Infinity;
      for (let k = 0; k < K; k++) max = Math.max(max, z[k] as number);
      let sum = 0;
      for (let k = 0; k < K; k++) {
        z[k] = Math.exp((z[k] as number) - max);
        sum += z[k] as number;
      }
      loss -= Math.log(Math.max(1e-300, (z[row.y] as number) / sum));
      for (let t = 0; t < row.idx.length; t++) {
        const base = (row.idx[t] as number) * K;
        const v = row.val[t] as number;
        for (let k = 0; k < K; k++) g[base + k] = (g[base + k] as number) + v * ((z[k] as number) / sum - (k === row.y ? 1 : 0));
      }
    }
    return loss;
  };
  const { x, value, iterations } = lbfgs(lossAndGradient, new Float64Array(D * K), options.iterations ?? 300);
  const prune = options.prune ?? 0;
  const weights: Record<string, number[]> = {};
  for (const [name, j] of names) {
    const w = Array.from(x.subarray(j * K, (j + 1) * K));
    if (w.some((v) => Math.abs(v) >= prune)) weights[name] = w;
  }
  return { weights, loss: value, iterations };
}

/** Limited-memory BFGS (Nocedal & Wright, algorithm 7.4) with a backtracking Armijo line search. */
function lbfgs(f: (x: Float64Array, g: Float64Array) => number, x0: Float64Array, maxIterations: number, memory = 10): { x: Float64Array; value: number; iterations: number } {
  const n = x0.length;
  let x = x0;
  let g = new Float64Array(n);
  let fx = f(x, g);
  const S: Float64Array[] = [];
  const Y: Float64Array[] = [];
  const dot = (a: Float64Array, b: Float64Array): number => {
    let s = 0;
    for (let i = 0; i < n; i++) s += (a[i] as number) * (b[i] as number);
    return s;
  };
  let it = 0;
  for (; it < maxIterations; it++) {
    // Two-loop recursion: d = −H·g.
    const d = Float64Array.from(g, (v) => -v);
    const alpha: number[] = [];
    for (let k = S.length - 1; k >= 0; k--) {
      const s = S[k] as Float64Array;
      const y = Y[k] as Float64Array;
      const a = dot(s, d) / dot(y, s);
      alpha[k] = a;
      for (let i = 0; i < n; i++) d[i] = (d[i] as number) - a * (y[i] as number);
    }
    if (S.length > 0) {
      const s = S[S.length - 1] as Float64Array;
      const y = Y[Y.length - 1] as Float64Array;
      const gamma = dot(s, y) / dot(y, y);
      for (let i = 0; i < n; i++) d[i] = (d[i] as number) * gamma;
    }
    for (let k = 0; k < S.length; k++) {
      const s = S[k] as Float64Array;
      const y = Y[k] as Float64Array;
      const b = dot(y, d) / dot(y, s);
      for (let i = 0; i < n; i++) d[i] = (d[i] as number) + (s[i] as number) * ((alpha[k] as number) - b);
    }
    let slope = dot(g, d);
    if (slope >= 0) {
      // Not a descent direction: restart from the gradient.
      S.length = 0;
      Y.length = 0;
      for (let i = 0; i < n; i++) d[i] = -(g[i] as number);
      slope = dot(g, d);
    }
    let step = S.length === 0 ? 1 / Math.max(1, Math.sqrt(dot(g, g))) : 1;
    const xNew = new Float64Array(n);
    const gNew = new Float64Array(n);
    let fNew = fx;
    for (let tries = 0; tries < 30; tries++) {
      for (let i = 0; i < n; i++) xNew[i] = (x[i] as number) + step * (d[i] as number);
      fNew = f(xNew, gNew);
      if (fNew <= fx + 1e-4 * step * slope) break;
      step /= 2;
    }
    if (!(fNew < fx)) break;
    const s = new Float64Array(n);
    const y = new Float64Array(n);
    for (let i = 0; i < n; i++) {
      s[i] = (xNew[i] as number) - (x[i] as number);
      y[i] = (gNew[i] as number) - (g[i] as number);
    }
    const improvement = (fx - fNew) / Math.max(1, Math.abs(fx));
    x = xNew;
    g = gNew;
    fx = fNew;
    if (dot(s, y) > 1e-12) {
      S.push(s);
      Y.push(y);
      if (S.length > memory) {
        S.shift();
        Y.shift();
      }
    }
    if (improvement < 1e-9) break;
  }
  return { x, value: fx, iterations: it };
}
