"use strict";
/**
 * Input cleaning and Vietnamese text normalization: NFC, one tone-mark placement, lowercase,
 * markup/control characters/emoji/punctuation removed.
 */
Object.defineProperty(exports, "__esModule", { value: true });
exports.MAX_INPUT_CHARS = void 0;
exports.withoutToneMarks = withoutToneMarks;
exports.rememberWords = rememberWords;
exports.cleanInput = cleanInput;
exports.placeTone = placeTone;
exports.normalizeTonePlacement = normalizeTonePlacement;
exports.normalizeText = normalizeText;
exports.hasDiacritics = hasDiacritics;
/** Longer messages are cut: nobody asks about a procedure in more than this, and parsing stays fast. */
exports.MAX_INPUT_CHARS = 1000;
const SCRIPT_OR_STYLE = /<(script|style)\b[^>]*>[\s\S]*?<\/\1\s*>/gi;
const TAG = /<\/?[a-z!][^<>]{0,500}>/gi;
// eslint-disable-next-line no-control-regex -- removing control characters is the point
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u200b-\u200f\u2028-\u202e\u2060-\u206f\ufeff]/g;
const TONE_MARKS = /[\u0300\u0301\u0303\u0309\u0323]/;
const ALL_TONE_MARKS = new RegExp(TONE_MARKS.source, 'g');
/** The text without its tone marks; the shapes of â, ă, ê, ô, ơ, ư and đ stay. */
function withoutToneMarks(text) {
    return text.normalize('NFD').replace(ALL_TONE_MARKS, '').normalize('NFC');
}
/**
 * A per-word function remembered for the words it has seen: Vietnamese has a few thousand syllables, so
 * the catalogue and the messages normalize, fold and repair the same words over and over. Forgets all past
 * `max`. What it returns is shared between callers and must not be mutated.
 */
function rememberWords(fn, max = 50_000) {
    const seen = new Map();
    return (word) => {
        let out = seen.get(word);
        if (out === undefined) {
            if (seen.size >= max)
                seen.clear();
            out = fn(word);
            seen.set(word, out);
        }
        return out;
    };
}
const NON_WORD = /[^\p{L}\p{N}]+/gu;
const DIACRITIC_LETTERS = /[àáảãạăằắẳẵặâầấẩẫậèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵđ]/i;
/** Removes markup, control characters and surplus length; keeps the citizen's wording. Never throws. */
function cleanInput(raw) {
    if (typeof raw !== 'string')
        return '';
    let text = raw.length > exports.MAX_INPUT_CHARS * 4 ? raw.slice(0, exports.MAX_INPUT_CHARS * 4) : raw;
    text = text.normalize('NFC').replace(SCRIPT_OR_STYLE, ' ').replace(TAG, ' ').replace(CONTROL, ' ');
    text = text.replace(/&(nbsp|amp|lt|gt|quot|#\d+);/gi, ' ');
    if (text.length > exports.MAX_INPUT_CHARS)
        text = text.slice(0, exports.MAX_INPUT_CHARS);
    // A lone surrogate left by the cut would make JSON output invalid.
    return text.replace(/[\ud800-\udbff]$/, '').replace(/\s+/g, ' ').trim();
}
const SHAPED = /[âăêôơư]/;
/**
 * Puts a tone mark (a combining character) on the vowel of a toneless syllable that carries it, in the
 * traditional placement the national catalogue uses: the last vowel with a shape mark ("giấy", "người"), else
 * the last vowel before a final consonant ("hoàng"), else the first of two vowels ("hòa", "thủy", "của") or the
 * middle of three ("ngoài"); the u of "qu" and the i of "gi" before a vowel are consonant letters ("quý", "giữ").
 */
function placeTone(body, tone) {
    const letters = [...body];
    const vowelIdx = letters.map((c, i) => (/[aeiouyâăêôơư]/.test(c) ? i : -1)).filter((i) => i >= 0);
    const onsetGi = /^(gi|qu)[aeiouyâăêôơư]/.test(body) ? 1 : 0;
    const vowels = vowelIdx.slice(onsetGi);
    const shaped = [...vowels].reverse().find((i) => SHAPED.test(letters[i] ?? ''));
    const closed = !/[aeiouyâăêôơư]$/.test(body);
    const target = shaped ?? (closed || vowels.length === 1 ? vowels[vowels.length - 1] : vowels[vowels.length === 3 ? 1 : 0]);
    if (target === undefined)
        return body.normalize('NFC');
    letters[target] = `${letters[target] ?? ''}${tone}`;
    return letters.join('').normalize('NFC');
}
/**
 * A typed syllable's tone mark moved to where `placeTone` puts it ("hoà" → "hòa", "giâý" → "giấy", "ngươì" →
 * "người"). A word with no tone mark, several, or more than one run of vowels ("café") is left as typed.
 */
function normalizeTonePlacement(word) {
    const marks = word.normalize('NFD').match(ALL_TONE_MARKS);
    if (!marks || marks.length !== 1)
        return word;
    const body = withoutToneMarks(word);
    if (!/^[^aeiouyâăêôơư]*[aeiouyâăêôơư]+[^aeiouyâăêôơư]*$/.test(body))
        return word;
    return placeTone(body, marks[0]);
}
/**
 * A Vietnamese syllable never ends in a doubled consonant letter: "nộpp", "đcc", "tiềnn" are a finger
 * held too long. Only a word with a vowel keeps its first letter of the pair (acronyms such as "cccd" stay).
 */
const DOUBLED_FINAL = /^(.*[aeiouyàáảãạăằắẳẵặâầấẩẫậèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵ].*?)([bcdghklmnpqrstvx])\2+$/;
/** "chàoo", "phíi", "ạa": a final vowel letter typed twice (tone marks aside; ư is not u) in an accented word is typed once. */
function undoubleFinalVowel(word) {
    const letters = [...word];
    if (letters.length < 2)
        return word;
    const last = withoutToneMarks(letters[letters.length - 1] ?? '');
    const before = withoutToneMarks(letters[letters.length - 2] ?? '');
    // Unaccented "huu", "luu" are hưu, lưu: only a word typed with accents is judged.
    if (last !== before || !/^[aăâeêioôơuưy]$/.test(last) || /^[a-z]+$/.test(word))
        return word;
    return letters.slice(0, -1).join('');
}
/** Lowercase, NFC, tone placement unified, anything but letters and digits turned into single spaces. */
function normalizeText(raw) {
    const cleaned = cleanInput(raw).toLowerCase().replace(NON_WORD, ' ').trim();
    if (cleaned === '')
        return '';
    return cleaned.split(' ').map(normalizeWord).join(' ');
}
/** "ddăng", "ddổi": Telex's "dd" left in a word otherwise typed with marks is "đ" (all-Telex words are repaired later). */
const TELEX_DD = /^dd(?=.*[^a-z0-9])/;
/** One lowercase word's Telex "dd", doubled letters and tone placement, remembered: the same few thousand words recur. */
const normalizeWord = rememberWords((w) => normalizeTonePlacement(undoubleFinalVowel(w.replace(TELEX_DD, 'đ').replace(DOUBLED_FINAL, '$1$2'))));
/** True when the text carries Vietnamese diacritics (the citizen typed accents). */
function hasDiacritics(text) {
    return DIACRITIC_LETTERS.test(text);
}
