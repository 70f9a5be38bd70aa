/**
 * Writes data/nlu/stories.json: every question of the development sets (data/nlu/sets.json) labelled with a
 * procedure, by procedure code, deduplicated and sorted: the life events that never name it, and the ways citizens
 * name it themselves (shorthand, typos, a word or two). A question the held-out eval set also asks is left out:
 * training never sees those. Also writes what the build would otherwise analyse itself (src/nlu/analysedTexts.ts):
 * stories-analysed.json, those stories analysed ahead of time, and catalogue-analysed.json, the catalogue's texts
 * likewise. Run after a development set is added or relabelled, after a catalogue import, and after a change to the
 * lexicon or to the analysis (normalization, shorthand, question phrases, qualifiers):
 *   npm run nlu:stories [-- --check]
 * `--check` writes nothing and exits 1 when stories.json is not what the sets give or its analyses are not current.
 */
import fs from 'node:fs';
import path from 'node:path';
import { loadCatalogue } from '../src/catalogue';
import { ANALYSED_CATALOGUE_FILE, ANALYSED_STORIES_FILE, encodeAnalysis, encodeIndexedText, lexiconDigest } from '../src/nlu/analysedTexts';
import { parseLexicon } from '../src/nlu/lexicon';
import { heldOutTexts, sameQuestionKey } from '../src/nlu/nluData';
import { catalogueIndexTexts, indexedText } from '../src/nlu/procedures';

const NLU_DIR = path.resolve(__dirname, '..', 'data', 'nlu');

interface Labelled {
  text: string;
  procedure: string | null;
  style: string;
}

function main(): void {
  const sets = JSON.parse(fs.readFileSync(path.join(NLU_DIR, 'sets.json'), 'utf8')) as { development: string[] };
  const byCode = new Map<string, Set<string>>();
  const missing = sets.development.filter((name) => !fs.existsSync(path.join(NLU_DIR, `${name}.jsonl`)));
  if (missing.length > 0) {
    process.stdout.write(`sets.json lists development sets that are not in data/nlu: ${missing.join(', ')}\n`);
    process.exitCode = 1;
    return;
  }
  const heldOut = heldOutTexts(NLU_DIR);
  for (const name of sets.development) {
    const lines = fs.readFileSync(path.join(NLU_DIR, `${name}.jsonl`), 'utf8').split('\n');
    for (const line of lines) {
      if (line.trim() === '') continue;
      const item = JSON.parse(line) as Labelled;
      if (item.procedure === null || heldOut.has(sameQuestionKey(item.text))) continue;
      const texts = byCode.get(item.procedure) ?? new Set<string>();
      texts.add(item.text.normalize('NFC'));
      byCode.set(item.procedure, texts);
    }
  }
  const stories: Record<string, string[]> = {};
  for (const code of [...byCode.keys()].sort()) stories[code] = [...(byCode.get(code) ?? [])].sort();
  const count = Object.values(stories).reduce((n, texts) => n + texts.length, 0);
  const document = {
    version: 1,
    note:
      `Citizens' own questions, by procedure code: every question labelled with a procedure in the development sets ${sets.development.join(', ')} (data/nlu/*.jsonl, listed in sets.json) but those the held-out eval set also asks, written here by scripts/nlu-stories.ts: stories that never name the procedure, and the citizens' own ways of naming it (shorthand, typos, a word or two). ` +
      'They are matched like curated example questions but stay out of the office\'s vocabulary (see NluTrainingData.stories). ' +
      'Those sets\' procedure questions therefore measure recall of training, not generalisation: the blind sets do.',
    stories,
  };
  const text = `${JSON.stringify(document, null, 1)}\n`;
  const rawLexicon = JSON.parse(fs.readFileSync(path.join(NLU_DIR, 'lexicon.json'), 'utf8')) as unknown;
  const lexicon = parseLexicon(rawLexicon);
  const analysed = {
    version: 1,
    note: 'Derived by scripts/nlu-stories.ts from stories.json and lexicon.json: do not edit (src/nlu/analysedTexts.ts).',
    lexiconDigest: lexiconDigest(rawLexicon),
    analyses: Object.fromEntries(
      Object.entries(stories).map(([code, texts]) => [
        code,
        texts.map((t) => {
          const indexed = indexedText(t, lexicon);
          return encodeAnalysis(indexed.tokens, indexed.qualifiers);
        }),
      ]),
    ),
  };
  const analysedText = `${JSON.stringify(analysed, null, 1)}\n`;
  // The catalogue's texts as the index analyses them, keyed by text (a text staff change later is analysed at build).
  const hints = new Map(Object.entries((JSON.parse(fs.readFileSync(path.join(NLU_DIR, 'procedure-hints.json'), 'utf8')) as { hints: Record<string, string[]> }).hints));
  const catalogueTexts = [...new Set(catalogueIndexTexts(loadCatalogue(path.join(NLU_DIR, '..')), hints))].sort();
  const catalogueAnalysed = {
    version: 1,
    note: 'Derived by scripts/nlu-stories.ts from the catalogue, procedure-hints.json and lexicon.json: do not edit (src/nlu/analysedTexts.ts).',
    lexiconDigest: lexiconDigest(rawLexicon),
    texts: Object.fromEntries(
      catalogueTexts.map((t) => {
        const indexed = indexedText(t, lexicon);
        return [t, encodeIndexedText(indexed.allTokens, indexed.tokens, indexed.qualifiers)];
      }),
    ),
  };
  const catalogueAnalysedText = `${JSON.stringify(catalogueAnalysed, null, 1)}\n`;
  const file = path.join(NLU_DIR, 'stories.json');
  const analysedFile = path.join(NLU_DIR, ANALYSED_STORIES_FILE);
  const catalogueFile = path.join(NLU_DIR, ANALYSED_CATALOGUE_FILE);
  const current = (f: string, content: string): boolean => fs.existsSync(f) && fs.readFileSync(f, 'utf8') === content;
  if (process.argv.includes('--check')) {
    const same = current(file, text);
    const sameAnalyses = current(analysedFile, analysedText) && current(catalogueFile, catalogueAnalysedText);
    process.stdout.write(
      !same
        ? 'stories.json differs from what the development sets give\n'
        : !sameAnalyses
          ? `${ANALYSED_STORIES_FILE} or ${ANALYSED_CATALOGUE_FILE} is not the analysis of stories.json or the catalogue with this lexicon and code: npm run nlu:stories\n`
          : `stories.json is current (${count} stories), and so are their analyses\n`,
    );
    process.exitCode = same && sameAnalyses ? 0 : 1;
    return;
  }
  fs.writeFileSync(file, text);
  fs.writeFileSync(analysedFile, analysedText);
  fs.writeFileSync(catalogueFile, catalogueAnalysedText);
  process.stdout.write(
    `stories.json: ${count} stories for ${Object.keys(stories).length} procedures from ${sets.development.length} sets; ${ANALYSED_STORIES_FILE} and ${ANALYSED_CATALOGUE_FILE} (${catalogueTexts.length} catalogue texts) analysed with this lexicon\n`,
  );
}

main();
