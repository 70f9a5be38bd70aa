"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.analyze = analyze;
const normalize_1 = require("./normalize");
const shorthand_1 = require("./shorthand");
const syllables_1 = require("./syllables");
const tokens_1 = require("./tokens");
function analyze(text, lexicon, contextWords = []) {
    const normalized = (0, normalize_1.normalizeText)(text);
    // Telex typed with the input method off and syllables run together are repaired; short forms are the lexicon's.
    const words = (0, tokens_1.syllables)(normalized).flatMap((w) => (lexicon.shorthand.has(w) || lexicon.ambiguous.has(w) ? [w] : (0, syllables_1.repairWord)(w)));
    const tokens = (0, shorthand_1.expandShorthand)(words, lexicon, contextWords);
    return {
        normalized: tokens.map((t) => t.surface).join(' '),
        tokens,
        folded: tokens.map((t) => t.folded).join(' '),
        typedAccents: (0, normalize_1.hasDiacritics)(normalized),
    };
}
