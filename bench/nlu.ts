/**
 * NLU benchmark: intent accuracy, procedure top-1/top-3 by style, out-of-scope precision and parse latency.
 * Sets in data/nlu/: tune.jsonl (what the weights were fitted on); the development sets listed in sets.json (their
 * errors are read and the mechanism is tuned on them); the blind ones listed there (written by helpers who never
 * saw the data or the code, from a brief in notes/BLIND_SET_BRIEF.md; measured in aggregate only);
 * eval/eval.jsonl (the held-out set of the issue). For our pipeline and two baselines trained on the same
 * material: `natural` out of the box (default tokenizer, Porter stemmer, BayesClassifier) and NLP.js (node-nlp).
 * Prints markdown.
 *   npm run bench:nlu [-- --errors] [-- --no-baselines]
 * `--errors` lists our misses on the tune and development sets only: blind and held-out items are never
 * printed, so nobody tunes on them.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { loadCatalogue } from '../src/catalogue';
import { buildRecognizer, DEFAULT_WARM_UP_SIZE, loadTrainingData, type NluTrainingData } from '../src/nlu';

const DATA_DIR = path.resolve(__dirname, '..', 'data');
/**
 * data/nlu/sets.json: development sets (their errors are read and the mechanism is tuned on them) and blind
 * ones (written by people who never saw the data or the code; only ever measured in aggregate).
 */
const SETS = JSON.parse(fs.readFileSync(path.join(DATA_DIR, 'nlu', 'sets.json'), 'utf8')) as { development: string[]; blind: string[] };
const DEVELOPMENT = SETS.development;
const BLIND = SETS.blind;
/** Sets whose items `--errors` never prints. */
const HELD_OUT = [...BLIND, 'held-out'];

interface Labelled {
  text: string;
  intent: string;
  procedure: string | null;
  style: string;
}

interface Prediction {
  intent: string;
  procedures: string[];
}

type Predictor = (text: string) => Prediction | Promise<Prediction>;

interface SystemRun {
  name: string;
  build: (trainingData: NluTrainingData, docs: ProcedureDoc[]) => Promise<Predictor>;
}

interface ProcedureDoc {
  code: string;
  text: string;
}

function readSet(file: string): Labelled[] {
  return fs
    .readFileSync(path.join(DATA_DIR, 'nlu', file), 'utf8')
    .split('\n')
    .filter((l) => l.trim() !== '')
    .map((l) => JSON.parse(l) as Labelled);
}

function pct(n: number, d: number): string {
  return d === 0 ? '–' : `${((100 * n) / d).toFixed(1)}%`;
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * p))] ?? 0;
}

interface Score {
  n: number;
  intentOk: number;
  procN: number;
  top1: number;
  top3: number;
  byStyle: Map<string, { n: number; intentOk: number; procN: number; top1: number; top3: number }>;
  oosPredicted: number;
  oosCorrect: number;
  oosTotal: number;
  errors: string[];
}

async function score(items: Labelled[], predict: Predictor): Promise<Score> {
  const s: Score = { n: 0, intentOk: 0, procN: 0, top1: 0, top3: 0, byStyle: new Map(), oosPredicted: 0, oosCorrect: 0, oosTotal: 0, errors: [] };
  for (const item of items) {
    const p = await predict(item.text);
    const st = s.byStyle.get(item.style) ?? { n: 0, intentOk: 0, procN: 0, top1: 0, top3: 0 };
    s.byStyle.set(item.style, st);
    const intentOk = p.intent === item.intent;
    s.n++;
    st.n++;
    if (intentOk) {
      s.intentOk++;
      st.intentOk++;
    }
    if (p.intent === 'out_of_scope') {
      s.oosPredicted++;
      if (item.intent === 'out_of_scope') s.oosCorrect++;
    }
    if (item.intent === 'out_of_scope') s.oosTotal++;
    let ok1 = true;
    if (item.procedure) {
      s.procN++;
      st.procN++;
      ok1 = p.procedures[0] === item.procedure;
      const ok3 = p.procedures.slice(0, 3).includes(item.procedure);
      s.top1 += ok1 ? 1 : 0;
      st.top1 += ok1 ? 1 : 0;
      s.top3 += ok3 ? 1 : 0;
      st.top3 += ok3 ? 1 : 0;
    }
    if (!intentOk || !ok1) {
      s.errors.push(`${item.style} | ${item.text} | want ${item.intent} ${item.procedure ?? '-'} | got ${p.intent} ${p.procedures.slice(0, 3).join(',') || '-'}`);
    }
  }
  return s;
}

const ours: SystemRun = {
  name: 'Trợ lý Một cửa NLU',
  build: async (trainingData) => {
    const catalogue = loadCatalogue(DATA_DIR);
    const started = process.hrtime.bigint();
    const recognizer = buildRecognizer({ catalogue, trainingData, communes: catalogue.agencies.data.communes, province: process.env.NO_PLACES ? undefined : catalogue.agencies.data.province.name });
    buildMs = Number(process.hrtime.bigint() - started) / 1e6;
    latencyProbe = (text) => recognizer.recognize(text);
    return (text) => {
      const r = recognizer.recognize(text);
      return { intent: r.intent, procedures: r.procedure ? [r.procedure.code, ...r.alternatives.map((a) => a.code)] : [] };
    };
  },
};

let buildMs = 0;
let latencyProbe: ((text: string) => unknown) | null = null;

/* eslint-disable @typescript-eslint/no-require-imports, @typescript-eslint/no-explicit-any -- untyped baseline libraries */
const naturalBaseline: SystemRun = {
  name: 'natural out of the box (BayesClassifier)',
  build: async (trainingData, docs) => {
    const natural = require('natural') as any;
    const intents = new natural.BayesClassifier();
    for (const [intent, texts] of trainingData.intents) for (const t of texts) intents.addDocument(t, intent);
    intents.train();
    const procs = new natural.BayesClassifier();
    for (const d of docs) procs.addDocument(d.text, d.code);
    procs.train();
    return (text) => {
      const intent = String(intents.classify(text));
      const ranked = (procs.getClassifications(text) as { label: string; value: number }[]).slice(0, 3).map((c) => c.label);
      return { intent, procedures: intent === 'out_of_scope' ? [] : ranked };
    };
  },
};

const nlpjsBaseline: SystemRun = {
  name: 'NLP.js (node-nlp, language vi)',
  build: async (trainingData, docs) => {
    const { NlpManager } = require('node-nlp') as any;
    const options = { languages: ['vi'], autoSave: false, nlu: { log: false }, ner: { threshold: 1 } };
    const intents = new NlpManager(options);
    for (const [intent, texts] of trainingData.intents) for (const t of texts) intents.addDocument('vi', t, intent);
    await intents.train();
    const procs = new NlpManager(options);
    for (const d of docs) procs.addDocument('vi', d.text, d.code);
    await procs.train();
    return async (text) => {
      const i = await intents.process('vi', text);
      const intent = !i.intent || i.intent === 'None' ? 'out_of_scope' : String(i.intent);
      const p = await procs.process('vi', text);
      const ranked = ((p.classifications ?? []) as { intent: string; score: number }[])
        .filter((c) => c.intent !== 'None' && c.score > 0)
        .slice(0, 3)
        .map((c) => c.intent);
      return { intent, procedures: intent === 'out_of_scope' ? [] : ranked };
    };
  },
};
/* eslint-enable @typescript-eslint/no-require-imports, @typescript-eslint/no-explicit-any */

/** Names, aliases, example questions, life events and hints: the material our index is built from. */
function procedureDocs(trainingData: NluTrainingData): ProcedureDoc[] {
  const catalogue = loadCatalogue(DATA_DIR);
  const docs: ProcedureDoc[] = [];
  for (const p of catalogue.all()) {
    for (const text of [p.name, ...(p.shortName ? [p.shortName] : []), ...p.aliases, ...p.exampleQuestions, ...(trainingData.hints.get(p.code) ?? [])]) {
      docs.push({ code: p.code, text });
    }
  }
  for (const le of catalogue.lifeEvents()) for (const code of le.procedures) for (const text of [le.name, ...le.aliases]) docs.push({ code, text });
  return docs;
}

function latency(items: Labelled[], rounds: number): { p50: number; p99: number; cpu50: number; cpu99: number } {
  const probe = latencyProbe;
  if (!probe) return { p50: 0, p99: 0, cpu50: 0, cpu99: 0 };
  for (const item of items) probe(item.text);
  const wall: number[] = [];
  const cpu: number[] = [];
  for (let r = 0; r < rounds; r++) {
    for (const item of items) {
      const c0 = process.cpuUsage();
      const t0 = process.hrtime.bigint();
      probe(item.text);
      wall.push(Number(process.hrtime.bigint() - t0) / 1e6);
      const c = process.cpuUsage(c0);
      cpu.push((c.user + c.system) / 1000);
    }
  }
  wall.sort((a, b) => a - b);
  cpu.sort((a, b) => a - b);
  return { p50: percentile(wall, 0.5), p99: percentile(wall, 0.99), cpu50: percentile(cpu, 0.5), cpu99: percentile(cpu, 0.99) };
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const trainingData = loadTrainingData(DATA_DIR);
  const present = (name: string): boolean => fs.existsSync(path.join(DATA_DIR, 'nlu', `${name}.jsonl`));
  const sets: [string, Labelled[]][] = [
    ['tuned (data/nlu/tune.jsonl)', readSet('tune.jsonl')],
    ...DEVELOPMENT.filter(present).map((name): [string, Labelled[]] => [`${name} (data/nlu/${name}.jsonl)`, readSet(`${name}.jsonl`)]),
    ...BLIND.filter(present).map((name): [string, Labelled[]] => [`${name} (data/nlu/${name}.jsonl, blind)`, readSet(`${name}.jsonl`)]),
    ['held-out eval (data/nlu/eval/eval.jsonl)', readSet(path.join('eval', 'eval.jsonl'))],
  ];
  const systems = args.includes('--no-baselines') ? [ours] : [ours, naturalBaseline, nlpjsBaseline];
  const docs = procedureDocs(trainingData);
  const out: string[] = [];
  const styles = ['accented', 'unaccented', 'shorthand', 'typo', 'life_event', 'ambiguous', 'out_of_scope'];
  const summary: string[] = ['| System | Set | Intent | Procedure top-1 | Procedure top-3 | Out-of-scope precision / recall |', '|---|---|---|---|---|---|'];
  const byStyle: string[] = [];
  const evalItems = sets.find(([name]) => name.startsWith('held-out'))?.[1] ?? [];
  let lat = { p50: 0, p99: 0, cpu50: 0, cpu99: 0 };
  for (const system of systems) {
    const started = Date.now();
    const predict = await system.build(trainingData, docs);
    const trainSeconds = (Date.now() - started) / 1000;
    for (const [setName, items] of sets) {
      const s = await score(items, predict);
      summary.push(
        `| ${system.name} | ${setName.split(' (')[0]} (${s.n}) | ${pct(s.intentOk, s.n)} | ${pct(s.top1, s.procN)} | ${pct(s.top3, s.procN)} | ${pct(s.oosCorrect, s.oosPredicted)} / ${pct(s.oosCorrect, s.oosTotal)} |`,
      );
      if (!setName.startsWith('tuned')) {
        byStyle.push(`\n**${system.name}** — ${setName.split(' (')[0]} by style (intent / top-1 / top-3), trained in ${trainSeconds.toFixed(1)} s\n`);
        byStyle.push('| Style | n | Intent | Top-1 | Top-3 |', '|---|---|---|---|---|');
        for (const style of styles) {
          const st = s.byStyle.get(style);
          if (st) byStyle.push(`| ${style} | ${st.n} | ${pct(st.intentOk, st.n)} | ${pct(st.top1, st.procN)} | ${pct(st.top3, st.procN)} |`);
        }
      }
      if (args.includes('--errors') && system === ours && !HELD_OUT.includes(setName.split(' ')[0] ?? '')) {
        process.stderr.write(`\n# errors on ${setName}\n${s.errors.join('\n')}\n`);
      }
    }
    // Latency is ours alone: measured before the baselines fill the heap.
    if (system === ours) lat = latency(evalItems, 5);
  }
  out.push('### NLU benchmark', '', ...summary, ...byStyle, '');
  out.push(
    `Our pipeline over the full catalogue: recognizer build ${buildMs.toFixed(0)} ms (catalogue already loaded); parse latency p50 ${lat.p50.toFixed(2)} ms, p99 ${lat.p99.toFixed(2)} ms wall-clock; CPU time per parse p50 ${lat.cpu50.toFixed(2)} ms, p99 ${lat.cpu99.toFixed(2)} ms (${evalItems.length} eval questions × 5 rounds after one warm-up round, in the process that has just parsed every set above, before the baselines are built).`,
  );
  out.push('', ...freshProcessLatency(evalItems.length));
  process.stdout.write(`${out.join('\n')}\n`);
}

/**
 * Latency as a server process has it (bench/nluLatency.ts in a process of its own): fresh, and after the warm-up the
 * server runs after start. Pinned to the last core with taskset where there is one and more than one core, so that
 * the engine's compiler and garbage collector threads share the parse's core, as on a one-core machine.
 */
function freshProcessLatency(evalQuestions: number): string[] {
  const tsx = path.resolve(__dirname, '..', 'node_modules', '.bin', 'tsx');
  const script = path.join(__dirname, 'nluLatency.ts');
  const cores = os.availableParallelism();
  const pinned = cores > 1 && spawnSync('taskset', ['-c', '0', 'true']).status === 0;
  const rows = ['| Process | Build | Recognizer heap | Warm-up | Parse p50 | Parse p99 | Max |', '|---|---|---|---|---|---|---|'];
  for (const warmUp of [0, DEFAULT_WARM_UP_SIZE]) {
    const command = pinned ? 'taskset' : tsx;
    const args = [...(pinned ? ['-c', String(cores - 1), tsx] : []), script, '--warm-up', String(warmUp), '--rounds', '5'];
    const nodeOptions = `${process.env.NODE_OPTIONS ?? ''} --expose-gc`.trim();
    const run = spawnSync(command, args, { encoding: 'utf8', env: { ...process.env, DOTENV_CONFIG_QUIET: 'true', NODE_OPTIONS: nodeOptions } });
    if (run.status !== 0) throw new Error(`nluLatency.ts failed: ${run.stderr}`);
    const r = JSON.parse(run.stdout.trim().split('\n').pop() ?? '{}') as { buildMs: number; trainingDataMs: number; warmUpMs: number; parses: number; p50: number; p99: number; max: number; recognizerHeapMb: number | null };
    rows.push(
      `| ${warmUp === 0 ? 'fresh, no warm-up' : `after the server's warm-up (${warmUp} texts)`} | ${r.buildMs} ms (+ ${r.trainingDataMs} ms reading the training data) | ${r.recognizerHeapMb === null ? '–' : `${r.recognizerHeapMb} MB`} | ${warmUp === 0 ? '–' : `${r.warmUpMs} ms`} | ${r.p50.toFixed(2)} ms | ${r.p99.toFixed(2)} ms | ${r.max.toFixed(2)} ms |`,
    );
  }
  return [
    `Parse latency in a process of its own (bench/nluLatency.ts: the ${evalQuestions} eval questions × 5 rounds), ${pinned ? 'pinned to one core (`taskset`)' : `on ${cores} core(s), not pinned (no taskset)`}:`,
    '',
    ...rows,
  ];
}

main().catch((err: unknown) => {
  process.stderr.write(`bench:nlu: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`);
  process.exitCode = 1;
});
