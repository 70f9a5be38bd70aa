/**
 * Parse latency of the recognizer in a process of its own, as the server has it: the catalogue and training data
 * loaded, the recognizer built, then (with `--warm-up N`) the same warm-up the server runs after start
 * (src/nlu/warmUp.ts), then the held-out eval questions parsed `--rounds` times. Prints one JSON line.
 * bench/nlu.ts runs it twice (no warm-up, the server's warm-up), pinned to one core with taskset where it can.
 *   npx tsx bench/nluLatency.ts [--warm-up 2000] [--rounds 5]
 */
import fs from 'node:fs';
import path from 'node:path';
import { loadCatalogue } from '../src/catalogue';
import { buildRecognizer, loadTrainingData, warmUpTexts, type Recognizer } from '../src/nlu';

const DATA_DIR = path.resolve(__dirname, '..', 'data');

function option(name: string, fallback: number): number {
  const at = process.argv.indexOf(name);
  const value = at >= 0 ? Number(process.argv[at + 1]) : fallback;
  if (!Number.isInteger(value) || value < 0) throw new Error(`${name} needs a whole number`);
  return value;
}

function percentile(sorted: readonly number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))] ?? 0;
}

/** Heap in use after full collections, or null when node was started without --expose-gc. */
function liveHeap(): number | null {
  const gc = (globalThis as { gc?: () => void }).gc;
  if (!gc) return null;
  gc();
  gc();
  return process.memoryUsage().heapUsed;
}

function main(): void {
  const warmUpSize = option('--warm-up', 0);
  const rounds = option('--rounds', 5);
  const t0 = performance.now();
  const catalogue = loadCatalogue(DATA_DIR);
  const t1 = performance.now();
  const trainingData = loadTrainingData(DATA_DIR);
  const t2 = performance.now();
  let recognizer: Recognizer | null = buildRecognizer({ catalogue, trainingData, communes: catalogue.agencies.data.communes, province: catalogue.agencies.data.province.name });
  const t3 = performance.now();
  // The server warms up in slices between messages; here nothing else runs, so one loop is the same work.
  for (const text of warmUpTexts(trainingData, catalogue, { size: warmUpSize, communes: catalogue.agencies.data.communes })) recognizer.recognize(text);
  const t4 = performance.now();
  const questions = fs
    .readFileSync(path.join(DATA_DIR, 'nlu', 'eval', 'eval.jsonl'), 'utf8')
    .split('\n')
    .filter((l) => l.trim() !== '')
    .map((l) => (JSON.parse(l) as { text: string }).text);
  const wall: number[] = [];
  for (let r = 0; r < rounds; r++) {
    for (const text of questions) {
      const started = process.hrtime.bigint();
      recognizer.recognize(text);
      wall.push(Number(process.hrtime.bigint() - started) / 1e6);
    }
  }
  wall.sort((a, b) => a - b);
  // What the recognizer keeps: the live heap with it minus the live heap once it is gone (catalogue and training data
  // stay either way). Needs node's --expose-gc; null without it.
  const withRecognizer = liveHeap();
  recognizer = null;
  const withoutRecognizer = liveHeap();
  const keptBytes = withRecognizer === null || withoutRecognizer === null ? null : withRecognizer - withoutRecognizer;
  const round = (v: number): number => Math.round(v * 100) / 100;
  const result = {
    catalogueMs: Math.round(t1 - t0),
    trainingDataMs: Math.round(t2 - t1),
    buildMs: Math.round(t3 - t2),
    warmUp: warmUpSize,
    warmUpMs: Math.round(t4 - t3),
    parses: wall.length,
    p50: round(percentile(wall, 0.5)),
    p99: round(percentile(wall, 0.99)),
    max: round(wall[wall.length - 1] ?? 0),
    recognizerHeapMb: keptBytes === null ? null : Math.round(keptBytes / 1e5) / 10,
  };
  process.stdout.write(`${JSON.stringify(result)}\n`);
}

main();
