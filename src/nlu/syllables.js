"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.isSyllable = isSyllable;
exports.fromTelex = fromTelex;
exports.splitRunTogether = splitRunTogether;
exports.repairWord = repairWord;
const fold_1 = require("./fold");
const normalize_1 = require("./normalize");
/**
 * Vietnamese syllable shape, for repairing what a phone keyboard does to words: Telex typed with the
 * input method off ("ddawng kys" → "đăng ký") and two syllables run together ("khaisinh" → "khai sinh").
 * Only a word that is not itself a syllable is touched, so abbreviations (cccd, bhyt), foreign words
 * (zalo, online) and ordinary unaccented syllables pass unchanged.
 */
const ONSET = '(ngh|ng|nh|ch|gh|gi|kh|ph|qu|th|tr|[bcdghklmnprstvx])?';
/** Folded rhymes: the vowel groups Vietnamese spells, each with the finals it takes ("" for none). */
const OPEN = ['a', 'e', 'i', 'o', 'u', 'y', 'ai', 'ao', 'au', 'ay', 'eo', 'eu', 'ia', 'iu', 'oa', 'oe', 'oi', 'ua', 'ue', 'ui', 'uu', 'uy', 'ya', 'oai', 'oay', 'oeo', 'uay', 'uoi', 'uou', 'uya', 'uyu', 'ieu', 'yeu', 'uao'];
const CLOSED = ['a', 'e', 'i', 'o', 'u', 'y', 'oa', 'oe', 'ie', 'ye', 'uo', 'ua', 'ue', 'uy', 'uye'];
const FINAL = '(c|ch|m|n|ng|nh|p|t)';
const SYLLABLE = new RegExp(`^${ONSET}(${[...OPEN].join('|')}|(${CLOSED.join('|')})${FINAL})$`);
/** True when a folded lowercase word has the shape of a Vietnamese syllable. */
function isSyllable(folded) {
    return SYLLABLE.test(folded) && !/^(k[^ehiy]|c[eiy]|gh[^eiy]|ngh[^eiy])/.test(folded);
}
const TONE_KEYS = { s: '\u0301', f: '\u0300', r: '\u0309', x: '\u0303', j: '\u0323' };
/** Telex as typed with the input method off ("ddawng", "kys", "tajm") → the Vietnamese syllable, or null. */
function fromTelex(word) {
    if (!/^[a-z]+$/.test(word))
        return toneKeyAfterAccents(word);
    // The tone key comes after the vowel it marks: at the end ("kys") or before the final ("tajm").
    let body = word;
    let tone = '';
    const key = /^([^aeiouyw]*[aeiouyw][a-z]*?)([sfrxj])([cmnpgth]*)$/.exec(word);
    if (key) {
        tone = TONE_KEYS[key[2] ?? ''] ?? '';
        body = `${key[1] ?? ''}${key[3] ?? ''}`;
    }
    body = body
        .replace(/^dd/, 'đ')
        .replace(/uow/, 'ươ')
        .replace(/aa/, 'â')
        .replace(/aw/, 'ă')
        .replace(/ee/, 'ê')
        .replace(/oo/, 'ô')
        .replace(/ow/, 'ơ')
        .replace(/uw/, 'ư')
        .replace(/w/, 'ư');
    if (body === word || !isSyllable((0, fold_1.foldWord)(body)))
        return null;
    return tone === '' ? body.normalize('NFC') : (0, normalize_1.placeTone)(body, tone);
}
/** "giâys": an accented syllable with no tone yet and a Telex tone key after it → "giấy". */
function toneKeyAfterAccents(word) {
    const last = word[word.length - 1] ?? '';
    const body = word.slice(0, -1);
    if (!(last in TONE_KEYS) || (0, normalize_1.withoutToneMarks)(body) !== body.normalize('NFC') || !isSyllable((0, fold_1.foldWord)(body)))
        return null;
    return (0, normalize_1.placeTone)(body.normalize('NFC'), TONE_KEYS[last] ?? '');
}
const MIN_RUN_TOGETHER = 6;
/** A syllable has at most seven letters ("nghiêng"): two run together, at most fourteen. */
const MAX_RUN_TOGETHER = 14;
/** Two syllables typed without a space ("khaisinh", "đăngký") → both, or null when no single split fits. */
function splitRunTogether(word) {
    const chars = [...word];
    // Short words are more often foreign or playful ("visa", "hihi", "demo") than two syllables.
    if (chars.length < MIN_RUN_TOGETHER || chars.length > MAX_RUN_TOGETHER)
        return null;
    const found = [];
    for (let i = 2; i <= chars.length - 2; i++) {
        const a = chars.slice(0, i).join('');
        const b = chars.slice(i).join('');
        if (isSyllable((0, fold_1.foldWord)(a)) && isSyllable((0, fold_1.foldWord)(b)))
            found.push([a, b]);
    }
    return found.length === 1 ? (found[0] ?? null) : null;
}
/** A word as one or two syllables: Telex and run-together syllables repaired, anything else unchanged. */
function repairWord(word) {
    // Nothing that long is a syllable or two, with or without Telex keys: no work (nor memo entries) spent on it.
    return word.length > 2 * MAX_RUN_TOGETHER ? [word] : rememberedRepair(word);
}
const rememberedRepair = (0, normalize_1.rememberWords)((word) => {
    if (isSyllable((0, fold_1.foldWord)(word)))
        return [word];
    const telex = fromTelex(word);
    if (telex)
        return [telex];
    return splitRunTogether(word) ?? [word];
});
