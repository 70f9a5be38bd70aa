import fs from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { parseLexicon, type Lexicon } from './lexicon';
import { EMPTY_PLACES, placesFileSchema, type PlacesFile } from './places';
import { EMPTY_SITUATIONS, situationsFileSchema, type SituationsFile } from './situations';
import { INTENT_LABELS, type IntentLabel } from './types';

/** Everything NLU learns from besides the catalogue: data/nlu/{intents,lexicon,procedure-hints,situations,places,stories}.json. */
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
  /** Everyday situations and the life events they evoke (data/nlu/situations.json). */
  readonly situations: SituationsFile;
  /** Provinces, to notice another province's business (data/nlu/places.json). */
  readonly places: PlacesFile;
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

export function parseTrainingData(raw: { intents: unknown; lexicon: unknown; hints: unknown; situations?: unknown; places?: unknown; stories?: unknown }): NluTrainingData {
  const intents = intentsFileSchema.parse(raw.intents).intents;
  return {
    lexicon: parseLexicon(raw.lexicon),
    intents: new Map(Object.entries(intents).map(([k, v]) => [k as IntentLabel, v.map((u) => u.normalize('NFC'))])),
    hints: new Map(Object.entries(hintsFileSchema.parse(raw.hints).hints)),
    situations: raw.situations === undefined ? EMPTY_SITUATIONS : situationsFileSchema.parse(raw.situations),
    places: raw.places === undefined ? EMPTY_PLACES : placesFileSchema.parse(raw.places),
    stories: raw.stories === undefined ? new Map() : new Map(Object.entries(storiesFileSchema.parse(raw.stories).stories).map(([k, v]) => [k, v.map((t) => t.normalize('NFC'))])),
  };
}

/** Reads data/nlu/ under the given data directory. Throws (zod or fs errors) on malformed files. */
export function loadTrainingData(dataDir: string): NluTrainingData {
  const read = (file: string): unknown => JSON.parse(fs.readFileSync(path.join(dataDir, 'nlu', file), 'utf8')) as unknown;
  return parseTrainingData({ intents: read('intents.json'), lexicon: read('lexicon.json'), hints: read('procedure-hints.json'), situations: read('situations.json'), places: read('places.json'), stories: read('stories.json') });
}
