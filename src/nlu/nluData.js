"use strict";
var __importDefault = (this && this.__importDefault) || function (mod) {
    return (mod && mod.__esModule) ? mod : { "default": mod };
};
Object.defineProperty(exports, "__esModule", { value: true });
exports.INTENT_MODEL_FILE = void 0;
exports.parseTrainingData = parseTrainingData;
exports.developmentDigest = developmentDigest;
exports.sameQuestionKey = sameQuestionKey;
exports.heldOutTexts = heldOutTexts;
exports.loadTrainingData = loadTrainingData;
const node_crypto_1 = require("node:crypto");
const node_fs_1 = __importDefault(require("node:fs"));
const node_path_1 = __importDefault(require("node:path"));
const zod_1 = require("zod");
const analysedTexts_1 = require("./analysedTexts");
const intentModel_1 = require("./intentModel");
const lexicon_1 = require("./lexicon");
const places_1 = require("./places");
const situations_1 = require("./situations");
const types_1 = require("./types");
const intentsFileSchema = zod_1.z.strictObject({
    version: zod_1.z.number().int(),
    intents: zod_1.z.record(zod_1.z.enum(types_1.INTENT_LABELS), zod_1.z.array(zod_1.z.string().min(1)).min(1)),
});
const storiesFileSchema = zod_1.z.strictObject({
    version: zod_1.z.number().int(),
    note: zod_1.z.string().optional(),
    stories: zod_1.z.record(zod_1.z.string().regex(/^\d\.\d{6}$/), zod_1.z.array(zod_1.z.string().min(1))),
});
const hintsFileSchema = zod_1.z.strictObject({
    version: zod_1.z.number().int(),
    note: zod_1.z.string().optional(),
    hints: zod_1.z.record(zod_1.z.string(), zod_1.z.array(zod_1.z.string().min(1))),
});
function parseTrainingData(raw) {
    const intents = intentsFileSchema.parse(raw.intents).intents;
    const stories = raw.stories === undefined ? new Map() : new Map(Object.entries(storiesFileSchema.parse(raw.stories).stories).map(([k, v]) => [k, v.map((t) => t.normalize('NFC'))]));
    return {
        lexicon: (0, lexicon_1.parseLexicon)(raw.lexicon),
        intents: new Map(Object.entries(intents).map(([k, v]) => [k, v.map((u) => u.normalize('NFC'))])),
        hints: new Map(Object.entries(hintsFileSchema.parse(raw.hints).hints)),
        situations: raw.situations === undefined ? situations_1.EMPTY_SITUATIONS : situations_1.situationsFileSchema.parse(raw.situations),
        places: raw.places === undefined ? places_1.EMPTY_PLACES : places_1.placesFileSchema.parse(raw.places),
        stories,
        ...(raw.analysedStories === undefined ? {} : { analysedStories: (0, analysedTexts_1.analysedStoryMap)(raw.analysedStories, stories, raw.lexicon) }),
        ...(raw.analysedCatalogue === undefined ? {} : { analysedCatalogue: (0, analysedTexts_1.analysedCatalogueMap)(raw.analysedCatalogue, raw.lexicon) }),
        ...(raw.intentModel === undefined ? {} : { intentModel: new intentModel_1.IntentModel(raw.intentModel) }),
    };
}
/** The intent model's file under data/nlu/ (optional: without it the first stage decides alone). */
exports.INTENT_MODEL_FILE = 'intent-model.json';
/**
 * What the intent model was trained on: a hash of the development sets' names and contents, in order, and of the
 * held-out questions left out of them (heldOutTexts). The model file records it; the tests fail when a set changed
 * and the model was not trained again.
 */
function developmentDigest(nluDir, sets) {
    const hash = (0, node_crypto_1.createHash)('sha256');
    for (const name of sets)
        hash.update(`${name}\n`).update(node_fs_1.default.readFileSync(node_path_1.default.join(nluDir, `${name}.jsonl`)));
    for (const text of [...heldOutTexts(nluDir)].sort())
        hash.update(`${text}\n`);
    return hash.digest('hex');
}
/** The form in which two questions count as the same one: NFC, lower case, spaces collapsed. */
function sameQuestionKey(text) {
    return text.normalize('NFC').toLowerCase().replace(/\s+/g, ' ').trim();
}
/**
 * The held-out evaluation questions (data/nlu/eval/*.jsonl) as sameQuestionKey gives them: training never sees them,
 * so the development sets' copies of them ("khai sinh", "xin chào" come up in any set) are left out of what is
 * learned from those sets.
 */
function heldOutTexts(nluDir) {
    const dir = node_path_1.default.join(nluDir, 'eval');
    const out = new Set();
    if (!node_fs_1.default.existsSync(dir))
        return out;
    for (const f of node_fs_1.default.readdirSync(dir).filter((name) => name.endsWith('.jsonl')).sort()) {
        for (const line of node_fs_1.default.readFileSync(node_path_1.default.join(dir, f), 'utf8').split('\n')) {
            if (line.trim() !== '')
                out.add(sameQuestionKey(JSON.parse(line).text));
        }
    }
    return out;
}
/**
 * Reads data/nlu/ under the given data directory. Throws (zod or fs errors) on malformed files.
 * `intentModel: false` leaves the intent model out (to train it on the first stage's readings).
 */
function loadTrainingData(dataDir, options = {}) {
    const file = (name) => node_path_1.default.join(dataDir, 'nlu', name);
    const read = (name) => JSON.parse(node_fs_1.default.readFileSync(file(name), 'utf8'));
    const withModel = options.intentModel !== false && node_fs_1.default.existsSync(file(exports.INTENT_MODEL_FILE));
    const withAnalyses = node_fs_1.default.existsSync(file(analysedTexts_1.ANALYSED_STORIES_FILE));
    const withCatalogueAnalyses = node_fs_1.default.existsSync(file(analysedTexts_1.ANALYSED_CATALOGUE_FILE));
    return parseTrainingData({
        intents: read('intents.json'),
        lexicon: read('lexicon.json'),
        hints: read('procedure-hints.json'),
        situations: read('situations.json'),
        places: read('places.json'),
        stories: read('stories.json'),
        ...(withAnalyses ? { analysedStories: read(analysedTexts_1.ANALYSED_STORIES_FILE) } : {}),
        ...(withCatalogueAnalyses ? { analysedCatalogue: read(analysedTexts_1.ANALYSED_CATALOGUE_FILE) } : {}),
        ...(withModel ? { intentModel: read(exports.INTENT_MODEL_FILE) } : {}),
    });
}
