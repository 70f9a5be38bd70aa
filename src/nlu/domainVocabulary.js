"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.DomainVocabulary = void 0;
const analyze_1 = require("./analyze");
const fold_1 = require("./fold");
const fuzzy_1 = require("./fuzzy");
const queryTerms_1 = require("./queryTerms");
const NUMBER = /^\d/;
/** Typos are forgiven from this length on: shorter syllables are one edit from too many others. */
const MIN_FUZZY_LENGTH = 4;
/**
 * The office's vocabulary: folded syllables of curated procedures, life events, hints and training
 * utterances of the in-scope intents. The full national catalogue is left out on purpose: it names bank
 * loans, driving schools and vaccinations, which a commune office does not handle. A question made
 * mostly of words outside this vocabulary ("thuê váy cưới ở đâu đẹp") is out of scope even when one of
 * its words ("cưới") points at a procedure.
 */
class DomainVocabulary {
    lexicon;
    words = new Set();
    /** Accented spellings: "váy" is not "vay", "chó" is not "cho" when the citizen typed the marks. */
    surfaces = new Set();
    bySound = new Map();
    /** One-deletion neighbourhoods of folded and accented words: typo lookups without a scan. */
    byDeletion = new Map();
    constructor(texts, lexicon) {
        this.lexicon = lexicon;
        for (const text of texts) {
            for (const t of (0, analyze_1.analyze)(text, lexicon).tokens) {
                this.words.add(t.folded);
                this.surfaces.add(t.surface);
            }
        }
        for (const w of this.words)
            push(this.bySound, (0, fold_1.soundKey)(w), w);
        for (const w of [...this.words, ...this.surfaces]) {
            if (w.length < MIN_FUZZY_LENGTH - 1)
                continue;
            for (const key of [w, ...deletions(w)])
                push(this.byDeletion, key, w);
        }
    }
    get size() {
        return this.words.size;
    }
    /** Known, or one typo away from a known word; an accented syllable must match an accented spelling. */
    has(token) {
        if (token.accented)
            return this.surfaces.has(token.surface) || this.near(token.surface, this.surfaces);
        const folded = token.folded;
        if (this.words.has(folded))
            return true;
        if (folded.length < MIN_FUZZY_LENGTH)
            return false;
        if (this.bySound.has((0, fold_1.soundKey)(folded)))
            return true;
        return this.near(folded, this.words);
    }
    near(word, known) {
        if (word.length < MIN_FUZZY_LENGTH)
            return false;
        for (const key of [word, ...deletions(word)]) {
            for (const w of this.byDeletion.get(key) ?? [])
                if (known.has(w) && (0, fuzzy_1.withinOneEdit)(word, w))
                    return true;
        }
        return false;
    }
    /** Reads a message; `skip` holds folded syllables already accounted for (a person's or commune's name). */
    read(analysis, skip = new Set()) {
        let content = 0;
        const foreign = [];
        for (const t of (0, queryTerms_1.contentTokens)(analysis.tokens, this.lexicon)) {
            if (NUMBER.test(t.folded) || skip.has(t.folded))
                continue;
            content++;
            if (!this.has(t))
                foreign.push(t.surface);
        }
        return { content, foreign };
    }
}
exports.DomainVocabulary = DomainVocabulary;
function deletions(word) {
    const out = [];
    for (let i = 0; i < word.length; i++)
        out.push(word.slice(0, i) + word.slice(i + 1));
    return out;
}
function push(map, key, value) {
    const list = map.get(key);
    if (list)
        list.push(value);
    else
        map.set(key, [value]);
}
