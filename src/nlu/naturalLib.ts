/**
 * The one typed boundary to `natural`. Only the three modules NLU uses are required: the package
 * index loads every module (over a second at start-up) and its storage modules call dotenv, which
 * reads the project's .env and prints on stdout — the JSONL CLI owns stdout.
 */

/** What BayesClassifier needs from a stemmer: our Vietnamese tokenizer + folding, never Porter. */
export interface StemmerLike {
  tokenizeAndStem(text: string, keepStops?: boolean): string[];
  stem(token: string): string;
}

export interface BayesClassifierLike {
  addDocument(text: string | string[], label: string): void;
  train(): void;
  getClassifications(observation: string | string[]): { label: string; value: number }[];
  /** The features seen in training; their enumeration order is their index in the model's vectors. */
  readonly features: Readonly<Record<string, number>>;
  /**
   * The trained model (natural's apparatus BayesClassifier). Given an object whose values are feature indices
   * (its sparse form), it scores exactly as the dense 0/1 vector over every feature would.
   */
  readonly classifier: { getClassifications(sparse: Readonly<Record<string, number>>): { label: string; value: number }[] };
}

interface NaturalSubset {
  BayesClassifier: new (stemmer?: StemmerLike, smoothing?: number) => BayesClassifierLike;
  AggressiveTokenizerVi: new () => { tokenize(text: string): string[] };
  DamerauLevenshteinDistance(a: string, b: string, options?: { transposition_cost?: number }): number;
}

/* eslint-disable @typescript-eslint/no-require-imports */
const natural: NaturalSubset = {
  BayesClassifier: require('natural/lib/natural/classifiers/bayes_classifier') as NaturalSubset['BayesClassifier'],
  AggressiveTokenizerVi: require('natural/lib/natural/tokenizers/aggressive_tokenizer_vi') as NaturalSubset['AggressiveTokenizerVi'],
  DamerauLevenshteinDistance: (require('natural/lib/natural/distance/levenshtein_distance') as Pick<NaturalSubset, 'DamerauLevenshteinDistance'>)
    .DamerauLevenshteinDistance,
};
/* eslint-enable @typescript-eslint/no-require-imports */

export default natural;
