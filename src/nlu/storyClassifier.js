"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.StoryClassifier = void 0;
/**
 * Multinomial naive Bayes over citizens' stories (data/nlu/stories.json): which procedure's stories a
 * message's words are most like. Where the procedure index takes the single story closest to a message,
 * this pools every story of a procedure, so "bà cụ đi rồi, con cháu lên xã báo" learns from all the ways
 * citizens told a death. Features are folded syllables and bigrams, each weighted by its inverse story
 * frequency so that words every story uses ("nhà", "giờ") count for little.
 */
class StoryClassifier {
    temperature;
    codes;
    /** Feature (folded syllable or bigram) → its number. */
    featureOf;
    /** Per feature: its inverse story frequency. */
    weights;
    /**
     * Per feature f, entries start[f] to start[f + 1] of `columns` and `gains`: the codes whose stories use it, with
     * weight · log((count + α) / α). Flat arrays: a Map and two typed arrays per feature kept 15 MB alive.
     */
    start;
    columns;
    gains;
    /** Per code: log(α / (its word count + α · vocabulary)), what an unseen feature scores. */
    unseen;
    /**
     * @param smoothing additive smoothing (α) of word counts
     * @param temperature divides the log-odds: naive Bayes multiplies evidence as if words were independent,
     *   so its raw probabilities are far too sure of themselves
     */
    constructor(stories, smoothing, temperature) {
        this.temperature = temperature;
        const codes = [...new Set(stories.map((s) => s.code))].sort();
        this.codes = codes;
        const width = codes.length;
        const column = new Map(codes.map((c, i) => [c, i]));
        const featureOf = new Map();
        const storyFrequency = [];
        const lastStory = [];
        /** feature · width + column → how often the column's stories use the feature. */
        const counts = new Map();
        const totals = new Float64Array(width);
        stories.forEach(({ code, keys }, story) => {
            const c = column.get(code);
            for (const key of keys) {
                let f = featureOf.get(key);
                if (f === undefined) {
                    f = storyFrequency.length;
                    featureOf.set(key, f);
                    storyFrequency.push(0);
                    lastStory.push(-1);
                }
                const pair = f * width + c;
                counts.set(pair, (counts.get(pair) ?? 0) + 1);
                totals[c] = totals[c] + 1;
                if (lastStory[f] !== story) {
                    lastStory[f] = story;
                    storyFrequency[f] = storyFrequency[f] + 1;
                }
            }
        });
        this.featureOf = featureOf;
        this.unseen = totals.map((total) => Math.log(smoothing / (total + smoothing * featureOf.size)));
        this.weights = Float64Array.from(storyFrequency, (n) => Math.log(stories.length / n));
        const pairs = Int32Array.from(counts.keys()).sort();
        this.start = new Int32Array(featureOf.size + 1);
        this.columns = new Int32Array(pairs.length);
        this.gains = new Float64Array(pairs.length);
        for (const pair of pairs) {
            const next = Math.floor(pair / width) + 1;
            this.start[next] = this.start[next] + 1;
        }
        for (let f = 0; f < featureOf.size; f++)
            this.start[f + 1] = this.start[f + 1] + this.start[f];
        pairs.forEach((pair, k) => {
            const f = Math.floor(pair / width);
            this.columns[k] = pair - f * width;
            this.gains[k] = this.weights[f] * Math.log((counts.get(pair) + smoothing) / smoothing);
        });
    }
    /**
     * Probability of each code (in `codes` order) given the message's feature keys, and how many of the keys
     * the stories know; null when none.
     */
    posterior(keys) {
        const scores = new Float64Array(this.codes.length);
        let known = 0;
        let weight = 0;
        const { featureOf, weights, start, columns, gains } = this;
        for (const key of keys) {
            const f = featureOf.get(key);
            if (f === undefined)
                continue;
            known++;
            weight += weights[f];
            for (let k = start[f]; k < start[f + 1]; k++) {
                const c = columns[k];
                scores[c] = scores[c] + gains[k];
            }
        }
        if (known === 0 || scores.length === 0)
            return null;
        let max = -Infinity;
        for (let c = 0; c < scores.length; c++) {
            scores[c] = scores[c] + weight * this.unseen[c];
            max = Math.max(max, scores[c]);
        }
        let sum = 0;
        for (let c = 0; c < scores.length; c++) {
            const e = Math.exp((scores[c] - max) / this.temperature);
            scores[c] = e;
            sum += e;
        }
        for (let c = 0; c < scores.length; c++)
            scores[c] = scores[c] / sum;
        return { probability: scores, known };
    }
}
exports.StoryClassifier = StoryClassifier;
