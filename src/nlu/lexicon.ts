import fs from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { foldedPattern, foldText, foldWord } from './fold';

/**
 * data/nlu/lexicon.json: shorthand, context-gated short forms, everyday phrasings that stand for a
 * procedure ("bố tôi mất" → "đăng ký khai tử"), and cue patterns for intents. Patterns are written
 * against folded text.
 */
const ambiguousSchema = z.strictObject({
  form: z.string().min(1),
  default: z.string().nullable(),
  options: z.array(z.strictObject({ expansion: z.string().min(1), cues: z.array(z.string()) })),
});

const qualifierSchema = z.strictObject({
  id: z.string().min(1),
  /** Folded phrases showing that the citizen asks for the variant; empty: never assumed from the message. */
  query: z.array(z.string().min(1)),
  /** Folded phrases marking a procedure text as the variant. */
  doc: z.array(z.string().min(1)).min(1),
});

const conceptSchema = z.strictObject({
  id: z.string().min(1),
  patterns: z.array(z.string().min(1)),
  expand: z.string().min(1),
});

export const lexiconFileSchema = z.strictObject({
  version: z.number().int(),
  fillers: z.array(z.string()),
  questionPhrases: z.array(z.string()),
  shorthand: z.record(z.string(), z.string()),
  ambiguousShorthand: z.array(ambiguousSchema),
  concepts: z.array(conceptSchema),
  intentCues: z.record(z.string(), z.array(z.string())),
  lowWeight: z.strictObject({ weight: z.number().min(0).max(1), words: z.array(z.string()) }),
  qualifiers: z.array(qualifierSchema).max(30).default([]),
  /**
   * Folded syllables that stand for a situation or concept word only with these accents: "cuối" (end) is
   * not "cưới" (wedding), "mặt" is not "mất". Unaccented input still matches.
   */
  accentedOnly: z.record(z.string(), z.array(z.string().min(1))).default({}),
  /**
   * Requests for advice, recommendations or prices of goods ("quán nào ngon", "xem ngày tốt", "hợp
   * tuổi"): out of scope even inside a story that talks to the office or next to a procedure's name.
   */
  adviceCues: z.array(z.string().min(1)).default([]),
  /**
   * Someone asking the citizen for a paper ("ngân hàng bảo phải có giấy xác nhận", "trạm y tế đòi tên trong hộ"):
   * the bank or the clinic is who asks, the paper is the office's business.
   */
  paperRequestCues: z.array(z.string().min(1)).default([]),
  /** Words of everyday talk (pronouns, kin, particles: "nó", "đó", "dăm", "chú"): never foreign to the office. */
  everydayWords: z.array(z.string().min(1)).default([]),
  /**
   * Words that open a message only to turn to a new topic ("còn đăng ký kết hôn thì sao", "thế còn"), as
   * typed with their accents ("con" is a child): not content at the start of a message.
   */
  openers: z.array(z.string().min(1)).default([]),
});
export type LexiconFile = z.infer<typeof lexiconFileSchema>;

export interface AmbiguousForm {
  readonly defaultExpansion: string | null;
  readonly options: readonly { expansion: string; cues: ReadonlySet<string> }[];
}

/**
 * A word that makes a procedure a variant of a plainer one ("lại", "bản sao", "nước ngoài", "liên
 * thông"): a text with it loses when the message lacks it, and a text without it loses when the message
 * has it.
 */
export interface Qualifier {
  readonly id: string;
  readonly query: readonly string[];
  readonly doc: readonly string[];
}

export interface Concept {
  readonly id: string;
  readonly patterns: readonly RegExp[];
  readonly expand: string;
}

/** The lexicon compiled for fast lookups. */
export interface Lexicon {
  readonly fillers: ReadonlySet<string>;
  /** Folded question phrases, longest first, removed before procedure matching. */
  readonly questionPhrases: readonly string[];
  /** Single-word and two-word short forms → expansion. */
  readonly shorthand: ReadonlyMap<string, string>;
  readonly ambiguous: ReadonlyMap<string, AmbiguousForm>;
  readonly concepts: readonly Concept[];
  readonly intentCues: ReadonlyMap<string, readonly (RegExp | '#dossierCode')[]>;
  /** Folded syllable → the accented spellings that carry its situation or concept meaning (see the file schema). */
  readonly accentedOnly: ReadonlyMap<string, ReadonlySet<string>>;
  readonly adviceCues: readonly RegExp[];
  /** See the file schema. */
  readonly everydayWords: readonly string[];
  readonly paperRequestCues: readonly RegExp[];
  /** Opening phrases as syllable lists (see the file schema). */
  readonly openers: readonly (readonly string[])[];
  /** Words that say little about which procedure is meant (kin, "nhà", "xã"): matched at this weight. */
  readonly lowWeight: ReadonlyMap<string, number>;
  readonly qualifiers: readonly Qualifier[];
  /** Question phrases indexed by their first folded word. */
  readonly phrasesByFirstWord: ReadonlyMap<string, readonly string[][]>;
}

export function compileLexicon(file: LexiconFile): Lexicon {
  const nfc = (s: string): string => s.normalize('NFC').toLowerCase();
  const questionPhrases = [...new Set(file.questionPhrases.map((p) => foldText(nfc(p))))].sort((a, b) => b.length - a.length);
  const phrasesByFirstWord = new Map<string, string[][]>();
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
    qualifiers: file.qualifiers.map((q) => ({ id: q.id, query: q.query.map((x) => foldText(nfc(x))), doc: q.doc.map((x) => foldText(nfc(x))) })),
    shorthand: new Map(Object.entries(file.shorthand).map(([k, v]) => [nfc(k), nfc(v)])),
    ambiguous: new Map(
      file.ambiguousShorthand.map((a) => [
        nfc(a.form),
        {
          defaultExpansion: a.default === null ? null : nfc(a.default),
          options: a.options.map((o) => ({ expansion: nfc(o.expansion), cues: new Set(o.cues.map(foldWord)) })),
        },
      ]),
    ),
    concepts: file.concepts.map((c) => ({ id: c.id, patterns: c.patterns.map(foldedPattern), expand: nfc(c.expand) })),
    adviceCues: file.adviceCues.map(foldedPattern),
    everydayWords: file.everydayWords.map(nfc),
    paperRequestCues: file.paperRequestCues.map(foldedPattern),
    accentedOnly: new Map(Object.entries(file.accentedOnly).map(([w, list]) => [w, new Set(list.map(nfc))])),
    intentCues: new Map(
      Object.entries(file.intentCues).map(([intent, patterns]) => [
        intent,
        patterns.map((p) => (p === '#dossierCode' ? ('#dossierCode' as const) : foldedPattern(p))),
      ]),
    ),
  };
}

export function parseLexicon(raw: unknown): Lexicon {
  return compileLexicon(lexiconFileSchema.parse(raw));
}

export function loadLexicon(dataDir: string): Lexicon {
  const file = path.join(dataDir, 'nlu', 'lexicon.json');
  return parseLexicon(JSON.parse(fs.readFileSync(file, 'utf8')) as unknown);
}
