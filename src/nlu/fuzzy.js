"use strict";
var __importDefault = (this && this.__importDefault) || function (mod) {
    return (mod && mod.__esModule) ? mod : { "default": mod };
};
Object.defineProperty(exports, "__esModule", { value: true });
exports.FuzzyVocabulary = void 0;
exports.fixBigram = fixBigram;
exports.withinOneEdit = withinOneEdit;
const naturalLib_1 = __importDefault(require("./naturalLib"));
const fold_1 = require("./fold");
const MIN_LOOKUP_LENGTH = 5;
function deletions(word) {
    const out = [];
    for (let i = 0; i < word.length; i++)
        out.push(word.slice(0, i) + word.slice(i + 1));
    return out;
}
function soundOf(term) {
    return term
        .split('_')
        .map((w) => (0, fold_1.soundKey)(w))
        .join('_');
}
/**
 * Typo lookup over a folded vocabulary ("khia" → "khai", "tam_chu" → "tam_tru", "kinh_doan" →
 * "kinh_doanh"): a one-deletion neighbourhood proposes candidates, natural's Damerau-Levenshtein
 * distance confirms them, and a sound key catches the consonants citizens mix up (tr/ch, s/x, d/gi/r).
 */
class FuzzyVocabulary {
    frequency;
    byDeletion = new Map();
    bySound = new Map();
    known = new Set();
    constructor(terms, frequency) {
        this.frequency = frequency;
        for (const term of terms) {
            this.known.add(term);
            if (term.replace('_', '').length < 3)
                continue;
            for (const key of [term, ...deletions(term)])
                push(this.byDeletion, key, term);
            push(this.bySound, soundOf(term), term);
        }
    }
    /**
     * Known terms sounding alike (distance 0.5) and, for a term the vocabulary does not know, one edit
     * away (distance 1). A known syllable ("nang") is only swapped for a sound-alike: one edit from a real
     * Vietnamese syllable is usually another real syllable ("nắng" is not a typo for "hàng").
     */
    neighbours(term) {
        if (term.replace('_', '').length < 3)
            return [];
        const out = new Map();
        for (const sound of this.bySound.get(soundOf(term)) ?? [])
            if (sound !== term)
                out.set(sound, 0.5);
        if (this.known.has(term))
            return [...out.entries()].map(([t, distance]) => ({ term: t, distance }));
        const candidates = new Set();
        for (const key of [term, ...deletions(term)])
            for (const c of this.byDeletion.get(key) ?? [])
                candidates.add(c);
        for (const c of candidates) {
            if (c !== term && !out.has(c) && withinOneEdit(term, c))
                out.set(c, 1);
        }
        return [...out.entries()].map(([t, distance]) => ({ term: t, distance }));
    }
    /**
     * The closest known term for an unknown one (most frequent among equals), confirmed with natural's
     * Damerau-Levenshtein. Short syllables are left alone: too many real syllables are one edit apart.
     */
    lookup(term) {
        if (term.length < MIN_LOOKUP_LENGTH)
            return null;
        const best = this.best(this.neighbours(term));
        if (best === null || best.distance < 1)
            return best;
        return naturalLib_1.default.DamerauLevenshteinDistance(term, best.term, { transposition_cost: 1 }) <= 1 ? best : null;
    }
    best(matches) {
        let best = null;
        let bestFreq = -1;
        for (const m of matches) {
            const freq = this.frequency(m.term);
            if (best === null || m.distance < best.distance || (m.distance === best.distance && freq > bestFreq)) {
                best = m;
                bestFreq = freq;
            }
        }
        return best;
    }
}
exports.FuzzyVocabulary = FuzzyVocabulary;
/**
 * An unknown bigram ("tam_chu") fixed by changing one of its syllables to a neighbour such that the
 * bigram is known ("tam_tru").
 */
function fixBigram(key, vocabulary, known, frequency) {
    const [a = '', b = ''] = key.split('_');
    const found = [];
    for (const n of vocabulary.neighbours(b))
        if (known(`${a}_${n.term}`))
            found.push({ term: `${a}_${n.term}`, distance: n.distance });
    for (const n of vocabulary.neighbours(a))
        if (known(`${n.term}_${b}`))
            found.push({ term: `${n.term}_${b}`, distance: n.distance });
    let best = null;
    for (const m of found) {
        if (best === null || m.distance < best.distance || (m.distance === best.distance && frequency(m.term) > frequency(best.term)))
            best = m;
    }
    return best;
}
/** Allocation-free test for Damerau-Levenshtein distance ≤ 1 (one insertion, deletion, substitution or swap). */
function withinOneEdit(a, b) {
    if (a === b)
        return true;
    const la = a.length;
    const lb = b.length;
    if (Math.abs(la - lb) > 1)
        return false;
    let i = 0;
    while (i < la && i < lb && a[i] === b[i])
        i++;
    if (la === lb) {
        if (a.slice(i + 1) === b.slice(i + 1))
            return true;
        return a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2);
    }
    return la > lb ? a.slice(i + 1) === b.slice(i) : a.slice(i) === b.slice(i + 1);
}
function push(map, key, value) {
    const list = map.get(key);
    if (list) {
        if (!list.includes(value))
            list.push(value);
    }
    else
        map.set(key, [value]);
}
