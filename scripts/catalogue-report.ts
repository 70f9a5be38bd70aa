/**
 * npm run catalogue:report [-- <rawDir>]
 *
 * Parses the whole raw crawl with the importer's parsers and prints per-field coverage: how many
 * records have the field parsed, how many say "no information", and which records failed.
 */
import { parseArgs, readSource, type SourceRecord } from './catalogue-source';

interface FieldStat {
  parsed: number;
  missing: number;
  failed: string[];
}

const FIELDS: ReadonlyArray<[string, (r: SourceRecord) => boolean]> = [
  ['name', (r) => r.record.name !== ''],
  ['domain', (r) => r.record.domain !== ''],
  ['levels', (r) => r.record.levels.length > 0],
  ['subjects', (r) => r.record.subjects.length > 0],
  ['submission', (r) => r.record.submission.length > 0],
  ['submission.time', (r) => r.record.submission.length > 0 && r.record.submission.every((s) => s.time !== null)],
  ['submission.fee', (r) => r.record.submission.length > 0 && r.record.submission.every((s) => s.fee !== null && (s.fee.free === true || s.fee.amount !== undefined))],
  ['documents', (r) => r.record.documents.length > 0],
  ['documents.form', (r) => r.record.documents.some((d) => d.form !== undefined)],
  ['steps', (r) => r.record.steps.length > 0],
  ['conditions', (r) => r.record.conditions.length > 0],
  ['result', (r) => r.record.result !== null],
  ['legalBasis', (r) => r.record.legalBasis.length > 0 && r.record.legalBasis.every((l) => l.number !== undefined)],
  ['competentAgency', (r) => r.record.competentAgency !== null],
  ['decisionNumber', (r) => r.record.decisionNumber !== null],
  ['sourceUrl', (r) => r.record.sourceUrl !== null],
];

function main(): void {
  const opts = parseArgs(process.argv.slice(2), process.env);
  const { records, failures } = readSource(opts);
  const total = records.length;
  const stats = new Map<string, FieldStat>(FIELDS.map(([f]) => [f, { parsed: 0, missing: 0, failed: [] }]));
  const problems = new Map<string, number>();

  for (const r of records) {
    for (const [field, has] of FIELDS) {
      const stat = stats.get(field)!;
      const issues = r.issues.filter((i) => i.field === field || i.field.startsWith(`${field}.`) || matchesMethodField(i.field, field));
      if (has(r)) stat.parsed++;
      else if (issues.some((i) => i.kind === 'unparsed')) stat.failed.push(r.record.code);
      else stat.missing++;
    }
    for (const i of r.issues) {
      const key = `${i.field.replace(/\.(truc_tiep|truc_tuyen|buu_chinh)\./, '.*.')}: ${i.problem.replace(/".*"/, '"…"')}`;
      problems.set(key, (problems.get(key) ?? 0) + 1);
    }
  }

  console.log(`# Catalogue parse coverage (${total} records, ${failures.length} unreadable files)\n`);
  console.log('| field | parsed | % | no info in source | failed to parse |');
  console.log('| --- | ---: | ---: | ---: | ---: |');
  for (const [field, s] of stats) {
    console.log(`| ${field} | ${s.parsed} | ${((100 * s.parsed) / Math.max(1, total)).toFixed(1)} | ${s.missing} | ${s.failed.length} |`);
  }
  const commune = records.filter((r) => r.record.levels.includes('commune'));
  const communeOk = commune.filter((r) => FIELDS.slice(4, 8).every(([, has]) => has(r))).length;
  console.log(`\nCommune-level records: ${commune.length}; with submission, time, fee and documents all parsed: ${communeOk}`);

  console.log('\n## Problems (count)\n');
  for (const [key, n] of [...problems].sort((a, b) => b[1] - a[1])) console.log(`- ${n} × ${key}`);

  console.log('\n## Records that failed to parse, by field\n');
  for (const [field, s] of stats) {
    if (s.failed.length === 0) continue;
    const shown = s.failed.slice(0, 40).join(', ');
    console.log(`- ${field} (${s.failed.length}): ${shown}${s.failed.length > 40 ? `, … (+${s.failed.length - 40})` : ''}`);
  }
  for (const f of failures) console.log(`- unreadable ${f.file}: ${f.error}`);
}

function matchesMethodField(issueField: string, field: string): boolean {
  const [head, , tail] = issueField.split('.');
  return tail !== undefined && `${head}.${tail}` === field;
}

if (require.main === module) main();
