"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.questionPhraseMask = questionPhraseMask;
exports.contentTokens = contentTokens;
exports.statementText = statementText;
exports.termsOf = termsOf;
exports.conceptTokens = conceptTokens;
const tokens_1 = require("./tokens");
/** Marks the tokens that belong to question phrases ("cần giấy tờ gì", "mất bao lâu"). */
function questionPhraseMask(tokens, lexicon) {
    const removed = new Array(tokens.length).fill(false);
    const folded = tokens.map((t) => t.folded);
    for (let i = 0; i < folded.length; i++) {
        for (const words of lexicon.phrasesByFirstWord.get(folded[i] ?? '') ?? []) {
            if (i + words.length > folded.length)
                continue;
            if (words.every((w, j) => folded[i + j] === w && !removed[i + j])) {
                for (let j = 0; j < words.length; j++)
                    removed[i + j] = true;
                break;
            }
        }
    }
    return removed;
}
/** Drops question phrases ("cần giấy tờ gì", "bao nhiêu tiền"), fillers and an opener ("còn ... thì"), keeping content syllables. */
function contentTokens(tokens, lexicon) {
    const removed = questionPhraseMask(tokens, lexicon);
    const opener = lexicon.openers.find((words) => words.every((w, j) => tokens[j]?.surface === w))?.length ?? 0;
    return tokens.filter((t, i) => i >= opener && !removed[i] && !lexicon.fillers.has(t.surface));
}
/**
 * Folded text with question phrases cut out (a comma in their place), so that an everyday pattern does
 * not read "sổ đỏ mất phí" as a lost land certificate.
 */
function statementText(tokens, lexicon) {
    const removed = questionPhraseMask(tokens, lexicon);
    return tokens.map((t, i) => (removed[i] ? ',' : t.folded)).join(' ');
}
function termsOf(tokens, lowWeight = new Map()) {
    const weightOf = (t) => lowWeight.get(t.surface) ?? 1;
    const terms = tokens.map((t) => ({ key: t.folded, surface: t.surface, accented: t.accented, bigram: false, weight: weightOf(t) }));
    for (let i = 0; i + 1 < tokens.length; i++) {
        const a = tokens[i];
        const b = tokens[i + 1];
        terms.push({
            key: `${a.folded}_${b.folded}`,
            surface: `${a.surface}_${b.surface}`,
            accented: a.accented || b.accented,
            bigram: true,
            weight: Math.max(weightOf(a), weightOf(b)),
        });
    }
    return terms;
}
/**
 * "cuối tuần" typed with accents is not a wedding: a syllable typed with other accents than the word the
 * everyday patterns mean (lexicon `accentedOnly`) is masked out.
 */
function withoutHomographs(tokens, lexicon) {
    return tokens.map((t) => (t.accented && lexicon.accentedOnly.get(t.folded)?.has(t.surface) === false ? { ...t, folded: '_' } : t));
}
/** Everyday phrasings found in the message ("bố tôi mất") turned into catalogue wording ("đăng ký khai tử"). */
function conceptTokens(analysis, lexicon) {
    const ids = [];
    const segments = [];
    const text = statementText(withoutHomographs(analysis.tokens, lexicon), lexicon);
    for (const concept of lexicon.concepts) {
        if (concept.patterns.some((p) => p.test(text))) {
            ids.push(concept.id);
            segments.push(concept.expand.split(' ').map((w) => (0, tokens_1.makeToken)(w, false)));
        }
    }
    return { ids, segments };
}
