"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.ProcedureIndex = void 0;
exports.nameHeads = nameHeads;
exports.catalogueIndexTexts = catalogueIndexTexts;
exports.indexedText = indexedText;
const analyze_1 = require("./analyze");
const analysedTexts_1 = require("./analysedTexts");
const fuzzy_1 = require("./fuzzy");
const procedureScoring_1 = require("./procedureScoring");
const storyClassifier_1 = require("./storyClassifier");
const queryTerms_1 = require("./queryTerms");
const NO_EVIDENCE = { procedures: new Map(), scenarioProcedures: new Map() };
/** A bigram in at most this share of procedures (or a handful) names a procedure, unlike "đăng ký". */
const SPECIFIC_SHARE = 0.11;
const SPECIFIC_MIN_DF = 5;
/** A meant procedure within this share of an unmeant first candidate's score takes its place. */
const NAMED_OVER_STORY = 0.8;
/** ...and the candidates it passed are scored at most this share of it (not ambiguous with it). */
const STORY_RIVAL = 0.5;
/**
 * A candidate whose name the citizen typed word for word, longer than the first candidate's and containing
 * it ("xóa đăng ký thường trú" over "đăng ký thường trú"), takes its place when within this share of its score.
 */
const LONGER_NAME_OVER = 0.5;
/** ...and the candidates it passed are scored at most this share of it. */
const LONGER_NAME_RIVAL = 0.85;
/** The story classifier's probabilities count in full from this many known words and bigrams. */
const STORY_CLASSIFIER_FULL = 14;
/** ...and at this probability (so scaled) it is sure the message tells a story of its first candidate. */
const STORY_SURE = 0.5;
const QUALIFIER = /\s(?:đối với|trong trường hợp|trong các trường hợp|thực hiện|tại|theo quy định|do\s)|[;:(]/i;
/**
 * Shorter forms of a long official name: without parenthesised parts, and the part before its first
 * qualifier ("Cấp giấy phép xây dựng mới đối với công trình ..." → "Cấp giấy phép xây dựng mới").
 */
function nameHeads(name) {
    const heads = new Set();
    const noParens = name.replace(/\([^)]*\)/g, ' ').replace(/\s+/g, ' ').trim();
    if (noParens !== name.trim())
        heads.add(noParens);
    const cut = QUALIFIER.exec(name);
    if (cut && cut.index > 8)
        heads.add(name.slice(0, cut.index).trim());
    return [...heads];
}
/**
 * Ranks every procedure of the catalogue for a message: idf-weighted overlap (query coverage blended
 * with cosine) over folded syllables and bigrams of names, short names, aliases, hints, example
 * questions, life events and domains. Accented matches win when the citizen typed accents; unknown
 * syllables and bigrams are matched fuzzily. Buffers are reused between calls (single-threaded).
 */
class ProcedureIndex {
    lexicon;
    conversational;
    scoring;
    procedures;
    byCode = new Map();
    postings = new Map();
    /** Documents from this number on are stories (see matchAnalysis's `stories`). */
    firstStoryDoc;
    /**
     * For each posting, the accented spelling the document uses for the term, or the set of them when it uses
     * several ("sổ" and "số" both fold to "so"): the accent check of a long posting list is then, almost
     * always, one string comparison per document.
     */
    postingSurfaces = new Map();
    df = new Map();
    idf = new Map();
    fuzzy;
    prior;
    docProc;
    docWeight;
    docNorm;
    /** Idf mass of a document's syllables (bigrams left out): the denominator of how much of it was matched. */
    docUnigramMass;
    docQualifiers;
    docIsDomain;
    /** Stories are long: a paraphrase shares few of their words, so their coverage counts less (storyCoverageExponent). */
    docIsStory;
    docLabels;
    /** Folded syllables of each procedure's own texts (domain excluded). */
    procVocabulary;
    /** Each procedure's names (name, heads, short name, aliases, hints) of two syllables or more, folded, longest first. */
    procNames;
    dot;
    dotUnigram;
    touched;
    procBest;
    procBestDoc;
    procDomain;
    procTouched;
    /** 1 for the procedures in `procTouched` while a message is ranked. */
    procSeen;
    /** Each touched procedure's score while a message is ranked. */
    procScore;
    storyClassifier;
    /** For each code of the story classifier, the procedure's index (-1 when not in the catalogue). */
    storyClassProc;
    /** How many entries of `touched` the message being ranked has filled. */
    touchedCount = 0;
    /** Texts the build analysed itself, found neither among the stories nor the catalogue texts analysed ahead of time. */
    textsAnalysed = 0;
    /** Story-classifier probability per procedure for the message being ranked (reset after each call). */
    procStoryProbability;
    constructor(catalogue, lexicon, hints = new Map(), 
    /** Bigrams of everyday conversation ("cán bộ", "hồ sơ"): never taken as naming a procedure. */
    conversational = new Set(), scoring = procedureScoring_1.DEFAULT_SCORING, stories = new Map(), 
    /** Story text → its analysis made ahead of time (see analysedTexts.ts). */
    analysedStories = new Map(), 
    /** Catalogue text → its analysis made ahead of time (see analysedTexts.ts). */
    analysedCatalogue = new Map()) {
        this.lexicon = lexicon;
        this.conversational = conversational;
        this.scoring = scoring;
        this.procedures = catalogue.all();
        const w = scoring.fieldWeights;
        const pending = [];
        // Domain names and life events repeat across procedures: each distinct text is analysed once.
        const analysed = new Map();
        const analysedText = (text) => {
            let a = analysed.get(text);
            if (!a) {
                // A text analysed ahead of time (data/nlu/catalogue-analysed.json) is only decoded.
                const encoded = analysedCatalogue.get(text);
                if (encoded === undefined)
                    this.textsAnalysed++;
                const indexed = encoded === undefined ? indexedText(text, lexicon) : (0, analysedTexts_1.decodeIndexedText)(encoded);
                a = { terms: (0, queryTerms_1.termsOf)(indexed.tokens), qualifiers: indexed.qualifiers, folded: indexed.folded };
                analysed.set(text, a);
            }
            return a;
        };
        // A story analysed ahead of time (data/nlu/stories-analysed.json) is only decoded.
        const storyTerms = (text) => {
            const encoded = analysedStories.get(text);
            if (encoded === undefined)
                return analysedText(text);
            const { tokens, qualifiers } = (0, analysedTexts_1.decodeAnalysis)(encoded);
            return { terms: (0, queryTerms_1.termsOf)(tokens), qualifiers };
        };
        this.procNames = this.procedures.map(() => []);
        const addName = (proc, text) => {
            // "Thủ tục đăng ký giám hộ" is typed "đăng ký giám hộ".
            const folded = analysedText(text).folded.replace(/^thu tuc /, '');
            if (folded.includes(' '))
                this.procNames[proc]?.push(folded);
        };
        // The same term recurs in thousands of texts: one object for each, so that the build's working data stays small
        // (surviving objects are what makes the garbage collector slow while the index is being built).
        const termPool = new Map();
        const pooled = (terms) => {
            for (let k = 0; k < terms.length; k++) {
                const t = terms[k];
                const same = termPool.get(t.surface);
                if (same === undefined)
                    termPool.set(t.surface, t);
                else if (same.weight === t.weight && same.accented === t.accented)
                    terms[k] = same;
            }
            return terms;
        };
        const add = (proc, weight, text, domain = false, story = false) => {
            const a = story ? storyTerms(text) : analysedText(text);
            if (a.terms.length > 0)
                pending.push({ proc, label: text, weight, terms: pooled(a.terms), domain, story, qualifiers: domain ? 0 : a.qualifiers });
        };
        this.procedures.forEach((p, i) => {
            this.byCode.set(p.code, i);
            add(i, w.name, p.name);
            for (const head of nameHeads(p.name))
                add(i, w.head, head);
            if (p.shortName)
                add(i, w.shortName, p.shortName);
            for (const a of p.aliases)
                add(i, w.alias, a);
            for (const h of hints.get(p.code) ?? [])
                add(i, w.hint, h);
            for (const name of [p.name, ...nameHeads(p.name), ...(p.shortName ? [p.shortName] : []), ...p.aliases, ...(hints.get(p.code) ?? [])])
                addName(i, name);
            for (const q of p.exampleQuestions)
                add(i, w.example, q);
            for (const s of stories.get(p.code) ?? [])
                add(i, w.story, s, false, true);
            if (p.domain)
                add(i, w.domain, p.domain, true);
        });
        for (const le of catalogue.lifeEvents()) {
            le.procedures.forEach((code, k) => {
                const i = this.byCode.get(code);
                if (i === undefined)
                    return;
                for (const text of [le.name, ...le.aliases])
                    add(i, w.lifeEvent * (k === 0 ? 1 : scoring.lifeEventFollowing), text);
            });
        }
        for (const names of this.procNames)
            names.sort((a, b) => b.length - a.length);
        // Stories take the last document numbers: a match that leaves them out stops at the first one.
        pending.sort((a, b) => Number(a.story) - Number(b.story));
        this.firstStoryDoc = pending.findIndex((d) => d.story);
        if (this.firstStoryDoc < 0)
            this.firstStoryDoc = pending.length;
        this.storyClassifier = new storyClassifier_1.StoryClassifier(pending.filter((d) => d.story).map((d) => ({ code: this.procedures[d.proc].code, keys: d.terms.map((t) => t.key) })), scoring.storyClassifier.smoothing, scoring.storyClassifier.temperature);
        this.storyClassProc = Int32Array.from(this.storyClassifier.codes.map((code) => this.byCode.get(code) ?? -1));
        // Terms are numbered in the order the documents first use them, so that the working sets below are arrays
        // stamped with a document number rather than a Map or Set cleared for each of the 21,000 documents.
        const termId = new Map();
        const termKeys = [];
        const docTerms = pending.map((d) => {
            const ids = new Int32Array(d.terms.length);
            d.terms.forEach((t, k) => {
                let id = termId.get(t.key);
                if (id === undefined) {
                    id = termKeys.length;
                    termId.set(t.key, id);
                    termKeys.push(t.key);
                }
                ids[k] = id;
            });
            return ids;
        });
        const termCount = termKeys.length;
        const termDf = new Int32Array(termCount);
        const lastProc = new Int32Array(termCount).fill(-1);
        pending.forEach((d, docId) => {
            // Stories are many and wordy: they would make everyday words look common to the catalogue.
            if (d.story)
                return;
            const ids = docTerms[docId];
            for (let k = 0; k < ids.length; k++) {
                const id = ids[k];
                if (lastProc[id] === d.proc)
                    continue;
                lastProc[id] = d.proc;
                termDf[id] = termDf[id] + 1;
            }
        });
        const n = Math.max(1, this.procedures.length);
        const termIdf = new Float64Array(termCount);
        for (let id = 0; id < termCount; id++) {
            const df = termDf[id];
            if (df === 0)
                continue;
            const key = termKeys[id];
            this.df.set(key, df);
            termIdf[id] = Math.log(1 + n / df);
            this.idf.set(key, termIdf[id]);
        }
        const lists = [];
        const surfaces = [];
        this.docProc = new Int32Array(pending.length);
        this.docWeight = new Float64Array(pending.length);
        this.docNorm = new Float64Array(pending.length);
        this.docUnigramMass = new Float64Array(pending.length);
        this.docQualifiers = new Int32Array(pending.length);
        this.docIsDomain = new Uint8Array(pending.length);
        this.docIsStory = new Uint8Array(pending.length);
        this.docLabels = [];
        this.procVocabulary = this.procedures.map(() => new Set());
        // A document's spellings of each term (one, or a set when it has several), valid where spelledIn is the document.
        const spelling = new Array(termCount).fill('');
        const spelledIn = new Int32Array(termCount).fill(-1);
        const postedIn = new Int32Array(termCount).fill(-1);
        const interned = new Map();
        pending.forEach((d, docId) => {
            const ids = docTerms[docId];
            if (!d.domain && !d.story)
                for (const t of d.terms)
                    this.procVocabulary[d.proc]?.add(t.key);
            let mass = 0;
            let unigramMass = 0;
            d.terms.forEach((t, k) => {
                const id = ids[k];
                if (spelledIn[id] !== docId) {
                    spelledIn[id] = docId;
                    spelling[id] = t.surface;
                    return;
                }
                const seen = spelling[id];
                if (typeof seen !== 'string')
                    seen.add(t.surface);
                else if (seen !== t.surface)
                    spelling[id] = new Set([seen, t.surface]);
            });
            d.terms.forEach((t, k) => {
                const id = ids[k];
                if (postedIn[id] === docId)
                    return;
                postedIn[id] = docId;
                const idf = termIdf[id];
                // A story's words the catalogue never uses weigh nothing, and its commonest ones (đăng ký, giấy) say little
                // about which story it is: no posting to walk through for them.
                if (idf === 0 || (d.story && idf < scoring.storyMinIdf))
                    return;
                mass += (t.bigram ? scoring.bigramWeight : 1) * t.weight * idf * idf;
                if (!t.bigram)
                    unigramMass += t.weight * idf * idf;
                // One string per spelling: postings by the hundred thousand would otherwise each keep their own copy.
                let surface = spelling[id];
                if (typeof surface === 'string') {
                    const same = interned.get(surface);
                    if (same === undefined)
                        interned.set(surface, surface);
                    else
                        surface = same;
                }
                const list = lists[id];
                if (list) {
                    list.push(docId);
                    surfaces[id]?.push(surface);
                }
                else {
                    lists[id] = [docId];
                    surfaces[id] = [surface];
                }
            });
            this.docProc[docId] = d.proc;
            this.docWeight[docId] = d.weight;
            this.docNorm[docId] = Math.sqrt(mass);
            this.docUnigramMass[docId] = unigramMass;
            this.docQualifiers[docId] = d.qualifiers;
            this.docIsDomain[docId] = d.domain ? 1 : 0;
            this.docIsStory[docId] = d.story ? 1 : 0;
            this.docLabels.push(d.label);
        });
        for (let id = 0; id < termCount; id++) {
            const list = lists[id];
            if (!list)
                continue;
            const key = termKeys[id];
            this.postings.set(key, Int32Array.from(list));
            this.postingSurfaces.set(key, surfaces[id]);
        }
        // A closure made in this constructor would keep all of its working data alive (pending documents, posting lists).
        this.fuzzy = new fuzzy_1.FuzzyVocabulary([...this.df.keys()].filter((k) => !k.includes('_')), frequencyIn(this.df));
        this.prior = Float64Array.from(this.procedures.map((p) => 1 + (p.curated ? scoring.curatedPrior : 0) + (p.levels?.includes('commune') ? scoring.communePrior : 0)));
        this.dot = new Float64Array(pending.length);
        this.dotUnigram = new Float64Array(pending.length);
        this.touched = new Int32Array(pending.length);
        this.procBest = new Float64Array(n);
        this.procBestDoc = new Int32Array(n);
        this.procDomain = new Float64Array(n);
        this.procTouched = new Int32Array(n);
        this.procSeen = new Uint8Array(n);
        this.procScore = new Float64Array(n);
        this.procStoryProbability = new Float64Array(n);
    }
    get size() {
        return this.procedures.length;
    }
    /** How many texts the build had to analyse itself (0 when the files made ahead of time are current). */
    get analysedAtBuild() {
        return this.textsAnalysed;
    }
    procedure(code) {
        const i = this.byCode.get(code);
        return i === undefined ? undefined : this.procedures[i];
    }
    /** Folded syllables of a procedure's name: context for short forms in follow-up messages. */
    contextWords(code) {
        const p = this.procedure(code);
        return p ? (0, analyze_1.analyze)(p.name, this.lexicon).tokens.map((t) => t.folded) : [];
    }
    /** Folded syllables of the message that belong to the procedure: masked out of intent features. */
    procedureWords(analysis, code) {
        const i = this.byCode.get(code);
        const vocabulary = i === undefined ? undefined : this.procVocabulary[i];
        const out = new Set();
        if (!vocabulary)
            return out;
        for (const t of (0, queryTerms_1.contentTokens)(analysis.tokens, this.lexicon))
            if (vocabulary.has(t.folded))
                out.add(t.folded);
        return out;
    }
    isSpecific(proc, query) {
        const vocabulary = this.procVocabulary[proc];
        if (!vocabulary)
            return false;
        return query.some(({ term }) => term.bigram &&
            !this.conversational.has(term.key) &&
            vocabulary.has(term.key) &&
            (this.df.get(term.key) ?? Infinity) <= Math.max(SPECIFIC_MIN_DF, SPECIFIC_SHARE * this.procedures.length));
    }
    match(text, limit = 5) {
        return this.matchAnalysis((0, analyze_1.analyze)(text, this.lexicon), limit);
    }
    /**
     * `situational` (life-event evidence in [0, 1] and scenario evidence in [0, 2] per procedure code, see SituationReader) adds
     * `scoring.lifeEventEvidence` and `scoring.scenarioEvidence` times the evidence to a procedure's score; the rest of the message picks
     * among a life event's procedures, and a procedure with such evidence counts as meant. Options: without
     * `concepts`, only the citizen's own words count (no everyday phrasing mapped to catalogue wording); without
     * `stories`, citizens' stories take no part (neither the closest one nor the classifier pooling them).
     */
    matchAnalysis(analysis, limit = 5, situational = NO_EVIDENCE, options = {}) {
        const withStories = options.stories ?? true;
        const concepts = (options.concepts ?? true) ? (0, queryTerms_1.conceptTokens)(analysis, this.lexicon) : { ids: [], segments: [] };
        const query = this.queryTerms(analysis, concepts.segments);
        let pooled = false;
        try {
            const qMass = this.accumulate(query, withStories ? Number.POSITIVE_INFINITY : this.firstStoryDoc);
            pooled = withStories && this.poolStories(analysis);
            const said = ` ${(0, queryTerms_1.statementText)(analysis.tokens, this.lexicon)} , ${concepts.segments.map((seg) => seg.map((t) => t.folded).join(' ')).join(' , ')} `;
            const qualifiers = { asked: qualifierBits(this.lexicon, said, 'query'), mentioned: qualifierBits(this.lexicon, said, 'any') };
            return this.rank(this.touchedCount, qMass, concepts.ids, limit, query, qualifiers, this.evidenceByProc(situational), ` ${analysis.folded} `);
        }
        finally {
            this.clear(pooled);
        }
    }
    /**
     * Adds each query term's idf-weighted overlap to the documents that hold it (`dot`, `dotUnigram`, listed in
     * `touched`, their number in `touchedCount`); documents from `lastDoc` on are left out. Returns the query's mass.
     */
    accumulate(query, lastDoc) {
        this.touchedCount = 0;
        let qMass = 0;
        const seen = new Set();
        for (const { term, weight } of query) {
            if (seen.has(term.key))
                continue;
            seen.add(term.key);
            const idf = this.idf.get(term.key) ?? 0;
            const mass = weight * idf * idf;
            qMass += mass;
            const list = this.postings.get(term.key);
            if (list)
                this.addPostings(list, this.postingSurfaces.get(term.key) ?? [], term, mass, idf * idf, lastDoc);
        }
        return qMass;
    }
    /** The hot loop of a parse, on its own so that it is compiled small: the accent check only for a word typed with accents. */
    addPostings(list, spelled, term, mass, unigram, lastDoc) {
        const { dot, dotUnigram, touched } = this;
        const mismatch = this.scoring.accentMismatch;
        const accented = term.accented;
        const bigram = term.bigram;
        const surface = term.surface;
        let touchedCount = this.touchedCount;
        for (let k = 0; k < list.length; k++) {
            const docId = list[k];
            if (docId >= lastDoc)
                break;
            let factor = 1;
            if (accented) {
                const spelling = spelled[k] ?? '';
                if (typeof spelling === 'string' ? spelling !== surface : !spelling.has(surface))
                    factor = mismatch;
            }
            const before = dot[docId];
            if (before === 0)
                touched[touchedCount++] = docId;
            dot[docId] = before + mass * factor;
            if (!bigram)
                dotUnigram[docId] = dotUnigram[docId] + unigram * factor;
        }
        this.touchedCount = touchedCount;
    }
    /**
     * The story classifier's posterior over procedures, scaled by how many of the message's words the stories know
     * (a posterior from two or three words is a guess), into `procStoryProbability`. True when it was set.
     */
    poolStories(analysis) {
        const keys = [];
        for (const t of (0, queryTerms_1.termsOf)((0, queryTerms_1.contentTokens)(analysis.tokens, this.lexicon)))
            keys.push(t.key);
        const storyProbability = this.storyClassifier.posterior(keys);
        if (!storyProbability)
            return false;
        const storyEvidence = Math.min(1, storyProbability.known / STORY_CLASSIFIER_FULL);
        const { probability } = storyProbability;
        const { storyClassProc, procStoryProbability } = this;
        for (let c = 0; c < storyClassProc.length; c++) {
            const proc = storyClassProc[c];
            if (proc >= 0)
                procStoryProbability[proc] = probability[c] * storyEvidence;
        }
        return true;
    }
    /** Leaves the buffers of a ranking clean for the next message. */
    clear(pooled) {
        const { dot, dotUnigram, touched, storyClassProc, procStoryProbability } = this;
        for (let k = 0; k < this.touchedCount; k++) {
            const docId = touched[k];
            dot[docId] = 0;
            dotUnigram[docId] = 0;
        }
        this.touchedCount = 0;
        if (pooled)
            for (let c = 0; c < storyClassProc.length; c++) {
                const proc = storyClassProc[c];
                if (proc >= 0)
                    procStoryProbability[proc] = 0;
            }
    }
    queryTerms(analysis, conceptSegments) {
        const s = this.scoring;
        const out = [];
        const push = (terms, factor) => {
            for (const term of terms) {
                let weight = factor * term.weight * (term.bigram ? s.bigramWeight : 1);
                let resolved = term;
                if (!this.idf.has(term.key)) {
                    const fix = term.bigram
                        ? (0, fuzzy_1.fixBigram)(term.key, this.fuzzy, (k) => this.idf.has(k), (k) => this.df.get(k) ?? 0)
                        : this.fuzzy.lookup(term.key);
                    if (!fix)
                        continue;
                    resolved = { ...term, key: fix.term, accented: false };
                    weight *= s.fuzzyFactor;
                }
                out.push({ term: resolved, weight });
            }
        };
        push((0, queryTerms_1.termsOf)((0, queryTerms_1.contentTokens)(analysis.tokens, this.lexicon), this.lexicon.lowWeight), 1);
        // A long catalogue wording ("giấy chứng nhận quyền sử dụng đất" for "sổ đỏ") counts no more than a few words.
        for (const seg of conceptSegments) {
            const terms = (0, queryTerms_1.termsOf)(seg);
            push(terms, s.conceptWeight * Math.min(1, s.conceptMaxTerms / terms.length));
        }
        return out;
    }
    evidenceByProc(situational) {
        const out = new Map();
        const add = (evidence, weight) => {
            for (const [code, v] of evidence) {
                const i = this.byCode.get(code);
                if (i !== undefined && v > 0)
                    out.set(i, (out.get(i) ?? 0) + v * weight);
            }
        };
        add(situational.procedures, this.scoring.lifeEventEvidence);
        add(situational.scenarioProcedures, this.scoring.scenarioEvidence);
        return out;
    }
    rank(touchedCount, qMass, conceptIds, limit, query, qualifiers, situational, 
    /** The message's folded syllables, padded with spaces. */
    typed) {
        const s = this.scoring;
        const empty = { candidates: [], ambiguous: false, raw: [], rawCodes: [], evidence: [], concepts: conceptIds, specific: false, bySituation: false, told: false };
        if ((qMass === 0 || touchedCount === 0) && situational.size === 0)
            return empty;
        let procCount = this.scoreDocuments(touchedCount, qMass, qualifiers);
        procCount = this.scoreProcedures(procCount, situational);
        const top = [];
        this.considerAll(top, limit, procCount, 0);
        // Pooled stories (and citizens' own namings) reorder what the message's words found, never making a fit
        // of nothing; less where the message types a candidate's name.
        if ((top[0]?.v ?? 0) >= s.minScore) {
            const named = top.some((r) => this.typedName(r.proc, typed) !== '');
            top.length = 0;
            this.considerAll(top, limit, procCount, named ? s.storyClassifierWeightNamed : s.storyClassifierWeight);
        }
        for (let k = 0; k < procCount; k++)
            this.procScore[this.procTouched[k]] = 0;
        // A procedure the citizen names, or a situation evokes, beats a close one only a story resembles
        // ("con sinh ở Hà Nội, làm giấy khai sinh ở đâu" is not the story of a son back from Hà Nội).
        const meant = (r) => situational.has(r.proc) || this.isSpecific(r.proc, query);
        if (top[0] && !meant(top[0])) {
            const k = top.findIndex((r) => meant(r) && r.v >= NAMED_OVER_STORY * (top[0]?.v ?? 0));
            const promoted = top[k];
            if (k > 0 && promoted) {
                // The resemblances it passes count for less than the name: they stay as alternatives, not rivals.
                for (let j = 0; j < k; j++) {
                    const r = top[j];
                    if (r)
                        r.v = Math.min(r.v, STORY_RIVAL * promoted.v);
                }
                top.splice(k, 1);
                top.unshift(promoted);
            }
        }
        // A name typed in full (three syllables or more) fits however long the message around it: "Tôi muốn nộp hồ sơ
        // đăng ký khai tử cho cụ thân sinh ..., kính nhờ cán bộ hướng dẫn các bước" has too many other words to reach
        // the threshold by coverage alone.
        if ((top[0]?.v ?? 0) < s.minScore) {
            const fullName = top.find((r) => this.typedFullName(r.proc, typed));
            if (fullName) {
                fullName.v = s.minScore;
                top.sort(byScore);
            }
        }
        this.promoteLongerName(top, typed);
        // A first candidate whose name the citizen typed in full is not made ambiguous by one citizen's story that
        // shares some of the message's words: the story stays an alternative, not a rival.
        const [head, next] = top;
        if (head && next && this.typedFullName(head.proc, typed) && this.docIsStory[next.doc] === 1 && this.typedName(next.proc, typed) === '') {
            for (const r of top.slice(1))
                if (this.docIsStory[r.doc] === 1)
                    r.v = Math.min(r.v, STORY_RIVAL * head.v);
            const rest = top.slice(1).sort(byScore);
            top.splice(1, rest.length, ...rest);
        }
        const raw = top.map((r) => round(r.v));
        const rawCodes = top.map((r) => this.procedures[r.proc].code);
        const evidence = top.map((r) => (situational.has(r.proc) ? `[life event] ${this.docLabels[r.doc] ?? ''}` : (this.docLabels[r.doc] ?? '')));
        const first = top[0];
        if (!first || first.v < s.minScore)
            return { ...empty, raw, rawCodes, evidence };
        const second = top[1]?.v ?? 0;
        const { a, b, c } = s.calibration;
        const calibrate = (v, margin) => 1 / (1 + Math.exp(-(a * v + b * margin + c)));
        const candidates = top.map((r, i) => {
            const p = this.procedures[r.proc];
            return { code: p.code, name: p.name, score: round(calibrate(r.v, i === 0 ? r.v - second : r.v - first.v)) };
        });
        const named = this.isSpecific(first.proc, query);
        const told = this.procStoryProbability[first.proc] >= STORY_SURE;
        return {
            candidates,
            ambiguous: second >= s.ambiguityRatio * first.v,
            raw,
            rawCodes,
            evidence,
            concepts: conceptIds,
            specific: named || situational.has(first.proc),
            bySituation: !named && situational.has(first.proc),
            told,
        };
    }
    /**
     * Scores each touched document (query coverage blended with cosine, times its own coverage and the qualifier
     * penalties) and keeps each procedure's best document (`procBest`, `procBestDoc`; domains apart in
     * `procDomain`), listing the procedures in `procTouched`. Returns their number.
     */
    scoreDocuments(touchedCount, qMass, qualifiers) {
        const s = this.scoring;
        const qNorm = Math.sqrt(qMass);
        let procCount = 0;
        const { dot, dotUnigram, touched, docNorm, docUnigramMass, docQualifiers, docIsStory, docIsDomain, docProc, docWeight, procBest, procDomain, procBestDoc, procTouched, procSeen } = this;
        const { asked, mentioned } = qualifiers;
        const domainWeight = s.fieldWeights.domain;
        for (let k = 0; k < touchedCount; k++) {
            const docId = touched[k];
            const d = dot[docId];
            const norm = docNorm[docId];
            const uniMass = docUnigramMass[docId];
            const docShare = uniMass > 0 ? Math.min(1, dotUnigram[docId] / uniMass) : 0;
            const docQ = docQualifiers[docId];
            const unsaid = (docQ & ~mentioned) !== 0 ? s.qualifierPenalty : 1;
            // Each qualifier the message asks for and the text lacks counts: "đổi căn cước hết hạn" is nearer "cấp đổi" than "cấp".
            const missing = s.qualifierPenalty ** bitCount(asked & ~docQ);
            const score = (s.coverageShare * (d / qMass) + (1 - s.coverageShare) * (norm > 0 ? d / (qNorm * norm) : 0)) *
                this.coverage(docShare, docIsStory[docId] === 1) *
                unsaid *
                missing;
            const proc = docProc[docId];
            if (procSeen[proc] === 0) {
                procSeen[proc] = 1;
                procTouched[procCount++] = proc;
            }
            if (docIsDomain[docId] === 1) {
                procDomain[proc] = Math.max(procDomain[proc], score * domainWeight);
            }
            else if (score * docWeight[docId] > procBest[proc]) {
                procBest[proc] = score * docWeight[docId];
                procBestDoc[proc] = docId;
            }
        }
        return procCount;
    }
    /** How much a document's share of its own words that the message matched counts (stories less). */
    coverage(share, story) {
        const exponent = story ? this.scoring.storyCoverageExponent : this.scoring.docCoverageExponent;
        if (share >= 1)
            return 1;
        return exponent === 0.5 ? Math.sqrt(share) : exponent === 0.25 ? Math.sqrt(Math.sqrt(share)) : share ** exponent;
    }
    /**
     * Each touched procedure's score (`procScore`): its best document plus its domain, times its prior, plus the
     * situational evidence; procedures only a situation evokes are added to `procTouched`. Clears what
     * scoreDocuments left in `procBest`, `procDomain` and `procSeen`. Returns the number of procedures now listed.
     */
    scoreProcedures(procCount, situational) {
        const { procScore, procTouched, procBest, procDomain, procSeen, procBestDoc, prior } = this;
        const unscored = situational.size > 0 ? new Map(situational) : null;
        for (let k = 0; k < procCount; k++) {
            const proc = procTouched[k];
            const best = procBest[proc];
            const v = best > 0 ? (best + procDomain[proc]) * prior[proc] : 0;
            procBest[proc] = 0;
            procDomain[proc] = 0;
            procSeen[proc] = 0;
            let bonus = 0;
            if (unscored !== null && unscored.size > 0) {
                bonus = unscored.get(proc) ?? 0;
                if (bonus > 0)
                    unscored.delete(proc);
            }
            procScore[proc] = v + bonus;
            if (v === 0)
                procBestDoc[proc] = -1;
        }
        if (unscored !== null)
            for (const [proc, bonus] of unscored) {
                procTouched[procCount++] = proc;
                procScore[proc] = bonus;
                procBestDoc[proc] = -1;
            }
        return procCount;
    }
    /** Puts the best `limit` of the listed procedures in `top`, with `pooled` times the stories' probability added. */
    considerAll(top, limit, procCount, pooled) {
        const { procTouched, procScore, procStoryProbability, procBestDoc } = this;
        for (let k = 0; k < procCount; k++) {
            const proc = procTouched[k];
            insertRanked(top, limit, proc, procScore[proc] + pooled * procStoryProbability[proc], procBestDoc[proc]);
        }
    }
    /** The longest of a procedure's names the message (` folded `) contains word for word, or ''. */
    typedName(proc, typed) {
        return this.procNames[proc]?.find((name) => typed.includes(` ${name} `)) ?? '';
    }
    /** The message types a name of the procedure in full, three syllables or more ("đăng ký khai tử"). */
    typedFullName(proc, typed) {
        return this.typedName(proc, typed).split(' ').length >= 3;
    }
    /**
     * A citizen who typed "xóa đăng ký thường trú" named that procedure, not "đăng ký thường trú" whose name
     * is part of it: the candidate with the longest typed name that contains the first one's takes its place.
     */
    promoteLongerName(top, typed) {
        const first = top[0];
        if (!first)
            return;
        const firstName = this.typedName(first.proc, typed);
        if (firstName === '')
            return;
        let chosen = -1;
        let chosenName = firstName;
        for (let k = 1; k < top.length; k++) {
            const r = top[k];
            if (r.v < LONGER_NAME_OVER * first.v || r.v < this.scoring.minScore)
                break;
            const name = this.typedName(r.proc, typed);
            if (name.length > chosenName.length && ` ${name} `.includes(` ${firstName} `)) {
                chosen = k;
                chosenName = name;
            }
        }
        const promoted = top[chosen];
        if (chosen <= 0 || !promoted)
            return;
        for (let j = 0; j < chosen; j++) {
            const r = top[j];
            if (r)
                r.v = Math.min(r.v, LONGER_NAME_RIVAL * promoted.v);
        }
        top.splice(chosen, 1);
        top.unshift(promoted);
    }
}
exports.ProcedureIndex = ProcedureIndex;
/**
 * Inserts a candidate into `top` (kept in order, at most `limit` long) where its score earns a place: in place
 * rather than sorting per candidate, which made most of a parse's garbage.
 */
function insertRanked(top, limit, proc, v, doc) {
    if (v === 0 || (top.length === limit && v <= top[limit - 1].v))
        return;
    const candidate = { proc, v, doc };
    let at = top.length;
    while (at > 0 && byScore(top[at - 1], candidate) > 0)
        at--;
    top.splice(at, 0, candidate);
    if (top.length > limit)
        top.pop();
}
/** Best score first; a tie goes to the procedure listed first, so that a ranking never depends on arrival order. */
function byScore(a, b) {
    return b.v - a.v || a.proc - b.proc;
}
/**
 * Every catalogue text the index analyses (besides the stories): names, their heads, short names, aliases, hints,
 * example questions, domains and life events. What `npm run nlu:stories` analyses ahead of time.
 */
function* catalogueIndexTexts(catalogue, hints) {
    for (const p of catalogue.all()) {
        yield p.name;
        yield* nameHeads(p.name);
        if (p.shortName)
            yield p.shortName;
        yield* p.aliases;
        yield* hints.get(p.code) ?? [];
        yield* p.exampleQuestions;
        if (p.domain)
            yield p.domain;
    }
    for (const le of catalogue.lifeEvents())
        yield* [le.name, ...le.aliases];
}
/**
 * What the index keeps of a text: its content tokens (question phrases, fillers and an opener dropped), the bits of
 * the qualifiers it carries, and its folded form; and all of its tokens (what catalogue-analysed.json encodes).
 */
function indexedText(text, lexicon) {
    const analysis = (0, analyze_1.analyze)(text, lexicon);
    return { tokens: (0, queryTerms_1.contentTokens)(analysis.tokens, lexicon), qualifiers: qualifierBits(lexicon, ` ${analysis.folded} `, 'doc'), folded: analysis.folded, allTokens: analysis.tokens };
}
/** Each lexicon's qualifier phrases by their first word, made once: the build looks them up in every text of the index. */
const qualifierPhrases = new WeakMap();
/** Bits of the qualifiers whose phrases occur in ` text ` (padded folded text): doc phrases, query phrases or either. */
function qualifierBits(lexicon, text, side) {
    let byFirst = qualifierPhrases.get(lexicon);
    if (!byFirst) {
        const map = new Map();
        lexicon.qualifiers.forEach((q, i) => {
            for (const phrase of new Set([...q.doc, ...q.query])) {
                const words = phrase.split(' ');
                const list = map.get(words[0] ?? '') ?? [];
                list.push({ words, bit: 1 << i, doc: q.doc.includes(phrase), query: q.query.includes(phrase) });
                map.set(words[0] ?? '', list);
            }
        });
        byFirst = map;
        qualifierPhrases.set(lexicon, byFirst);
    }
    const words = text.split(' ');
    let bits = 0;
    for (let k = 0; k < words.length; k++) {
        const candidates = byFirst.get(words[k]);
        if (!candidates)
            continue;
        for (const c of candidates) {
            if ((bits & c.bit) !== 0 || (side === 'doc' && !c.doc) || (side === 'query' && !c.query))
                continue;
            if (c.words.every((w, j) => words[k + j] === w))
                bits |= c.bit;
        }
    }
    return bits;
}
/** How many procedures use a term, as a lookup that holds on to nothing but `df`. */
function frequencyIn(df) {
    return (term) => df.get(term) ?? 0;
}
/** Number of bits set. */
function bitCount(bits) {
    let n = 0;
    for (let b = bits; b !== 0; b &= b - 1)
        n++;
    return n;
}
function round(v) {
    return Math.round(v * 1000) / 1000;
}
