import { createHash } from 'node:crypto';
import { z } from 'zod';
import { makeToken, type Token } from './tokens';
import { hasDiacriticsWord } from './fold';

/**
 * The stories as the procedure index keeps them, analysed ahead of time (data/nlu/stories-analysed.json, written by
 * `npm run nlu:stories` next to stories.json): analysing thirteen thousand stories was a third of building the
 * recognizer. Each story is encoded as "<qualifier bits>|<content tokens>", a token prefixed with "~" when it is not
 * read as typed with accents although it has marks (a shorthand's expansion: "ks" → "~khai ~sinh"). The file records
 * a digest of the lexicon it was analysed with; with another lexicon, or a story it lacks, the index analyses the text
 * itself, so the file can only make the build faster, never different (the stories test checks that it is current).
 */

export const ANALYSED_STORIES_FILE = 'stories-analysed.json';

export const analysedStoriesFileSchema = z.strictObject({
  version: z.literal(1),
  note: z.string().optional(),
  lexiconDigest: z.string(),
  /** By procedure code, one encoded analysis per story of stories.json, in its order. */
  analyses: z.record(z.string(), z.array(z.string())),
});

/** A digest of the lexicon file's content (as parsed): what the analyses depend on besides the code. */
export function lexiconDigest(rawLexicon: unknown): string {
  return createHash('sha256').update(JSON.stringify(rawLexicon)).digest('hex');
}

/** A token as typed, prefixed with "~" when it is not read as typed with accents although it has marks. */
function encodeToken(t: Token): string {
  return t.accented === hasDiacriticsWord(t.surface) ? t.surface : `~${t.surface}`;
}

function decodeToken(word: string): Token {
  return word.startsWith('~') ? makeToken(word.slice(1), !hasDiacriticsWord(word.slice(1))) : makeToken(word);
}

export function encodeAnalysis(tokens: readonly Token[], qualifiers: number): string {
  return `${qualifiers}|${tokens.map(encodeToken).join(' ')}`;
}

export function decodeAnalysis(encoded: string): { tokens: Token[]; qualifiers: number } {
  const bar = encoded.indexOf('|');
  const words = encoded.slice(bar + 1);
  return {
    qualifiers: Number(encoded.slice(0, bar)),
    tokens: words === '' ? [] : words.split(' ').map(decodeToken),
  };
}

/**
 * Story text → encoded analysis, from the file's analyses and the stories they were made from; empty when the file
 * was made with another lexicon. A code whose count of analyses differs from its stories is left out.
 */
export function analysedStoryMap(file: unknown, stories: ReadonlyMap<string, readonly string[]>, rawLexicon: unknown): Map<string, string> {
  const parsed = analysedStoriesFileSchema.parse(file);
  const out = new Map<string, string>();
  if (parsed.lexiconDigest !== lexiconDigest(rawLexicon)) return out;
  for (const [code, texts] of stories) {
    const analyses = parsed.analyses[code];
    if (!analyses || analyses.length !== texts.length) continue;
    texts.forEach((text, i) => out.set(text, analyses[i] as string));
  }
  return out;
}

/**
 * The catalogue's texts as the procedure index analyses them (names, their heads, short names, aliases, hints, example
 * questions, domains, life events), made ahead of time like the stories (data/nlu/catalogue-analysed.json, written by
 * `npm run nlu:stories`): they were the largest part of building the recognizer left. Keyed by text, so that a text
 * staff add or change is simply analysed at build time. Each is encoded as "<qualifier bits>|<every token>", a token
 * the index leaves out (question phrase, filler, opener) prefixed with "-", before any "~".
 */
export const ANALYSED_CATALOGUE_FILE = 'catalogue-analysed.json';

export const analysedCatalogueFileSchema = z.strictObject({
  version: z.literal(1),
  note: z.string().optional(),
  lexiconDigest: z.string(),
  texts: z.record(z.string(), z.string()),
});

/** `content` is the subset of `tokens` (the same objects) that the index keeps. */
export function encodeIndexedText(tokens: readonly Token[], content: readonly Token[], qualifiers: number): string {
  const kept = new Set(content);
  return `${qualifiers}|${tokens.map((t) => `${kept.has(t) ? '' : '-'}${encodeToken(t)}`).join(' ')}`;
}

/** The index's view of an encoded text: its content tokens, qualifier bits, and every token folded and joined. */
export function decodeIndexedText(encoded: string): { tokens: Token[]; qualifiers: number; folded: string } {
  const bar = encoded.indexOf('|');
  const words = encoded.slice(bar + 1);
  const tokens: Token[] = [];
  const folded: string[] = [];
  if (words !== '') {
    for (const word of words.split(' ')) {
      const dropped = word.startsWith('-');
      const token = decodeToken(dropped ? word.slice(1) : word);
      folded.push(token.folded);
      if (!dropped) tokens.push(token);
    }
  }
  return { tokens, qualifiers: Number(encoded.slice(0, bar)), folded: folded.join(' ') };
}

/** Catalogue text → encoded analysis; empty when the file was made with another lexicon. */
export function analysedCatalogueMap(file: unknown, rawLexicon: unknown): Map<string, string> {
  const parsed = analysedCatalogueFileSchema.parse(file);
  if (parsed.lexiconDigest !== lexiconDigest(rawLexicon)) return new Map();
  return new Map(Object.entries(parsed.texts));
}
