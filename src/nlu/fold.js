"use strict";
/**
 * Folding for matching: marks dropped, đ → d, and the i/y spelling variants (kí/ký, lí/lý, quí/quý)
 * unified. Folding merges different words (sổ/số), so callers keep the accented form as well.
 */
Object.defineProperty(exports, "__esModule", { value: true });
exports.foldWord = void 0;
exports.foldedPattern = foldedPattern;
exports.foldPhrase = foldPhrase;
exports.foldText = foldText;
exports.soundKey = soundKey;
exports.hasDiacriticsWord = hasDiacriticsWord;
const normalize_1 = require("./normalize");
const MARKS = /\p{M}/gu;
/** Folds one lowercase syllable. */
exports.foldWord = (0, normalize_1.rememberWords)(foldSyllable);
function foldSyllable(word) {
    const plain = word.normalize('NFD').replace(MARKS, '').replace(/đ/g, 'd').replace(/Đ/g, 'd');
    if (plain.length >= 2 && plain.endsWith('y')) {
        const before = plain.slice(0, -1);
        if (/[^aeiouy]$/.test(before) || before.endsWith('qu'))
            return `${before}i`;
    }
    return plain;
}
/** A consonant-final syllable spelt with y in a folded pattern's literal text ("dang ky", "ly hon", "quy trinh"). */
const Y_SYLLABLE = /(?<![a-z\\])([b-df-hj-np-tv-xz]{1,3}|qu)y(?![a-z])/g;
/**
 * Compiles a regular expression written over folded text, folding the y-spellings of its literal
 * syllables the way foldWord folds the message ("đăng ký" → "dang ki"), so that a pattern written
 * "dang ky" matches.
 */
function foldedPattern(source) {
    return new RegExp(source.replace(Y_SYLLABLE, '$1i'));
}
/** A name from the data (a commune, a province, a phrase) normalized and folded like a message. */
function foldPhrase(text) {
    return foldText((0, normalize_1.normalizeText)(text));
}
/** Folds space-separated normalized text. */
function foldText(text) {
    return text
        .split(' ')
        .map((w) => (0, exports.foldWord)(w))
        .join(' ');
}
/**
 * A coarse sound key for typo tolerance: initial consonants that citizens mix up (tr/ch, s/x,
 * gi/d/r, ngh/ng, gh/g, c/k/q) and final c/t, n/ng merged.
 */
function soundKey(folded) {
    return folded
        .replace(/^tr/, 'ch')
        .replace(/^s/, 'x')
        .replace(/^(gi|r)/, 'd')
        .replace(/^ngh/, 'ng')
        .replace(/^gh/, 'g')
        .replace(/^k(?!h)/, 'c')
        .replace(/ng$/, 'n')
        .replace(/nh$/, 'n')
        .replace(/ch$/, 'c')
        .replace(/t$/, 'c');
}
/** True when the syllable carries a mark or đ. */
function hasDiacriticsWord(word) {
    return /[^a-z0-9]/i.test(word) && (0, exports.foldWord)(word) !== word;
}
