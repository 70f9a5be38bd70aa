/**
 * npm run bench:catalogue [-- <dataDir>]
 *
 * Loads and indexes the full committed catalogue several times in a fresh process and prints load
 * time, search time and RSS added as a markdown table. Targets: load < 1 s, < 100 MB RSS added.
 */
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { loadCatalogue, type Catalogue } from '../src/catalogue';

const RUNS = 5;
const QUERIES = ['khai sinh', 'dang ky thuong tru', 'cấp giấy chứng nhận quyền sử dụng đất', 'chứng thực bản sao', 'xyz không có'];

function mb(bytes: number): string {
  return (bytes / 1024 / 1024).toFixed(1);
}

function main(): void {
  const dataDir = path.resolve(process.argv[2] ?? path.join(__dirname, '..', 'data'));
  global.gc?.();
  const rssBefore = process.memoryUsage().rss;
  const loadMs: number[] = [];
  let catalogue: Catalogue | undefined;
  let rssAfterFirst = 0;
  let heapAfterFirst = 0;
  for (let i = 0; i < RUNS; i++) {
    const t0 = performance.now();
    catalogue = loadCatalogue(dataDir);
    loadMs.push(performance.now() - t0);
    if (i === 0) {
      global.gc?.();
      rssAfterFirst = process.memoryUsage().rss;
      heapAfterFirst = process.memoryUsage().heapUsed;
    }
  }
  if (!catalogue) throw new Error('no run');

  const searchMs: number[] = [];
  for (let i = 0; i < 20; i++) {
    for (const q of QUERIES) {
      const t0 = performance.now();
      catalogue.search({ q, pageSize: 10 });
      searchMs.push(performance.now() - t0);
    }
  }
  const t0 = performance.now();
  for (const p of catalogue.all()) catalogue.get(p.code);
  const getUs = ((performance.now() - t0) * 1000) / catalogue.all().length;

  const sorted = (xs: number[]): number[] => [...xs].sort((a, b) => a - b);
  const median = (xs: number[]): number => sorted(xs)[Math.floor(xs.length / 2)] ?? NaN;
  const p95 = (xs: number[]): number => sorted(xs)[Math.floor(xs.length * 0.95)] ?? NaN;

  console.log(`# Catalogue benchmark (${catalogue.all().length} procedures, ${catalogue.domains().length} domains, version ${catalogue.version})\n`);
  console.log(`Node ${process.version}; ${RUNS} loads in one process${global.gc ? ', --expose-gc' : ''}.\n`);
  console.log('| metric | value | target |');
  console.log('| --- | ---: | ---: |');
  console.log(`| first load + index (cold) | ${loadMs[0]?.toFixed(0)} ms | < 1000 ms |`);
  console.log(`| load + index, median of later runs | ${median(loadMs.slice(1)).toFixed(0)} ms | < 1000 ms |`);
  console.log(`| RSS added by the first load | ${mb(rssAfterFirst - rssBefore)} MB | < 100 MB |`);
  console.log(`| heap used after the first load | ${mb(heapAfterFirst)} MB | |`);
  console.log(`| search, median / p95 | ${median(searchMs).toFixed(2)} / ${p95(searchMs).toFixed(2)} ms | |`);
  console.log(`| get(code) | ${getUs.toFixed(2)} µs | |`);
}

main();
