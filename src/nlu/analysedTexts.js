"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.analysedCatalogueFileSchema = exports.ANALYSED_CATALOGUE_FILE = exports.analysedStoriesFileSchema = exports.ANALYSED_STORIES_FILE = void 0;
exports.lexiconDigest = lexiconDigest;
exports.encodeAnalysis = encodeAnalysis;
exports.decodeAnalysis = decodeAnalysis;
exports.analysedStoryMap = analysedStoryMap;
exports.encodeIndexedText = encodeIndexedText;
exports.decodeIndexedText = decodeIndexedText;
exports.analysedCatalogueMap = analysedCatalogueMap;
const node_crypto_1 = require("node:crypto");
const zod_1 = require("zod");
const tokens_1 = require("./tokens");
const fold_1 = require("./fold");
/**
 * The stories as the procedure index keeps them, analysed ahead of time (data/nlu/stories-analysed.json, written by
 * `npm run nlu:stories` next to stories.json): analysing thirteen thousand stories was a third of building the
 * recognizer. Each story is encoded as "<qualifier bits>|<content tokens>", a token prefixed with "~" when it is not
 * read as typed with accents although it has marks (a shorthand's expansion: "ks" → "~khai ~sinh"). The file records
 * a digest of the lexicon it was analysed with; with another lexicon, or a story it lacks, the index analyses the text
 * itself, so the file can only make the build faster, never different (the stories test checks that it is current).
 */
exports.ANALYSED_STORIES_FILE = 'stories-analysed.json';
exports.analysedStoriesFileSchema = zod_1.z.strictObject({
    version: zod_1.z.literal(1),
    note: zod_1.z.string().optional(),
    lexiconDigest: zod_1.z.string(),
    /** By procedure code, one encoded analysis per story of stories.json, in its order. */
    analyses: zod_1.z.record(zod_1.z.string(), zod_1.z.array(zod_1.z.string())),
});
/** A digest of the lexicon file's content (as parsed): what the analyses depend on besides the code. */
function lexiconDigest(rawLexicon) {
    return (0, node_crypto_1.createHash)('sha256').update(JSON.stringify(rawLexicon)).digest('hex');
}
function encodeAnalysis(tokens, qualifiers) {
    return `${qualifiers}|${tokens.map((t) => (t.accented === (0, fold_1.hasDiacriticsWord)(t.surface) ? t.surface : `~${t.surface}`)).join(' ')}`;
}
function decodeAnalysis(encoded) {
    const bar = encoded.indexOf('|');
    const words = encoded.slice(bar + 1);
    return {
        qualifiers: Number(encoded.slice(0, bar)),
        tokens: words === '' ? [] : words.split(' ').map((w) => (w.startsWith('~') ? (0, tokens_1.makeToken)(w.slice(1), !(0, fold_1.hasDiacriticsWord)(w.slice(1))) : (0, tokens_1.makeToken)(w))),
    };
}
/**
 * Story text → encoded analysis, from the file's analyses and the stories they were made from; empty when the file
 * was made with another lexicon. A code whose count of analyses differs from its stories is left out.
 */
function analysedStoryMap(file, stories, rawLexicon) {
    const parsed = exports.analysedStoriesFileSchema.parse(file);
    const out = new Map();
    if (parsed.lexiconDigest !== lexiconDigest(rawLexicon))
        return out;
    for (const [code, texts] of stories) {
        const analyses = parsed.analyses[code];
        if (!analyses || analyses.length !== texts.length)
            continue;
        texts.forEach((text, i) => out.set(text, analyses[i]));
    }
    return out;
}
/**
 * The catalogue's texts as the procedure index analyses them (names, their heads, short names, aliases, hints, example
 * questions, domains, life events), made ahead of time like the stories (data/nlu/catalogue-analysed.json, written by
 * `npm run nlu:stories`): they were the largest part of building the recognizer left. Keyed by text, so that a text
 * staff add or change is simply analysed at build time. Each is encoded as "<qualifier bits>|<every token>", a token
 * the index leaves out (question phrase, filler, opener) prefixed with "-", before any "~".
 */
exports.ANALYSED_CATALOGUE_FILE = 'catalogue-analysed.json';
exports.analysedCatalogueFileSchema = zod_1.z.strictObject({
    version: zod_1.z.literal(1),
    note: zod_1.z.string().optional(),
    lexiconDigest: zod_1.z.string(),
    texts: zod_1.z.record(zod_1.z.string(), zod_1.z.string()),
});
/** `content` is the subset of `tokens` (the same objects) that the index keeps. */
function encodeIndexedText(tokens, content, qualifiers) {
    const kept = new Set(content);
    return `${qualifiers}|${tokens.map((t) => `${kept.has(t) ? '' : '-'}${t.accented === (0, fold_1.hasDiacriticsWord)(t.surface) ? t.surface : `~${t.surface}`}`).join(' ')}`;
}
/** The index's view of an encoded text: its content tokens, qualifier bits, and every token folded and joined. */
function decodeIndexedText(encoded) {
    const bar = encoded.indexOf('|');
    const words = encoded.slice(bar + 1);
    const tokens = [];
    const folded = [];
    if (words !== '') {
        for (const word of words.split(' ')) {
            const dropped = word.startsWith('-');
            const w = dropped ? word.slice(1) : word;
            const token = w.startsWith('~') ? (0, tokens_1.makeToken)(w.slice(1), !(0, fold_1.hasDiacriticsWord)(w.slice(1))) : (0, tokens_1.makeToken)(w);
            folded.push(token.folded);
            if (!dropped)
                tokens.push(token);
        }
    }
    return { tokens, qualifiers: Number(encoded.slice(0, bar)), folded: folded.join(' ') };
}
/** Catalogue text → encoded analysis; empty when the file was made with another lexicon. */
function analysedCatalogueMap(file, rawLexicon) {
    const parsed = exports.analysedCatalogueFileSchema.parse(file);
    if (parsed.lexiconDigest !== lexiconDigest(rawLexicon))
        return new Map();
    return new Map(Object.entries(parsed.texts));
}
