"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.DEFAULT_SCORING = void 0;
exports.DEFAULT_SCORING = {
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
