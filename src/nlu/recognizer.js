"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.RecognizerHolder = exports.VietnameseRecognizer = void 0;
exports.decideIntent = decideIntent;
exports.buildRecognizer = buildRecognizer;
const analyze_1 = require("./analyze");
const domainVocabulary_1 = require("./domainVocabulary");
const entities_1 = require("./entities");
const intents_1 = require("./intents");
const intentModel_1 = require("./intentModel");
const fold_1 = require("./fold");
const normalize_1 = require("./normalize");
const procedureScoring_1 = require("./procedureScoring");
const places_1 = require("./places");
const procedures_1 = require("./procedures");
const queryTerms_1 = require("./queryTerms");
const situations_1 = require("./situations");
const tokens_1 = require("./tokens");
/** Intents that a clearly mentioned procedure overrides ("chào ad, đăng ký khai sinh thế nào"). */
const YIELD_TO_PROCEDURE = new Set(['greet', 'help', 'out_of_scope']);
/** ...and these only when no cue supports them. */
const YIELD_UNCUED = new Set(['thanks', 'cancel', 'feedback', 'talk_to_officer']);
/** With a procedure named, an intent no cue supports must be this sure to beat ask_procedure. */
const MIN_BAYES_OVER_PROCEDURE = 0.9;
/**
 * Questions that are about some procedure ("cần giấy tờ gì", "ở đâu", "bao nhiêu tiền"): with no procedure,
 * no situation and a word the office never uses, they ask about something it does not handle.
 */
const ASKS_ABOUT_A_PROCEDURE = new Set(['ask_procedure', ...intents_1.ASPECTS, 'create_dossier']);
/** Scenario evidence that makes a story the office's business whatever its other words (fallback scenarios weigh less). */
const MIN_SCENARIO_FOR_SCOPE = 0.5;
/** A procedure beside an off-topic word must still fit this well (raw score) with that word cut out: "mất ngủ kéo dài" is no extension of residence. */
const MIN_FIT_BESIDE_OFF_TOPIC = 0.6;
/** The situation of data/nlu/situations.json that only says the message talks to the office (giấy tờ, lên xã). */
const OFFICE_SITUATION = 'office';
/** Intents a cue keeps even when the message's words are foreign to the office ("cảm ơn, chúc bạn ngủ ngon"). */
const CONVERSATIONAL_CUED = new Set(['greet', 'thanks', 'cancel', 'talk_to_officer', 'feedback', 'check_status']);
/**
 * A message with at least this many foreign content syllables, making up this share of it, is out of
 * scope; with a procedure named, a larger share (a citizen's story has words of its own).
 */
const MIN_FOREIGN = 2;
const MIN_FOREIGN_SHARE = 0.3;
const MIN_FOREIGN_SHARE_BESIDE_PROCEDURE = 0.4;
/** Below this share of known features and without any cue or procedure, a message is out of scope. */
const MIN_KNOWN = 0.34;
const MIN_BAYES_WITHOUT_CUE = 0.6;
/** Cues that make a message something else than a question about a procedure ("hướng dẫn tôi cách dùng" is help). */
const NOT_A_PROCEDURE_QUESTION = new Set(['out_of_scope', 'help', 'greet', 'thanks', 'cancel', 'feedback', 'talk_to_officer']);
/** A story the classifier is sure of names its procedure in a question with at most this many words foreign to the office. */
const MAX_FOREIGN_IN_TOLD_QUESTION = 1;
/** The Vietnamese recognizer: one immutable build of catalogue + training data. */
class VietnameseRecognizer {
    procedures;
    intents;
    deps;
    communes;
    domain;
    situations;
    places;
    version;
    /** The off-topic cues, global, to cut every occurrence out of a message (compiled once per build). */
    offTopicCues;
    constructor(procedures, intents, deps, communes, domain, situations, places) {
        this.procedures = procedures;
        this.intents = intents;
        this.deps = deps;
        this.communes = communes;
        this.domain = domain;
        this.situations = situations;
        this.places = places;
        this.version = `${deps.catalogue.version ?? 'catalogue'}+${procedures.size}`;
        this.offTopicCues = (deps.trainingData.lexicon.intentCues.get('out_of_scope') ?? []).flatMap((p) => (p === '#dossierCode' ? [] : [new RegExp(p.source, 'g')]));
    }
    /** Name of a procedure of this build's catalogue. */
    procedureName(code) {
        return this.procedures.procedure(code)?.name;
    }
    /**
     * An off-topic word ("bệnh viện", "quán cà phê") next to a clearly named procedure ("vợ sinh ở bệnh viện,
     * làm giấy tờ gì cho bé", "xin giấy phép mở quán cà phê"): the procedure still stands with those words cut out.
     */
    namedBesideOffTopic(analysis, code, evidence) {
        if (!evidence.cues.has('out_of_scope'))
            return false;
        // The message's own tokens (their marks kept: "ho" in "mẹo chữa ho" is no "hộ") less those of the cues.
        const starts = [];
        let at = 0;
        for (const t of analysis.tokens) {
            starts.push(at);
            at += t.folded.length + 1;
        }
        const cut = new Set();
        for (const p of this.offTopicCues) {
            for (const m of analysis.folded.matchAll(p)) {
                const end = m.index + m[0].length;
                starts.forEach((start, i) => {
                    if (start < end && start + (analysis.tokens[i]?.folded.length ?? 0) > m.index)
                        cut.add(i);
                });
            }
        }
        const rest = withTokens(analysis, analysis.tokens.filter((_, i) => !cut.has(i)));
        // Only the citizen's own words: "đám ma ... phúng bao nhiêu" reads as a death through a concept, not by name.
        const again = this.procedures.matchAnalysis(rest, 1, undefined, { concepts: false });
        return again.specific && again.candidates[0]?.code === code && (again.raw[0] ?? 0) >= MIN_FIT_BESIDE_OFF_TOPIC;
    }
    /**
     * What says the message is, or is not, the office's business:
     * - a request for advice ("quán nào ngon", "xem ngày tốt") is out of scope, whatever else it says;
     * - a story whose procedure comes from a situation and that talks to the office ("vợ sinh ở bệnh viện,
     *   làm giấy tờ cho cháu") is in scope whatever its off-topic words, and so is a procedure named beside one or
     *   one whose paper somebody asks for ("ngân hàng bảo phải có giấy xã xác nhận chưa lấy vợ");
     * - a scenario ("dẹp quán" + "bán mãi không có lãi") is never foreign;
     * - a procedure-style question with no procedure, no situation and a word the office never uses is
     *   `unanchored`: it asks about something the office does not handle.
     */
    scope(analysis, top, match, situation, classified, domain, procedureWordCount) {
        const folded = analysis.folded;
        const advice = this.deps.trainingData.lexicon.adviceCues.some((p) => p.test(folded));
        const evoked = top !== null && (situation.procedures.has(top.code) || situation.scenarioProcedures.has(top.code));
        const requested = top !== null && this.deps.trainingData.lexicon.paperRequestCues.some((p) => p.test(folded));
        const story = !advice && ((evoked && situation.situations.includes(OFFICE_SITUATION)) || requested);
        const cued = advice ? withCue(classified, 'out_of_scope') : classified;
        const keep = top !== null && !advice && (story || this.namedBesideOffTopic(analysis, top.code, cued));
        const byScenario = top !== null && (situation.scenarioProcedures.get(top.code) ?? 0) >= MIN_SCENARIO_FOR_SCOPE;
        return {
            evidence: keep ? withoutCue(cued, 'out_of_scope') : cued,
            foreign: !byScenario && !story && isForeign(domain, top && !match.bySituation ? procedureWordCount : 0),
            unanchored: top === null && situation.situations.every((x) => x === OFFICE_SITUATION) && domain.foreign.length > 0,
        };
    }
    recognize(text, context) {
        return this.explain(text, context).result;
    }
    explain(text, context) {
        const cleaned = (0, normalize_1.cleanInput)(text);
        const lexicon = this.deps.trainingData.lexicon;
        const contextWords = context?.procedureCode ? this.procedures.contextWords(context.procedureCode) : [];
        const analysis = (0, analyze_1.analyze)(cleaned, lexicon, contextWords);
        const now = context?.now ?? this.deps.now?.() ?? new Date();
        const entities = (0, entities_1.extractEntities)(cleaned, analysis.folded, now, this.communes);
        const situation = this.situations.read(analysis.tokens, (0, queryTerms_1.questionPhraseMask)(analysis.tokens, lexicon));
        // A commune's name says where, not what: it takes no part in naming the procedure.
        const match = this.procedures.matchAnalysis(entities.commune ? withoutPhrase(analysis, entities.commune.text) : analysis, 5, situation);
        const cues = this.intents.cues(analysis, entities.dossierCode !== undefined);
        const place = entities.commune ? null : this.places.find(analysis.folded, analysis.normalized);
        if (place && !place.residence)
            entities.otherPlace = { province: place.province, text: place.text };
        const domain = this.domain.read(analysis, entityWords(entities, place?.text, localNames(cleaned)));
        // A story the classifier is sure of names its procedure if it tells a situation ("mới đẻ", "mất sổ"), not only
        // office words, or if it asks about a procedure in the office's own words ("con tôi nghiện, muốn cai ở nhà thì làm sao").
        const asks = [...cues].some((c) => ASKS_ABOUT_A_PROCEDURE.has(c)) && ![...cues].some((c) => NOT_A_PROCEDURE_QUESTION.has(c)) && domain.foreign.length <= MAX_FOREIGN_IN_TOLD_QUESTION;
        const told = match.told && (asks || situation.situations.some((s) => s !== OFFICE_SITUATION));
        const top = match.specific || told ? (match.candidates[0] ?? null) : null;
        const procedureWords = top ? this.procedures.procedureWords(analysis, top.code) : new Set();
        const classified = this.intents.classify(analysis, entities.dossierCode !== undefined, procedureWords, cues);
        const scope = this.scope(analysis, top, match, situation, classified, domain, procedureWords.size);
        const firstStage = decideIntent(scope.evidence, top !== null, { foreign: scope.foreign || entities.otherPlace !== undefined, unanchored: scope.unanchored });
        const firstShown = shownProcedure(firstStage.intent, top, match);
        // What the first stage read, for the intent model's second look (and to train it: scripts/nlu-train.ts).
        const reading = intentModel_1.MODEL_INTENTS.includes(firstStage.intent)
            ? {
                intent: firstStage.intent,
                scores: scope.evidence.scores,
                cues: scope.evidence.cues,
                tokens: analysis.tokens.map((t) => t.folded),
                ...clauseWords(cleaned, analysis, lexicon),
                phrases: questionPhrases(analysis, lexicon),
                typedAccents: analysis.typedAccents,
                told: match.told,
                specific: match.specific,
                bySituation: match.bySituation,
                procedure: firstShown.procedure !== null,
                ambiguous: firstShown.ambiguous,
                candidate: match.candidates.length > 0,
                topScore: match.raw[0] ?? 0,
                otherPlace: entities.otherPlace !== undefined,
                foreign: domain.foreign.length,
                content: domain.content,
                situations: situation.situations,
            }
            : null;
        const model = this.deps.trainingData.intentModel;
        const { intent, intents } = model && reading && model.covers(reading.intent) && (0, intentModel_1.revisited)(reading) ? secondLook(model, firstStage, reading) : firstStage;
        const { procedure, ambiguous } = intent === firstStage.intent ? firstShown : shownProcedure(intent, top, match);
        const result = {
            text: typeof text === 'string' ? text : '',
            normalized: analysis.normalized,
            intent,
            intentConfidence: intents.find((i) => i.intent === intent)?.score ?? 0,
            intents,
            procedure,
            alternatives: procedure ? match.candidates.slice(1) : [],
            ambiguous,
            entities,
        };
        return { result, procedureMatch: match, intentEvidence: scope.evidence, firstStageIntent: firstStage.intent, intentReading: reading, domain, situation };
    }
}
exports.VietnameseRecognizer = VietnameseRecognizer;
/**
 * The procedure reported for an intent: none when out of scope; the one the message names, else, for a question
 * about a procedure, the best fit as a guess to confirm (ambiguous): "có phải anh/chị hỏi về ...?" serves the
 * citizen better than "không rõ thủ tục nào".
 */
function shownProcedure(intent, top, match) {
    if (intent === 'out_of_scope')
        return { procedure: null, ambiguous: false };
    const guess = !top && ASKS_ABOUT_A_PROCEDURE.has(intent) ? (match.candidates[0] ?? null) : null;
    const procedure = top ?? guess;
    return { procedure, ambiguous: procedure !== null && (match.ambiguous || guess !== null) };
}
/** Folded syllables of the message's last clause (after its last comma, full stop, question mark...), and how many clauses it has. */
function clauseWords(cleaned, analysis, lexicon) {
    const clauses = cleaned.split(CLAUSE_BREAK).filter((c) => /\p{L}/u.test(c));
    const last = clauses[clauses.length - 1];
    // One clause is the whole message, already analysed.
    const tokens = last === undefined ? [] : clauses.length === 1 ? analysis.tokens : (0, analyze_1.analyze)(last, lexicon).tokens;
    return { lastClause: tokens.map((t) => t.folded), clauses: clauses.length };
}
const CLAUSE_BREAK = /[,.?!;:]+|\s-\s/;
/** Runs of question-phrase tokens ("can giay to gi", "o dau"), folded, in order. */
function questionPhrases(analysis, lexicon) {
    const mask = (0, queryTerms_1.questionPhraseMask)(analysis.tokens, lexicon);
    const phrases = [];
    let run = [];
    analysis.tokens.forEach((t, i) => {
        if (mask[i])
            run.push(t.folded);
        else if (run.length > 0) {
            phrases.push(run.join(' '));
            run = [];
        }
    });
    if (run.length > 0)
        phrases.push(run.join(' '));
    return phrases;
}
/**
 * The intent model's decision over the first stage's (see IntentModel): the model's classes share what the first
 * stage gave them in the proportions of the model's probabilities, and its choice goes first.
 */
function secondLook(model, first, reading) {
    const p = model.probabilities((0, intentModel_1.intentModelFeatures)(reading));
    let best = 0;
    p.forEach((v, k) => {
        if (v > p[best])
            best = k;
    });
    const intent = model.classes[best];
    const covered = first.intents.filter((i) => model.covers(i.intent));
    const mass = Math.min(1, covered.reduce((sum, i) => sum + i.score, 0)) || 1;
    const scores = first.intents
        .map((i) => {
        const k = model.classes.indexOf(i.intent);
        return k < 0 ? i : { intent: i.intent, score: Math.round(p[k] * mass * 1000) / 1000 };
    })
        .sort((x, y) => y.score - x.score);
    const chosen = scores.find((i) => i.intent === intent);
    const rest = scores.filter((i) => i.intent !== intent);
    return { intent, intents: [{ intent, score: Math.min(1, Math.max(chosen?.score ?? 0, rest[0]?.score ?? 0)) }, ...rest] };
}
/** The analysis with the tokens of one folded phrase ("dinh hoa") left out. */
function withoutPhrase(analysis, folded) {
    const words = folded.split(' ');
    const tokens = [...analysis.tokens];
    for (let i = 0; i + words.length <= tokens.length; i++) {
        if (words.every((w, k) => tokens[i + k]?.folded === w)) {
            tokens.splice(i, words.length);
            break;
        }
    }
    return tokens.length === analysis.tokens.length ? analysis : withTokens(analysis, tokens);
}
/** The analysis of the same message with only these of its tokens (normalized and folded text to match). */
function withTokens(analysis, tokens) {
    return { ...analysis, tokens, normalized: tokens.map((t) => t.surface).join(' '), folded: tokens.map((t) => t.folded).join(' ') };
}
/** Folded syllables of names the citizen gave (a person, a commune, a province, a hamlet): never foreign words. */
function entityWords(entities, placeText, names = []) {
    const out = new Set();
    for (const text of [entities.personName, entities.commune?.text, placeText, ...names]) {
        if (text)
            for (const w of analyzeWords(text))
                out.add(w);
    }
    return out;
}
/** A hamlet, village or quarter named with capitals after its kind ("bản Nà Mòn", "thôn Khuôn Tát", "xóm Pác Cáp"). */
const LOCAL_NAME = /(?<![\p{L}\p{N}])(?:[Bb]ản|[Tt]hôn|[Xx]óm|[Ll]àng|[Bb]on|[Bb]uôn|[Tt]ổ|[Kk]hu|[Ấấ]p)\s+(\p{Lu}\p{L}*(?:\s+\p{Lu}\p{L}*){0,2})/gu;
/** Names of local places the citizen typed with capitals: names, not words foreign to the office. */
function localNames(text) {
    return [...text.matchAll(LOCAL_NAME)].map((m) => m[1] ?? '');
}
function analyzeWords(text) {
    return (0, fold_1.foldPhrase)(text).split(' ');
}
/**
 * Mostly about something the office does not handle: foreign words are several, a fair share of the
 * message, and outnumber the words naming the matched procedure ("giá thuê rạp cưới trọn gói").
 */
function isForeign(domain, procedureWordCount) {
    const n = domain.foreign.length;
    const share = procedureWordCount > 0 ? MIN_FOREIGN_SHARE_BESIDE_PROCEDURE : MIN_FOREIGN_SHARE;
    return n >= MIN_FOREIGN && n >= share * domain.content && n > procedureWordCount;
}
/** The same evidence with one more intent's cue. */
function withCue(evidence, cue) {
    return { ...evidence, cues: new Set([...evidence.cues, cue]) };
}
/** The same evidence without one intent's cue. */
function withoutCue(evidence, cue) {
    const cues = new Set(evidence.cues);
    cues.delete(cue);
    return { ...evidence, cues };
}
/** Final intent from classifier scores, cues and whether a procedure is clearly mentioned. */
function decideIntent(evidence, hasProcedure, domain = { foreign: false }) {
    const intents = [...evidence.scores];
    const first = intents[0];
    let intent = first?.intent ?? 'out_of_scope';
    const cued = evidence.cues.has(intent);
    if (evidence.cues.has('out_of_scope'))
        intent = 'out_of_scope';
    else if (domain.foreign && !(cued && CONVERSATIONAL_CUED.has(intent)))
        intent = 'out_of_scope';
    else if (domain.unanchored && ASKS_ABOUT_A_PROCEDURE.has(intent))
        intent = 'out_of_scope';
    else if (hasProcedure && (YIELD_TO_PROCEDURE.has(intent) || (YIELD_UNCUED.has(intent) && !cued)))
        intent = 'ask_procedure';
    else if (hasProcedure && !cued && (evidence.cues.size === 0 || (first?.score ?? 0) < MIN_BAYES_OVER_PROCEDURE))
        intent = 'ask_procedure';
    else if (!hasProcedure && !cued && (evidence.known < MIN_KNOWN || (first?.score ?? 0) < MIN_BAYES_WITHOUT_CUE || intent === 'ask_procedure' || intent === 'help')) {
        intent = 'out_of_scope';
    }
    if (intent !== first?.intent) {
        const chosen = intents.find((i) => i.intent === intent);
        const rest = intents.filter((i) => i.intent !== intent);
        intents.splice(0, intents.length, { intent, score: Math.max(chosen?.score ?? 0, first?.score ?? 0) }, ...rest);
    }
    return { intent, intents };
}
/** Intents whose training utterances never name a procedure: their bigrams are everyday conversation. */
const CONVERSATIONAL_INTENTS = ['greet', 'thanks', 'help', 'cancel', 'check_status', 'talk_to_officer', 'feedback', 'out_of_scope'];
function conversationalBigrams(trainingData) {
    const out = new Set();
    for (const intent of CONVERSATIONAL_INTENTS) {
        for (const text of trainingData.intents.get(intent) ?? []) {
            const words = (0, queryTerms_1.contentTokens)((0, analyze_1.analyze)(text, trainingData.lexicon).tokens, trainingData.lexicon).map((t) => t.folded);
            for (const b of (0, tokens_1.bigrams)(words))
                out.add(b);
        }
    }
    return out;
}
/**
 * Builds a recognizer from catalogue, training data and communes (≈1 s for the full catalogue).
 *
 * @example
 * const recognizer = buildRecognizer({ catalogue, trainingData: loadTrainingData(dataDir), communes });
 */
function buildRecognizer(deps) {
    const lexicon = deps.trainingData.lexicon;
    const procedures = new procedures_1.ProcedureIndex(deps.catalogue, lexicon, deps.trainingData.hints, conversationalBigrams(deps.trainingData), deps.scoring ?? procedureScoring_1.DEFAULT_SCORING, deps.trainingData.stories, deps.trainingData.analysedStories, deps.trainingData.analysedCatalogue);
    const intents = new intents_1.IntentClassifier(deps.trainingData.intents, lexicon, (analysis) => {
        // A name the utterance types is the catalogue's or a hint's: stories need not be looked through.
        const match = procedures.matchAnalysis(analysis, 1, undefined, { stories: false });
        const top = match.specific ? match.candidates[0] : undefined;
        return top ? procedures.procedureWords(analysis, top.code) : new Set();
    });
    const communes = deps.communes && deps.communes.length > 0 ? (0, entities_1.communeMatcher)(deps.communes) : null;
    const situations = new situations_1.SituationReader(deps.trainingData.situations, deps.catalogue.lifeEvents(), lexicon.accentedOnly);
    const places = new places_1.PlaceMatcher(deps.trainingData.places, deps.province);
    return new VietnameseRecognizer(procedures, intents, deps, communes, new domainVocabulary_1.DomainVocabulary(domainTexts(deps), lexicon), situations, places);
}
/** What the office talks about: see DomainVocabulary. */
function* domainTexts(deps) {
    const { trainingData, catalogue } = deps;
    for (const p of catalogue.all()) {
        if (!p.curated)
            continue;
        yield p.name;
        if (p.shortName)
            yield p.shortName;
        yield* p.aliases;
        yield* p.exampleQuestions;
    }
    for (const texts of trainingData.hints.values())
        yield* texts;
    for (const le of catalogue.lifeEvents())
        yield* [le.name, ...le.aliases];
    // Greetings, thanks and feedback are everyday talk: their words say nothing about the office's business.
    for (const [intent, texts] of trainingData.intents)
        if (!CONVERSATIONAL_INTENTS.includes(intent) || intent === 'check_status')
            yield* texts;
    for (const c of trainingData.lexicon.concepts)
        yield c.expand;
    yield* trainingData.lexicon.shorthand.values();
    yield* trainingData.lexicon.questionPhrases;
    yield* trainingData.lexicon.everydayWords;
    for (const c of deps.communes ?? [])
        yield* [c.name, ...(c.aliases ?? []), ...(c.formerUnits ?? [])];
}
/**
 * Holds the live recognizer; staff edits go live by building a new one and swapping it in — a single
 * reference assignment, so a parse in flight finishes on the old build.
 *
 * @example
 * const holder = new RecognizerHolder(buildRecognizer(deps), () => buildRecognizer(loadDeps()));
 * holder.rebuild(); // after a catalogue edit
 */
class RecognizerHolder {
    recognizer;
    factory;
    constructor(recognizer, factory) {
        this.recognizer = recognizer;
        this.factory = factory;
    }
    current() {
        return this.recognizer;
    }
    /** Replaces the live recognizer; returns the previous one. */
    swap(next) {
        const previous = this.recognizer;
        this.recognizer = next;
        return previous;
    }
    /** Builds a new recognizer with the factory and swaps it in. If the build throws, the old one stays. */
    rebuild() {
        if (!this.factory)
            throw new Error('RecognizerHolder.rebuild needs a factory');
        const next = this.factory();
        this.swap(next);
        return next;
    }
}
exports.RecognizerHolder = RecognizerHolder;
