import type { Lexicon } from './lexicon';
import { hasDiacritics, normalizeText } from './normalize';
import { expandShorthand } from './shorthand';
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
  const tokens = expandShorthand(syllables(normalized), lexicon, contextWords);
  return {
    normalized: tokens.map((t) => t.surface).join(' '),
    tokens,
    folded: tokens.map((t) => t.folded).join(' '),
    typedAccents: hasDiacritics(normalized),
  };
}
