"use strict";
var __importDefault = (this && this.__importDefault) || function (mod) {
    return (mod && mod.__esModule) ? mod : { "default": mod };
};
Object.defineProperty(exports, "__esModule", { value: true });
exports.lexiconFileSchema = void 0;
exports.compileLexicon = compileLexicon;
exports.parseLexicon = parseLexicon;
exports.loadLexicon = loadLexicon;
const node_fs_1 = __importDefault(require("node:fs"));
const node_path_1 = __importDefault(require("node:path"));
const zod_1 = require("zod");
const fold_1 = require("./fold");
/**
 * data/nlu/lexicon.json: shorthand, context-gated short forms, everyday phrasings that stand for a
 * procedure ("bố tôi mất" → "đăng ký khai tử"), and cue patterns for intents. Patterns are written
 * against folded text.
 */
const ambiguousSchema = zod_1.z.strictObject({
    form: zod_1.z.string().min(1),
    default: zod_1.z.string().nullable(),
    options: zod_1.z.array(zod_1.z.strictObject({ expansion: zod_1.z.string().min(1), cues: zod_1.z.array(zod_1.z.string()) })),
});
const qualifierSchema = zod_1.z.strictObject({
    id: zod_1.z.string().min(1),
    /** Folded phrases showing that the citizen asks for the variant; empty: never assumed from the message. */
    query: zod_1.z.array(zod_1.z.string().min(1)),
    /** Folded phrases marking a procedure text as the variant. */
    doc: zod_1.z.array(zod_1.z.string().min(1)).min(1),
});
const conceptSchema = zod_1.z.strictObject({
    id: zod_1.z.string().min(1),
    patterns: zod_1.z.array(zod_1.z.string().min(1)),
    expand: zod_1.z.string().min(1),
});
exports.lexiconFileSchema = zod_1.z.strictObject({
    version: zod_1.z.number().int(),
    fillers: zod_1.z.array(zod_1.z.string()),
    questionPhrases: zod_1.z.array(zod_1.z.string()),
    shorthand: zod_1.z.record(zod_1.z.string(), zod_1.z.string()),
    ambiguousShorthand: zod_1.z.array(ambiguousSchema),
    concepts: zod_1.z.array(conceptSchema),
    intentCues: zod_1.z.record(zod_1.z.string(), zod_1.z.array(zod_1.z.string())),
    lowWeight: zod_1.z.strictObject({ weight: zod_1.z.number().min(0).max(1), words: zod_1.z.array(zod_1.z.string()) }),
    qualifiers: zod_1.z.array(qualifierSchema).max(30).default([]),
    /**
     * Folded syllables that stand for a situation or concept word only with these accents: "cuối" (end) is
     * not "cưới" (wedding), "mặt" is not "mất". Unaccented input still matches.
     */
    accentedOnly: zod_1.z.record(zod_1.z.string(), zod_1.z.array(zod_1.z.string().min(1))).default({}),
    /**
     * Requests for advice, recommendations or prices of goods ("quán nào ngon", "xem ngày tốt", "hợp
     * tuổi"): out of scope even inside a story that talks to the office or next to a procedure's name.
     */
    adviceCues: zod_1.z.array(zod_1.z.string().min(1)).default([]),
    /**
     * Someone asking the citizen for a paper ("ngân hàng bảo phải có giấy xác nhận", "trạm y tế đòi tên trong hộ"):
     * the bank or the clinic is who asks, the paper is the office's business.
     */
    paperRequestCues: zod_1.z.array(zod_1.z.string().min(1)).default([]),
    /** Words of everyday talk (pronouns, kin, particles: "nó", "đó", "dăm", "chú"): never foreign to the office. */
    everydayWords: zod_1.z.array(zod_1.z.string().min(1)).default([]),
    /**
     * Words that open a message only to turn to a new topic ("còn đăng ký kết hôn thì sao", "thế còn"), as
     * typed with their accents ("con" is a child): not content at the start of a message.
     */
    openers: zod_1.z.array(zod_1.z.string().min(1)).default([]),
});
function compileLexicon(file) {
    const nfc = (s) => s.normalize('NFC').toLowerCase();
    const questionPhrases = [...new Set(file.questionPhrases.map((p) => (0, fold_1.foldText)(nfc(p))))].sort((a, b) => b.length - a.length);
    const phrasesByFirstWord = new Map();
    for (const phrase of questionPhrases) {
        const words = phrase.split(' ');
        const first = words[0] ?? '';
        phrasesByFirstWord.set(first, [...(phrasesByFirstWord.get(first) ?? []), words]);
    }
    return {
        fillers: new Set(file.fillers.map(nfc)),
        openers: file.openers.map((o) => nfc(o).split(' ')).sort((a, b) => b.length - a.length),
        questionPhrases,
        phrasesByFirstWord,
        lowWeight: new Map(file.lowWeight.words.map((w) => [nfc(w), file.lowWeight.weight])),
        qualifiers: file.qualifiers.map((q) => ({ id: q.id, query: q.query.map((x) => (0, fold_1.foldText)(nfc(x))), doc: q.doc.map((x) => (0, fold_1.foldText)(nfc(x))) })),
        shorthand: new Map(Object.entries(file.shorthand).map(([k, v]) => [nfc(k), nfc(v)])),
        ambiguous: new Map(file.ambiguousShorthand.map((a) => [
            nfc(a.form),
            {
                defaultExpansion: a.default === null ? null : nfc(a.default),
                options: a.options.map((o) => ({ expansion: nfc(o.expansion), cues: new Set(o.cues.map(fold_1.foldWord)) })),
            },
        ])),
        concepts: file.concepts.map((c) => ({ id: c.id, patterns: c.patterns.map(fold_1.foldedPattern), expand: nfc(c.expand) })),
        adviceCues: file.adviceCues.map(fold_1.foldedPattern),
        everydayWords: file.everydayWords.map(nfc),
        paperRequestCues: file.paperRequestCues.map(fold_1.foldedPattern),
        accentedOnly: new Map(Object.entries(file.accentedOnly).map(([w, list]) => [w, new Set(list.map(nfc))])),
        intentCues: new Map(Object.entries(file.intentCues).map(([intent, patterns]) => [
            intent,
            patterns.map((p) => (p === '#dossierCode' ? '#dossierCode' : (0, fold_1.foldedPattern)(p))),
        ])),
    };
}
function parseLexicon(raw) {
    return compileLexicon(exports.lexiconFileSchema.parse(raw));
}
function loadLexicon(dataDir) {
    const file = node_path_1.default.join(dataDir, 'nlu', 'lexicon.json');
    return parseLexicon(JSON.parse(node_fs_1.default.readFileSync(file, 'utf8')));
}
