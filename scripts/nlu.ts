/**
 * NLU from the command line.
 *   npm run --silent nlu -- --jsonl < questions.jsonl   one {"text": "..."} per line in, one result per line out
 *   npm run nlu -- "lam giay ks cho be can j a"          a readable explanation
 * Loads the catalogue and training data from the repo's data/ directory. In --jsonl mode stdout carries
 * only result lines; diagnostics go to stderr.
 */
import path from 'node:path';
import readline from 'node:readline';
import { loadCatalogue } from '../src/catalogue';
import { buildRecognizer, loadTrainingData, type VietnameseRecognizer } from '../src/nlu';

const DATA_DIR = path.resolve(__dirname, '..', 'data');

function build(): VietnameseRecognizer {
  const catalogue = loadCatalogue(DATA_DIR);
  return buildRecognizer({ catalogue, trainingData: loadTrainingData(DATA_DIR), communes: catalogue.agencies.data.communes, province: catalogue.agencies.data.province.name });
}

function textOf(line: string): { text: string; error?: string } {
  try {
    const parsed = JSON.parse(line) as unknown;
    if (parsed && typeof parsed === 'object' && typeof (parsed as { text?: unknown }).text === 'string') {
      return { text: (parsed as { text: string }).text };
    }
    return { text: '', error: 'expected {"text": "..."}' };
  } catch {
    return { text: '', error: 'invalid JSON' };
  }
}

async function runJsonl(recognizer: VietnameseRecognizer): Promise<void> {
  const lines = readline.createInterface({ input: process.stdin, crlfDelay: Infinity });
  for await (const line of lines) {
    if (line.trim() === '') continue;
    const { text, error } = textOf(line);
    const result = recognizer.recognize(text);
    const out = error ? { ...result, error } : result;
    if (!process.stdout.write(`${JSON.stringify(out)}\n`)) await new Promise((resolve) => process.stdout.once('drain', resolve));
  }
}

function explain(recognizer: VietnameseRecognizer, text: string): void {
  const started = process.hrtime.bigint();
  const { result, procedureMatch, intentEvidence, firstStageIntent, domain } = recognizer.explain(text);
  const ms = Number(process.hrtime.bigint() - started) / 1e6;
  const out: string[] = [];
  out.push(`Câu hỏi:       ${result.text}`);
  out.push(`Chuẩn hóa:     ${result.normalized}`);
  out.push(`Ý định:        ${result.intent} (${result.intentConfidence})`);
  out.push(`  top:         ${result.intents.slice(0, 4).map((i) => `${i.intent} ${i.score}`).join(', ')}`);
  out.push(`  cues:        ${[...intentEvidence.cues].join(', ') || '-'}; known features ${Math.round(intentEvidence.known * 100)}%`);
  if (firstStageIntent !== result.intent) out.push(`  mô hình:     ${firstStageIntent} → ${result.intent} (data/nlu/intent-model.json)`);
  out.push(`  ngoài lề:    ${domain.foreign.join(', ') || '-'} (${domain.foreign.length}/${domain.content} từ nội dung)`);
  out.push(`Khái niệm:     ${procedureMatch.concepts.join(', ') || '-'}`);
  out.push(`Thủ tục:       ${result.procedure ? `${result.procedure.code} ${result.procedure.name} (${result.procedure.score})` : 'không xác định'}`);
  out.push(`  mơ hồ:       ${result.ambiguous ? 'có' : 'không'}`);
  procedureMatch.rawCodes.forEach((code, i) => {
    const name = recognizer.procedureName(code) ?? '';
    out.push(`  ${i + 1}. ${code}  raw ${procedureMatch.raw[i] ?? 0}  ${name.length > 90 ? `${name.slice(0, 90)}…` : name}`);
    out.push(`       khớp: ${procedureMatch.evidence[i] ?? '-'}`);
  });
  out.push(`Thực thể:      ${JSON.stringify(result.entities)}`);
  out.push(`Thời gian:     ${ms.toFixed(2)} ms`);
  process.stdout.write(`${out.join('\n')}\n`);
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const recognizer = build();
  if (args.includes('--jsonl')) {
    await runJsonl(recognizer);
    return;
  }
  const text = args.filter((a) => !a.startsWith('--')).join(' ');
  if (text === '') {
    process.stderr.write('usage: npm run nlu -- "câu hỏi"  |  npm run --silent nlu -- --jsonl < input.jsonl\n');
    process.exitCode = 2;
    return;
  }
  explain(recognizer, text);
}

main().catch((err: unknown) => {
  process.stderr.write(`nlu: ${err instanceof Error ? err.message : String(err)}\n`);
  process.exitCode = 1;
});
