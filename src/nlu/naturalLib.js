"use strict";
/**
 * The one typed boundary to `natural`. Only the three modules NLU uses are required: the package
 * index loads every module (over a second at start-up) and its storage modules call dotenv, which
 * reads the project's .env and prints on stdout — the JSONL CLI owns stdout.
 */
Object.defineProperty(exports, "__esModule", { value: true });
/* eslint-disable @typescript-eslint/no-require-imports */
const natural = {
    BayesClassifier: require('natural/lib/natural/classifiers/bayes_classifier'),
    AggressiveTokenizerVi: require('natural/lib/natural/tokenizers/aggressive_tokenizer_vi'),
    DamerauLevenshteinDistance: require('natural/lib/natural/distance/levenshtein_distance')
        .DamerauLevenshteinDistance,
};
/* eslint-enable @typescript-eslint/no-require-imports */
exports.default = natural;
