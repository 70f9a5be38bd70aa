import { analyze, type Analysis } from './analyze';
import { soundKey } from './fold';
import { withinOneEdit } from './fuzzy';
import type { Lexicon } from './lexicon';
import { contentTokens } from './queryTerms';
import type { Token } from './tokens';

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
  /** Accented spellings: "váy" is not "vay", "chó" is not "cho" when the citizen typed the marks. */
  private readonly surfaces = new Set<string>();
  private readonly bySound = new Map<string, string[]>();
  /** One-deletion neighbourhoods of folded and accented words: typo lookups without a scan. */
  private readonly byDeletion = new Map<string, string[]>();

  constructor(
    texts: Iterable<string>,
    private readonly lexicon: Lexicon,
  ) {
    for (const text of texts) {
      for (const t of analyze(text, lexicon).tokens) {
        this.words.add(t.folded);
        this.surfaces.add(t.surface);
      }
    }
    for (const w of this.words) push(this.bySound, soundKey(w), w);
    for (const w of [...this.words, ...this.surfaces]) {
      if (w.length < MIN_FUZZY_LENGTH - 1) continue;
      for (const key of [w, ...deletions(w)]) push(this.byDeletion, key, w);
    }
  }

  get size(): number {
    return this.words.size;
  }

  /** Known, or one typo away from a known word; an accented syllable must match an accented spelling. */
  has(token: Token): boolean {
    if (token.accented) return this.surfaces.has(token.surface) || this.near(token.surface, this.surfaces);
    const folded = token.folded;
    if (this.words.has(folded)) return true;
    if (folded.length < MIN_FUZZY_LENGTH) return false;
    if (this.bySound.has(soundKey(folded))) return true;
    return this.near(folded, this.words);
  }

  private near(word: string, known: ReadonlySet<string>): boolean {
    if (word.length < MIN_FUZZY_LENGTH) return false;
    for (const key of [word, ...deletions(word)]) {
      for (const w of this.byDeletion.get(key) ?? []) if (known.has(w) && withinOneEdit(word, w)) return true;
    }
    return false;
  }

  /** Reads a message; `skip` holds folded syllables already accounted for (a person's or commune's name). */
  read(analysis: Analysis, skip: ReadonlySet<string> = new Set()): DomainReading {
    let content = 0;
    const foreign: string[] = [];
    for (const t of contentTokens(analysis.tokens, this.lexicon)) {
      if (NUMBER.test(t.folded) || skip.has(t.folded)) continue;
      content++;
      if (!this.has(t)) foreign.push(t.surface);
    }
    return { content, foreign };
  }
}

function deletions(word: string): string[] {
  const out: string[] = [];
  for (let i = 0; i < word.length; i++) out.push(word.slice(0, i) + word.slice(i + 1));
  return out;
}

function push(map: Map<string, string[]>, key: string, value: string): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}
