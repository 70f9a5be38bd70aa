import { analyze, type Analysis } from './analyze';
import { soundKey } from './fold';
import { withinOneEdit } from './fuzzy';
import type { Lexicon } from './lexicon';
import { contentTokens } from './queryTerms';

/** How much of a message lies outside what the one-stop office talks about. */
export interface DomainReading {
  /** Content syllables (question phrases, fillers, numbers and names cut out). */
  readonly content: number;
  /** Content syllables never seen in the office's own texts, typo-tolerant: "rạp", "gạch", "tiêm". */
  readonly foreign: readonly string[];
}

const NUMBER = /^\d/;
/** Typos are forgiven from this length on: shorter syllables are one edit from too many others. */
const MIN_FUZZY_LENGTH = 4;

/**
 * The office's vocabulary: folded syllables of curated procedures, life events, hints and training
 * utterances of the in-scope intents. The full national catalogue is left out on purpose: it names bank
 * loans, driving schools and vaccinations, which a commune office does not handle. A question made
 * mostly of words outside this vocabulary ("thuê váy cưới ở đâu đẹp") is out of scope even when one of
 * its words ("cưới") points at a procedure.
 */
export class DomainVocabulary {
  private readonly words = new Set<string>();
  private readonly bySound = new Map<string, string[]>();

  constructor(
    texts: Iterable<string>,
    private readonly lexicon: Lexicon,
  ) {
    for (const text of texts) for (const t of analyze(text, lexicon).tokens) this.words.add(t.folded);
    for (const w of this.words) {
      const key = soundKey(w);
      const list = this.bySound.get(key);
      if (list) list.push(w);
      else this.bySound.set(key, [w]);
    }
  }

  get size(): number {
    return this.words.size;
  }

  has(folded: string): boolean {
    if (this.words.has(folded)) return true;
    if (this.bySound.has(soundKey(folded))) return true;
    if (folded.length < MIN_FUZZY_LENGTH) return false;
    for (const w of this.words) if (Math.abs(w.length - folded.length) <= 1 && withinOneEdit(folded, w)) return true;
    return false;
  }

  /** Reads a message; `skip` holds folded syllables already accounted for (a person's or commune's name). */
  read(analysis: Analysis, skip: ReadonlySet<string> = new Set()): DomainReading {
    let content = 0;
    const foreign: string[] = [];
    for (const t of contentTokens(analysis.tokens, this.lexicon)) {
      if (NUMBER.test(t.folded) || skip.has(t.folded)) continue;
      content++;
      if (!this.has(t.folded)) foreign.push(t.surface);
    }
    return { content, foreign };
  }
}
