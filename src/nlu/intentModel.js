"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.IntentModel = exports.intentModelFileSchema = exports.MODEL_INTENTS = void 0;
exports.revisited = revisited;
exports.intentModelFeatures = intentModelFeatures;
exports.trainIntentModel = trainIntentModel;
const zod_1 = require("zod");
const types_1 = require("./types");
/** The intents the model chooses among, and the only ones whose first-stage decisions it revisits. */
exports.MODEL_INTENTS = ['ask_procedure', 'ask_documents', 'ask_fee', 'ask_time', 'ask_location', 'ask_online', 'create_dossier', 'out_of_scope'];
const MODEL_INTENT_SET = new Set(exports.MODEL_INTENTS);
/**
 * Whether the model takes a second look at a reading: every question about a procedure, and an off-topic reading only
 * when some procedure fits at all (empty, emoji-only or foreign text stays out of scope).
 */
function revisited(reading) {
    return MODEL_INTENT_SET.has(reading.intent) && (reading.intent !== 'out_of_scope' || reading.candidate);
}
/** Situations that only say the message talks to the office or about papers: no life event. */
const OFFICE_SITUATIONS = new Set(['office', 'papers']);
function bucket(value, bounds) {
    let i = 0;
    while (i < bounds.length && value >= bounds[i])
        i++;
    return i;
}
/** Sparse features of a reading, by name (the names are the model file's keys). */
function intentModelFeatures(r) {
    // Plain sets in a fixed order (the sums over the map follow it), and no closures or tuple arrays: the function runs
    // for every message and is compiled for speed; a smaller one compiles in a fraction of the time.
    const f = new Map();
    f.set('bias', 1);
    f.set(`pred=${r.intent}`, 1);
    for (const s of r.scores)
        if (MODEL_INTENT_SET.has(s.intent) && s.intent !== 'out_of_scope')
            f.set(`s:${s.intent}`, s.score);
    for (const c of r.cues)
        f.set(`cue:${c}`, 1);
    addWords(f, 'L', r.lastClause);
    addWords(f, 'W', r.tokens);
    for (const p of r.phrases)
        f.set(`ph:${p}`, 1);
    const lastPhrase = r.phrases[r.phrases.length - 1];
    if (lastPhrase !== undefined)
        f.set(`ph:last:${lastPhrase}`, 1);
    if (r.told)
        f.set('flag:told', 1);
    if (r.specific)
        f.set('flag:specific', 1);
    if (r.bySituation)
        f.set('flag:bySituation', 1);
    if (r.typedAccents)
        f.set('flag:accents', 1);
    if (r.ambiguous)
        f.set('flag:ambiguous', 1);
    if (r.procedure)
        f.set('flag:proc', 1);
    if (r.candidate)
        f.set('flag:cand', 1);
    if (r.otherPlace)
        f.set('flag:otherPlace', 1);
    if (r.situations.some((s) => !OFFICE_SITUATIONS.has(s)))
        f.set('flag:life', 1);
    f.set(`foreign=${Math.min(r.foreign, 3)}`, 1);
    if (r.content > 0)
        f.set('foreignShare', r.foreign / r.content);
    f.set(`raw0=${bucket(r.topScore, [0.3, 0.6, 1])}`, 1);
    f.set(`nclauses=${Math.min(r.clauses, 4)}`, 1);
    f.set(`len=${bucket(r.tokens.length, [6, 12, 20])}`, 1);
    return f;
}
/** Each word as `prefix:word` and each pair of neighbours as `prefixB:a_b`. */
function addWords(f, prefix, tokens) {
    for (const w of tokens)
        f.set(`${prefix}:${w}`, 1);
    for (let i = 0; i + 1 < tokens.length; i++)
        f.set(`${prefix}B:${tokens[i] ?? ''}_${tokens[i + 1] ?? ''}`, 1);
}
exports.intentModelFileSchema = zod_1.z.strictObject({
    version: zod_1.z.literal(1),
    note: zod_1.z.string().optional(),
    classes: zod_1.z.array(zod_1.z.enum(types_1.INTENT_LABELS)).min(2),
    regularization: zod_1.z.number().positive(),
    trainedOn: zod_1.z.strictObject({ sets: zod_1.z.array(zod_1.z.string()), examples: zod_1.z.number().int(), digest: zod_1.z.string() }),
    weights: zod_1.z.record(zod_1.z.string(), zod_1.z.array(zod_1.z.number())),
});
/** A trained model: one weight per class for each feature name. */
class IntentModel {
    classes;
    weights;
    /** Validates the file (data/nlu/intent-model.json as parsed): throws on a malformed one. */
    constructor(file) {
        const parsed = exports.intentModelFileSchema.parse(file);
        this.classes = parsed.classes;
        for (const [name, w] of Object.entries(parsed.weights)) {
            if (w.length !== parsed.classes.length)
                throw new Error(`intent model: feature ${name} has ${w.length} weights for ${parsed.classes.length} classes`);
        }
        this.weights = new Map(Object.entries(parsed.weights));
    }
    /** Whether the model revisits a first-stage decision for this intent. */
    covers(intent) {
        return this.classes.includes(intent);
    }
    /** Probability of each of `classes` (softmax of the summed weights). */
    probabilities(features) {
        const z = this.classes.map(() => 0);
        for (const [name, value] of features) {
            const w = this.weights.get(name);
            if (w)
                for (let k = 0; k < z.length; k++)
                    z[k] = z[k] + value * w[k];
        }
        return softmax(z);
    }
}
exports.IntentModel = IntentModel;
function softmax(z) {
    const max = Math.max(...z);
    const e = z.map((v) => Math.exp(v - max));
    const sum = e.reduce((s, v) => s + v, 0);
    return e.map((v) => v / sum);
}
/**
 * Fits the weights: multinomial logistic regression with an L2 penalty (weights² / 2C), minimised by L-BFGS.
 * Deterministic (starts from zero). Features found in fewer than `minCount` examples are not learnt; features whose
 * weights all stay below `prune` in size are left out.
 */
function trainIntentModel(examples, options = {}) {
    const classes = options.classes ?? exports.MODEL_INTENTS;
    const C = options.regularization ?? 1;
    const K = classes.length;
    const kept = examples.filter((e) => classes.includes(e.label));
    const seen = new Map();
    for (const e of kept)
        for (const name of e.features.keys())
            seen.set(name, (seen.get(name) ?? 0) + 1);
    const minCount = options.minCount ?? 1;
    const names = new Map();
    const rows = kept.map((e) => {
        const idx = [];
        const val = [];
        for (const [name, v] of e.features) {
            if ((seen.get(name) ?? 0) < minCount)
                continue;
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
    const lossAndGradient = (w, g) => {
        let loss = 0;
        for (let i = 0; i < w.length; i++) {
            loss += w[i] ** 2 / (2 * C);
            g[i] = w[i] / C;
        }
        const z = new Float64Array(K);
        for (const row of rows) {
            z.fill(0);
            for (let t = 0; t < row.idx.length; t++) {
                const base = row.idx[t] * K;
                const v = row.val[t];
                for (let k = 0; k < K; k++)
                    z[k] = z[k] + v * w[base + k];
            }
            let max = -Infinity;
            for (let k = 0; k < K; k++)
                max = Math.max(max, z[k]);
            let sum = 0;
            for (let k = 0; k < K; k++) {
                z[k] = Math.exp(z[k] - max);
                sum += z[k];
            }
            loss -= Math.log(Math.max(1e-300, z[row.y] / sum));
            for (let t = 0; t < row.idx.length; t++) {
                const base = row.idx[t] * K;
                const v = row.val[t];
                for (let k = 0; k < K; k++)
                    g[base + k] = g[base + k] + v * (z[k] / sum - (k === row.y ? 1 : 0));
            }
        }
        return loss;
    };
    const { x, value, iterations } = lbfgs(lossAndGradient, new Float64Array(D * K), options.iterations ?? 300);
    const prune = options.prune ?? 0;
    const weights = {};
    for (const [name, j] of names) {
        const w = Array.from(x.subarray(j * K, (j + 1) * K));
        if (w.some((v) => Math.abs(v) >= prune))
            weights[name] = w;
    }
    return { weights, loss: value, iterations };
}
/** Limited-memory BFGS (Nocedal & Wright, algorithm 7.4) with a backtracking Armijo line search. */
function lbfgs(f, x0, maxIterations, memory = 10) {
    const n = x0.length;
    let x = x0;
    let g = new Float64Array(n);
    let fx = f(x, g);
    const S = [];
    const Y = [];
    const dot = (a, b) => {
        let s = 0;
        for (let i = 0; i < n; i++)
            s += a[i] * b[i];
        return s;
    };
    let it = 0;
    for (; it < maxIterations; it++) {
        // Two-loop recursion: d = −H·g.
        const d = Float64Array.from(g, (v) => -v);
        const alpha = [];
        for (let k = S.length - 1; k >= 0; k--) {
            const s = S[k];
            const y = Y[k];
            const a = dot(s, d) / dot(y, s);
            alpha[k] = a;
            for (let i = 0; i < n; i++)
                d[i] = d[i] - a * y[i];
        }
        if (S.length > 0) {
            const s = S[S.length - 1];
            const y = Y[Y.length - 1];
            const gamma = dot(s, y) / dot(y, y);
            for (let i = 0; i < n; i++)
                d[i] = d[i] * gamma;
        }
        for (let k = 0; k < S.length; k++) {
            const s = S[k];
            const y = Y[k];
            const b = dot(y, d) / dot(y, s);
            for (let i = 0; i < n; i++)
                d[i] = d[i] + s[i] * (alpha[k] - b);
        }
        let slope = dot(g, d);
        if (slope >= 0) {
            // Not a descent direction: restart from the gradient.
            S.length = 0;
            Y.length = 0;
            for (let i = 0; i < n; i++)
                d[i] = -g[i];
            slope = dot(g, d);
        }
        let step = S.length === 0 ? 1 / Math.max(1, Math.sqrt(dot(g, g))) : 1;
        const xNew = new Float64Array(n);
        const gNew = new Float64Array(n);
        let fNew = fx;
        for (let tries = 0; tries < 30; tries++) {
            for (let i = 0; i < n; i++)
                xNew[i] = x[i] + step * d[i];
            fNew = f(xNew, gNew);
            if (fNew <= fx + 1e-4 * step * slope)
                break;
            step /= 2;
        }
        if (!(fNew < fx))
            break;
        const s = new Float64Array(n);
        const y = new Float64Array(n);
        for (let i = 0; i < n; i++) {
            s[i] = xNew[i] - x[i];
            y[i] = gNew[i] - g[i];
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
        if (improvement < 1e-9)
            break;
    }
    return { x, value: fx, iterations: it };
}
