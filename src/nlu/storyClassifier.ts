/**
 * Multinomial naive Bayes over citizens' stories (data/nlu/stories.json): which procedure's stories a
 * message's words are most like. Where the procedure index takes the single story closest to a message,
 * this pools every story of a procedure, so "bà cụ đi rồi, con cháu lên xã báo" learns from all the ways
 * citizens told a death. Features are folded syllables and bigrams, each weighted by its inverse story
 * frequency so that words every story uses ("nhà", "giờ") count for little.
 */
export class StoryClassifier {
  readonly codes: readonly string[];
  /** Per feature: its weight, and the codes whose stories use it with weight · log((count + α) / α). */
  private readonly features = new Map<string, { weight: number; codes: Int32Array; gains: Float64Array }>();
  /** Per code: log(α / (its word count + α · vocabulary)), what an unseen feature scores. */
  private readonly unseen: Float64Array;

  /**
   * @param smoothing additive smoothing (α) of word counts
   * @param temperature divides the log-odds: naive Bayes multiplies evidence as if words were independent,
   *   so its raw probabilities are far too sure of themselves
   */
  constructor(
    stories: readonly { code: string; keys: readonly string[] }[],
    smoothing: number,
    private readonly temperature: number,
  ) {
    const codes = [...new Set(stories.map((s) => s.code))].sort();
    this.codes = codes;
    const column = new Map(codes.map((c, i) => [c, i]));
    const counts = new Map<string, Map<number, number>>();
    const storyFrequency = new Map<string, number>();
    const totals = new Float64Array(codes.length);
    for (const { code, keys } of stories) {
      const c = column.get(code) as number;
      for (const key of keys) {
        let row = counts.get(key);
        if (!row) counts.set(key, (row = new Map()));
        row.set(c, (row.get(c) ?? 0) + 1);
        totals[c] = (totals[c] as number) + 1;
      }
      for (const key of new Set(keys)) storyFrequency.set(key, (storyFrequency.get(key) ?? 0) + 1);
    }
    this.unseen = totals.map((total) => Math.log(smoothing / (total + smoothing * counts.size)));
    for (const [key, row] of counts) {
      const weight = Math.log(stories.length / (storyFrequency.get(key) ?? 1));
      this.features.set(key, {
        weight,
        codes: Int32Array.from(row.keys()),
        gains: Float64Array.from(row.values(), (n) => weight * Math.log((n + smoothing) / smoothing)),
      });
    }
  }

  /**
   * Probability of each code (in `codes` order) given the message's feature keys, and how many of the keys
   * the stories know; null when none.
   */
  posterior(keys: readonly string[]): { probability: Float64Array; known: number } | null {
    const scores = new Float64Array(this.codes.length);
    let known = 0;
    let weight = 0;
    for (const key of keys) {
      const feature = this.features.get(key);
      if (!feature) continue;
      known++;
      weight += feature.weight;
      for (let k = 0; k < feature.codes.length; k++) {
        const c = feature.codes[k] as number;
        scores[c] = (scores[c] as number) + (feature.gains[k] as number);
      }
    }
    if (known === 0 || scores.length === 0) return null;
    let max = -Infinity;
    for (let c = 0; c < scores.length; c++) {
      scores[c] = (scores[c] as number) + weight * (this.unseen[c] as number);
      max = Math.max(max, scores[c] as number);
    }
    let sum = 0;
    for (let c = 0; c < scores.length; c++) {
      const e = Math.exp(((scores[c] as number) - max) / this.temperature);
      scores[c] = e;
      sum += e;
    }
    for (let c = 0; c < scores.length; c++) scores[c] = (scores[c] as number) / sum;
    return { probability: scores, known };
  }
}
