"use strict";
var __importDefault = (this && this.__importDefault) || function (mod) {
    return (mod && mod.__esModule) ? mod : { "default": mod };
};
Object.defineProperty(exports, "__esModule", { value: true });
exports.syllables = syllables;
exports.makeToken = makeToken;
exports.bigrams = bigrams;
const naturalLib_1 = __importDefault(require("./naturalLib"));
const fold_1 = require("./fold");
const tokenizer = new naturalLib_1.default.AggressiveTokenizerVi();
const NUMBER_UNIT = /^(\d+)(\p{L}+)$/u;
/** Splits normalized text into syllables with natural's Vietnamese tokenizer; "14t" → "14", "t". */
function syllables(normalized) {
    if (normalized === '')
        return [];
    const out = [];
    for (const word of tokenizer.tokenize(normalized)) {
        const m = NUMBER_UNIT.exec(word);
        if (m && m[1] && m[2])
            out.push(m[1], m[2]);
        else if (word !== '')
            out.push(word);
    }
    return out;
}
function makeToken(surface, accented = (0, fold_1.hasDiacriticsWord)(surface)) {
    return { surface, folded: (0, fold_1.foldWord)(surface), accented };
}
/** Adjacent pairs joined by "_" ("khai_sinh"): a cheap stand-in for Vietnamese word segmentation. */
function bigrams(words) {
    const out = [];
    for (let i = 0; i + 1 < words.length; i++)
        out.push(`${words[i]}_${words[i + 1]}`);
    return out;
}
