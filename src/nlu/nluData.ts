import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { ANALYSED_CATALOGUE_FILE, ANALYSED_STORIES_FILE, analysedCatalogueMap, analysedStoryMap } from './analysedTexts';
import { IntentModel } from './intentModel';
import { parseLexicon, type Lexicon } from './lexicon';
import { EMPTY_PLACES, placesFileSchema, type PlacesFile } from './places';
import { EMPTY_SITUATIONS, situationsFileSchema, type SituationsFile } from './situations';
import { INTENT_LABELS, type IntentLabel } from './types';

/** Everything NLU learns from besides the catalogue: data/nlu/{intents,lexicon,procedure-hints,situations,places,stories,stories-analysed,catalogue-analysed,intent-model}.json. */
export interface NluTrainingData {
  readonly lexicon: Lexicon;
  readonly intents: ReadonlyMap<IntentLabel, readonly string[]>;
  /** Everyday names of common procedures, by code. */
  readonly hints: ReadonlyMap<string, readonly string[]>;
  /**
   * Citizens' own questions, by code (data/nlu/stories.json): stories that never name their procedure and
   * citizens' own ways of naming it. Matched like example questions, but kept out of the office's vocabulary
   * (and of what makes a procedure named) so that they do not make off-topic words look familiar.
   */
  readonly stories: ReadonlyMap<string, readonly string[]>;
  /** Story text → its analysis made ahead of time (data/nlu/stories-analysed.json; see analysedTexts.ts). */
  readonly analysedStories?: ReadonlyMap<string, string>;
  /** Catalogue text → its analysis made ahead of time (data/nlu/catalogue-analysed.json; see analysedTexts.ts). */
  readonly analysedCatalogue?: ReadonlyMap<string, string>;
  /** Everyday situations and the life events they evoke (data/nlu/situations.json). */
  readonly situations: SituationsFile;
  /** Provinces, to notice another province's business (data/nlu/places.json). */
  readonly places: PlacesFile;
  /**
   * The second look at questions about a procedure (data/nlu/intent-model.json, trained on the development sets by
   * `npm run nlu:train`); without it the first stage's intent stands.
   */
  readonly intentModel?: IntentModel;
}

const intentsFileSchema = z.strictObject({
  version: z.number().int(),
  intents: z.record(z.enum(INTENT_LABELS), z.array(z.string().min(1)).min(1)),
});

const storiesFileSchema = z.strictObject({
  version: z.number().int(),
  note: z.string().optional(),
  stories: z.record(z.string().regex(/^\d\.\d{6}$/), z.array(z.string().min(1))),
});

const hintsFileSchema = z.strictObject({
  version: z.number().int(),
  note: z.string().optional(),
  hints: z.record(z.string(), z.array(z.string().min(1))),
});

export function parseTrainingData(raw: {
  intents: unknown;
  lexicon: unknown;
  hints: unknown;
  situations?: unknown;
  places?: unknown;
  stories?: unknown;
  analysedStories?: unknown;
  analysedCatalogue?: unknown;
  intentModel?: unknown;
}): NluTrainingData {
  const intents = intentsFileSchema.parse(raw.intents).intents;
  const stories: ReadonlyMap<string, readonly string[]> =
    raw.stories === undefined ? new Map() : new Map(Object.entries(storiesFileSchema.parse(raw.stories).stories).map(([k, v]) => [k, v.map((t) => t.normalize('NFC'))]));
  return {
    lexicon: parseLexicon(raw.lexicon),
    intents: new Map(Object.entries(intents).map(([k, v]) => [k as IntentLabel, v.map((u) => u.normalize('NFC'))])),
    hints: new Map(Object.entries(hintsFileSchema.parse(raw.hints).hints)),
    situations: raw.situations === undefined ? EMPTY_SITUATIONS : situationsFileSchema.parse(raw.situations),
    places: raw.places === undefined ? EMPTY_PLACES : placesFileSchema.parse(raw.places),
    stories,
    ...(raw.analysedStories === undefined ? {} : { analysedStories: analysedStoryMap(raw.analysedStories, stories, raw.lexicon) }),
    ...(raw.analysedCatalogue === undefined ? {} : { analysedCatalogue: analysedCatalogueMap(raw.analysedCatalogue, raw.lexicon) }),
    ...(raw.intentModel === undefined ? {} : { intentModel: new IntentModel(raw.intentModel) }),
  };
}

/** The intent model's file under data/nlu/ (optional: without it the first stage decides alone). */
export const INTENT_MODEL_FILE = 'intent-model.json';

/**
 * What the intent model was trained on: a hash of the development sets' names and contents, in order, and of the
 * held-out questions left out of them (heldOutTexts). The model file records it; the tests fail when a set changed
 * and the model was not trained again.
 */
export function developmentDigest(nluDir: string, sets: readonly string[]): string {
  const hash = createHash('sha256');
  for (const name of sets) hash.update(`${name}\n`).update(fs.readFileSync(path.join(nluDir, `${name}.jsonl`)));
  for (const text of [...heldOutTexts(nluDir)].sort()) hash.update(`${text}\n`);
  return hash.digest('hex');
}

/** The form in which two questions count as the same one: NFC, lower case, spaces collapsed. */
export function sameQuestionKey(text: string): string {
  return text.normalize('NFC').toLowerCase().replace(/\s+/g, ' ').trim();
}

/**
 * The held-out evaluation questions (data/nlu/eval/*.jsonl) as sameQuestionKey gives them: training never sees them,
 * so the development sets' copies of them ("khai sinh", "xin chào" come up in any set) are left out of what is
 * learned from those sets.
 */
export function heldOutTexts(nluDir: string): Set<string> {
  const dir = path.join(nluDir, 'eval');
  const out = new Set<string>();
  if (!fs.existsSync(dir)) return out;
  for (const f of fs.readdirSync(dir).filter((name) => name.endsWith('.jsonl')).sort()) {
    for (const line of fs.readFileSync(path.join(dir, f), 'utf8').split('\n')) {
      if (line.trim() !== '') out.add(sameQuestionKey((JSON.parse(line) as { text: string }).text));
    }
  }
  return out;
}

/**
 * Reads data/nlu/ under the given data directory. Throws (zod or fs errors) on malformed files.
 * `intentModel: false` leaves the intent model out (to train it on the first stage's readings).
 */
export function loadTrainingData(dataDir: string, options: { intentModel?: boolean } = {}): NluTrainingData {
  const file = (name: string): string => path.join(dataDir, 'nlu', name);
  const read = (name: string): unknown => JSON.parse(fs.readFileSync(file(name), 'utf8')) as unknown;
  const withModel = options.intentModel !== false && fs.existsSync(file(INTENT_MODEL_FILE));
  const withAnalyses = fs.existsSync(file(ANALYSED_STORIES_FILE));
  const withCatalogueAnalyses = fs.existsSync(file(ANALYSED_CATALOGUE_FILE));
  return parseTrainingData({
    intents: read('intents.json'),
    lexicon: read('lexicon.json'),
    hints: read('procedure-hints.json'),
    situations: read('situations.json'),
    places: read('places.json'),
    stories: read('stories.json'),
    ...(withAnalyses ? { analysedStories: read(ANALYSED_STORIES_FILE) } : {}),
    ...(withCatalogueAnalyses ? { analysedCatalogue: read(ANALYSED_CATALOGUE_FILE) } : {}),
    ...(withModel ? { intentModel: read(INTENT_MODEL_FILE) } : {}),
  });
}
