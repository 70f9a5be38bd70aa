import natural from './naturalLib';
import { foldWord, hasDiacriticsWord } from './fold';

/** One syllable as typed (lowercase, NFC) and folded. */
export interface Token {
  readonly surface: string;
  readonly folded: string;
  /** The citizen typed accents on this syllable: prefer accented matches for it. */
  readonly accented: boolean;
}

const tokenizer = new natural.AggressiveTokenizerVi();
const NUMBER_UNIT = /^(\d+)(\p{L}+)$/u;

/** Splits normalized text into syllables with natural's Vietnamese tokenizer; "14t" → "14", "t". */
export function syllables(normalized: string): string[] {
  if (normalized === '') return [];
  const out: string[] = [];
  for (const word of tokenizer.tokenize(normalized)) {
    const m = NUMBER_UNIT.exec(word);
    if (m && m[1] && m[2]) out.push(m[1], m[2]);
    else if (word !== '') out.push(word);
  }
  return out;
}

export function makeToken(surface: string, accented = hasDiacriticsWord(surface)): Token {
  return { surface, folded: foldWord(surface), accented };
}

/** Adjacent pairs joined by "_" ("khai_sinh"): a cheap stand-in for Vietnamese word segmentation. */
export function bigrams(words: readonly string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i + 1 < words.length; i++) out.push(`${words[i]}_${words[i + 1]}`);
  return out;
}
