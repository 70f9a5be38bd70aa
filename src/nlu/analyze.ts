import type { Lexicon } from './lexicon';
import { hasDiacritics, normalizeText } from './normalize';
import { expandShorthand } from './shorthand';
import { repairWord } from './syllables';
import { syllables, type Token } from './tokens';

/** A message after normalization and shorthand expansion. */
export interface Analysis {
  /** Accented, lowercase, shorthand expanded: what the explanation shows. */
  readonly normalized: string;
  readonly tokens: readonly Token[];
  /** Folded tokens joined by spaces: what cue patterns run on. */
  readonly folded: string;
  /** The citizen typed accents somewhere in the message. */
  readonly typedAccents: boolean;
}

export function analyze(text: unknown, lexicon: Lexicon, contextWords: readonly string[] = []): Analysis {
  const normalized = normalizeText(text);
  // Telex typed with the input method off and syllables run together are repaired; short forms are the lexicon's.
  const words = syllables(normalized).flatMap((w) => (lexicon.shorthand.has(w) || lexicon.ambiguous.has(w) ? [w] : repairWord(w)));
  const tokens = expandShorthand(words, lexicon, contextWords);
  return {
    normalized: tokens.map((t) => t.surface).join(' '),
    tokens,
    folded: tokens.map((t) => t.folded).join(' '),
    typedAccents: hasDiacritics(normalized),
  };
}
