/** Tunable weights of procedure resolution (fitted on data/nlu/tune.jsonl, never on the eval set). */
export interface ProcedureScoring {
  readonly bigramWeight: number;
  /** Factor for a folded match whose accents differ from what the citizen typed (sổ vs số). */
  readonly accentMismatch: number;
  readonly fuzzyFactor: number;
  readonly conceptWeight: number;
  /** An everyday phrasing's catalogue wording weighs at most this many terms (syllables and bigrams). */
  readonly conceptMaxTerms: number;
  /** Share of query coverage (vs cosine) in a document's score. */
  readonly coverageShare: number;
  /**
   * The share of a document's weight the message matched, raised to this power, scales its score: a text
   * with words the citizen did not say ("... có yếu tố nước ngoài", "... lại ...") loses to the plain one.
   */
  readonly docCoverageExponent: number;
  /** The same for a citizen's story (data/nlu/stories.json). */
  readonly storyCoverageExponent: number;
  /** Factor for a text with a qualifier the message lacks, and again for each qualifier the message has that the text lacks. */
  readonly qualifierPenalty: number;
  readonly fieldWeights: { name: number; head: number; shortName: number; alias: number; hint: number; example: number; story: number; lifeEvent: number; domain: number };
  /** Weight of a life event's texts for its later procedures, relative to its first. */
  readonly lifeEventFollowing: number;
  /** Added to a procedure's score times its life-event evidence (1 for the best-supported procedure). */
  readonly lifeEventEvidence: number;
  /**
   * Added to the score of a procedure the message's words found, times the story classifier's probability for
   * it (StoryClassifier), when the message types no candidate's name.
   */
  readonly storyClassifierWeight: number;
  /** The same when the message types a candidate's name ("làm giấy khai sinh cho trẻ mới sinh"). */
  readonly storyClassifierWeightNamed: number;
  /**
   * A story is matched on its words at least this rare (idf): "đăng ký", "giấy", "nhận" in twelve thousand stories
   * made most of a parse's work and changed no ranking (half/half split and blind sets within 0.1 point).
   */
  readonly storyMinIdf: number;
  /** Additive smoothing of the story classifier's word counts, and the temperature of its probabilities. */
  readonly storyClassifier: { smoothing: number; temperature: number };
  /** Added to a procedure's score times its scenario evidence (situations.json `scenarios`; 1 for the best-supported). */
  readonly scenarioEvidence: number;
  readonly curatedPrior: number;
  readonly communePrior: number;
  /** Below this raw score nothing fits. */
  readonly minScore: number;
  /** Second candidate within this ratio of the first → ambiguous. */
  readonly ambiguityRatio: number;
  /** Logistic calibration of the raw score: 1 / (1 + e^-(a·score + b·margin + c)). */
  readonly calibration: { a: number; b: number; c: number };
}

export const DEFAULT_SCORING: ProcedureScoring = {
  bigramWeight: 1.5,
  accentMismatch: 0.6,
  fuzzyFactor: 0.8,
  conceptWeight: 1.3,
  conceptMaxTerms: 7,
  coverageShare: 0.55,
  docCoverageExponent: 0.5,
  storyCoverageExponent: 0.25,
  qualifierPenalty: 0.8,
  fieldWeights: { name: 1, head: 0.97, shortName: 1, alias: 1, hint: 0.97, example: 0.9, story: 0.9, lifeEvent: 0.7, domain: 0.3 },
  lifeEventFollowing: 0.92,
  lifeEventEvidence: 0.2,
  scenarioEvidence: 0.4,
  storyClassifierWeight: 0.5,
  storyClassifierWeightNamed: 0.25,
  storyMinIdf: 1.9,
  storyClassifier: { smoothing: 0.03, temperature: 2 },
  curatedPrior: 0.08,
  communePrior: 0.05,
  minScore: 0.3,
  ambiguityRatio: 0.93,
  calibration: { a: 9, b: 12, c: -4 },
};
