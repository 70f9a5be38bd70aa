"use strict";
var __importDefault = (this && this.__importDefault) || function (mod) {
    return (mod && mod.__esModule) ? mod : { "default": mod };
};
Object.defineProperty(exports, "__esModule", { value: true });
exports.IntentClassifier = exports.ASPECTS = exports.PROCEDURE_SLOT = void 0;
exports.intentFeatures = intentFeatures;
exports.vietnameseStemmer = vietnameseStemmer;
const analyze_1 = require("./analyze");
const fold_1 = require("./fold");
const naturalLib_1 = __importDefault(require("./naturalLib"));
const tokens_1 = require("./tokens");
const types_1 = require("./types");
/** Stands for the words naming a procedure, so that intents are learnt from how people ask, not from what. */
exports.PROCEDURE_SLOT = '_p_';
/**
 * Features of a message for the classifier: folded syllables and bigrams of the expanded text, with the
 * syllables that name the matched procedure replaced by one slot token.
 */
function intentFeatures(analysis, procedureWords = new Set()) {
    const words = [];
    const accented = [];
    for (const t of analysis.tokens) {
        const w = procedureWords.has(t.folded) ? exports.PROCEDURE_SLOT : t.folded;
        if (w === exports.PROCEDURE_SLOT && words[words.length - 1] === exports.PROCEDURE_SLOT)
            continue;
        words.push(w);
        // Accented spellings tell "sổ hộ" from "hồ sơ" when the citizen typed them.
        if (w !== exports.PROCEDURE_SLOT && t.accented)
            accented.push(t.surface);
    }
    return [...words, ...(0, tokens_1.bigrams)(words), ...accented];
}
/** natural's classifiers take a stemmer object; ours tokenizes Vietnamese, expands shorthand and folds. */
function vietnameseStemmer(lexicon) {
    return {
        tokenizeAndStem: (text) => intentFeatures((0, analyze_1.analyze)(text, lexicon)),
        stem: (token) => (0, fold_1.foldWord)(token.normalize('NFC').toLowerCase()),
    };
}
const CUE_WEIGHT = 0.55;
/**
 * Intents whose training utterances ask about no procedure (small talk, a dossier's progress, off-topic
 * questions): their words are learnt as typed. Looking for procedure words in them changed no result and
 * took half of the matching done while building.
 */
const NOT_ABOUT_A_PROCEDURE = new Set(['greet', 'thanks', 'help', 'cancel', 'talk_to_officer', 'feedback', 'check_status', 'out_of_scope']);
/**
 * Intent classification: natural's BayesClassifier over our Vietnamese features, blended with
 * high-precision cue patterns from the lexicon ("bao nhiêu tiền" → ask_fee, a dossier code → check_status).
 */
/** Intents that ask about one aspect of a procedure. */
exports.ASPECTS = ['ask_documents', 'ask_fee', 'ask_time', 'ask_location', 'ask_online'];
/**
 * natural's classifier turns an observation into a vector by asking `observation.indexOf(feature)` for every
 * feature it knows (thousands): a list whose indexOf is a set lookup gives the same vector without the scan.
 */
function observation(features) {
    const known = new Set(features);
    return Object.assign([...features], { indexOf: (feature) => (known.has(feature) ? 0 : -1) });
}
class IntentClassifier {
    lexicon;
    classifier;
    vocabulary = new Set();
    /** Each trained feature's index in the model's vectors (natural's own enumeration order). */
    featureIndex = new Map();
    constructor(utterances, lexicon, procedureWords = () => new Set()) {
        this.lexicon = lexicon;
        this.classifier = new naturalLib_1.default.BayesClassifier(vietnameseStemmer(lexicon));
        for (const [intent, texts] of utterances) {
            for (const text of texts) {
                const analysis = (0, analyze_1.analyze)(text, lexicon);
                const features = intentFeatures(analysis, NOT_ABOUT_A_PROCEDURE.has(intent) ? new Set() : procedureWords(analysis));
                if (features.length === 0)
                    continue;
                for (const f of features)
                    this.vocabulary.add(f);
                this.classifier.addDocument(observation(features), intent);
            }
        }
        this.classifier.train();
        let index = 0;
        for (const feature in this.classifier.features)
            this.featureIndex.set(feature, index++);
    }
    /** `cues`: this.cues(analysis, hasDossierCode) when the caller already has them. */
    classify(analysis, hasDossierCode, procedureWords = new Set(), cues = this.cues(analysis, hasDossierCode)) {
        const features = intentFeatures(analysis, procedureWords);
        const known = features.length === 0 ? 0 : features.filter((f) => this.vocabulary.has(f)).length / features.length;
        const bayes = new Map();
        if (features.length > 0 && known > 0) {
            // The model scored on the sparse form of the observation: natural's own getClassifications builds a dense
            // vector over every feature it knows for each message (most of a parse's garbage).
            const indices = new Set();
            for (const f of features) {
                const i = this.featureIndex.get(f);
                if (i !== undefined)
                    indices.add(i);
            }
            const raw = this.classifier.classifier.getClassifications(Object.fromEntries([...indices].map((i, k) => [k, i])));
            const total = raw.reduce((sum, r) => sum + r.value, 0);
            if (total > 0 && Number.isFinite(total))
                for (const r of raw)
                    bayes.set(r.label, r.value / total);
        }
        const scores = types_1.INTENT_LABELS.map((intent) => ({
            intent,
            score: (1 - CUE_WEIGHT) * (bayes.get(intent) ?? 0) + (cues.has(intent) ? CUE_WEIGHT : 0),
        }));
        const sum = scores.reduce((s, x) => s + x.score, 0);
        const normalized = scores
            .map((x) => ({ intent: x.intent, score: sum > 0 ? Math.round((x.score / sum) * 1000) / 1000 : 0 }))
            .sort((a, b) => b.score - a.score);
        return { scores: normalized, cues, known };
    }
    /** Intents whose cue patterns match the message. */
    cues(analysis, hasDossierCode) {
        const hits = new Set();
        for (const [intent, patterns] of this.lexicon.intentCues) {
            for (const p of patterns) {
                if (p === '#dossierCode' ? hasDossierCode : p.test(analysis.folded)) {
                    hits.add(intent);
                    break;
                }
            }
        }
        // "Thủ tục tạm trú làm thế nào, cần giấy tờ gì?" asks for the documents, "nộp hồ sơ ở đâu" for the place:
        // the aspect asked about wins over the general "how do I" and over "nộp hồ sơ".
        if (exports.ASPECTS.some((a) => hits.has(a))) {
            hits.delete('ask_procedure');
            hits.delete('create_dossier');
        }
        // "Nộp hồ sơ kết hôn tuần trước, có kết quả chưa": the filing is told, the progress asked.
        // ...and "thôi, không làm hồ sơ này nữa" drops it.
        if (hits.has('check_status') || hits.has('cancel'))
            hits.delete('create_dossier');
        // With a dossier code, "bao giờ có kết quả" asks how far that dossier is.
        if (hasDossierCode)
            hits.delete('ask_time');
        // "Cán bộ rất nhiệt tình, cảm ơn xã": the thanks is the courtesy around a judgement of the service, and
        // "góp ý: trang dịch vụ công hay lỗi" judges the online service rather than asking for it.
        if (hits.has('feedback')) {
            hits.delete('thanks');
            hits.delete('ask_online');
        }
        return hits;
    }
}
exports.IntentClassifier = IntentClassifier;
