import type { Analysis } from './analyze';
import type { Lexicon } from './lexicon';
import { makeToken, type Token } from './tokens';

/** A matching term: a folded syllable or a folded bigram "a_b", with what the citizen typed. */
export interface Term {
  readonly key: string;
  /** 1, or less for words that say little about the procedure. */
  readonly weight: number;
  /** Accented spelling ("khai_sinh"), compared when `accented`. */
  readonly surface: string;
  readonly accented: boolean;
  readonly bigram: boolean;
}

/** Marks the tokens that belong to question phrases ("cần giấy tờ gì", "mất bao lâu"). */
export function questionPhraseMask(tokens: readonly Token[], lexicon: Lexicon): boolean[] {
  const removed = new Array<boolean>(tokens.length).fill(false);
  const folded = tokens.map((t) => t.folded);
  for (let i = 0; i < folded.length; i++) {
    for (const words of lexicon.phrasesByFirstWord.get(folded[i] ?? '') ?? []) {
      if (i + words.length > folded.length) continue;
      if (words.every((w, j) => folded[i + j] === w && !removed[i + j])) {
        for (let j = 0; j < words.length; j++) removed[i + j] = true;
        break;
      }
    }
  }
  return removed;
}

/** Drops question phrases ("cần giấy tờ gì", "bao nhiêu tiền"), fillers and an opener ("còn ... thì"), keeping content syllables. */
export function contentTokens(tokens: readonly Token[], lexicon: Lexicon): Token[] {
  const removed = questionPhraseMask(tokens, lexicon);
  const opener = lexicon.openers.find((words) => words.every((w, j) => tokens[j]?.surface === w))?.length ?? 0;
  return tokens.filter((t, i) => i >= opener && !removed[i] && !lexicon.fillers.has(t.surface));
}

/**
 * Folded text with question phrases cut out (a comma in their place), so that an everyday pattern does
 * not read "sổ đỏ mất phí" as a lost land certificate.
 */
export function statementText(tokens: readonly Token[], lexicon: Lexicon): string {
  const removed = questionPhraseMask(tokens, lexicon);
  return tokens.map((t, i) => (removed[i] ? ',' : t.folded)).join(' ');
}

export function termsOf(tokens: readonly Token[], lowWeight: ReadonlyMap<string, number> = new Map()): Term[] {
  const weightOf = (t: Token): number => lowWeight.get(t.surface) ?? 1;
  const terms: Term[] = tokens.map((t) => ({ key: t.folded, surface: t.surface, accented: t.accented, bigram: false, weight: weightOf(t) }));
  for (let i = 0; i + 1 < tokens.length; i++) {
    const a = tokens[i] as Token;
    const b = tokens[i + 1] as Token;
    terms.push({
      key: `${a.folded}_${b.folded}`,
      surface: `${a.surface}_${b.surface}`,
      accented: a.accented || b.accented,
      bigram: true,
      weight: Math.max(weightOf(a), weightOf(b)),
    });
  }
  return terms;
}

/**
 * "cuối tuần" typed with accents is not a wedding: a syllable typed with other accents than the word the
 * everyday patterns mean (lexicon `accentedOnly`) is masked out.
 */
function withoutHomographs(tokens: readonly Token[], lexicon: Lexicon): Token[] {
  return tokens.map((t) => (t.accented && lexicon.accentedOnly.get(t.folded)?.has(t.surface) === false ? { ...t, folded: '_' } : t));
}

/** Everyday phrasings found in the message ("bố tôi mất") turned into catalogue wording ("đăng ký khai tử"). */
export function conceptTokens(analysis: Analysis, lexicon: Lexicon): { ids: string[]; segments: Token[][] } {
  const ids: string[] = [];
  const segments: Token[][] = [];
  const text = statementText(withoutHomographs(analysis.tokens, lexicon), lexicon);
  for (const concept of lexicon.concepts) {
    if (concept.patterns.some((p) => p.test(text))) {
      ids.push(concept.id);
      segments.push(concept.expand.split(' ').map((w) => makeToken(w, false)));
    }
  }
  return { ids, segments };
}
