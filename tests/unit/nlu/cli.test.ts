import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { INTENT_LABELS } from '../../../src/nlu';

const ROOT = path.resolve(__dirname, '..', '..', '..');

/** Runs the JSONL CLI exactly as the outside evaluation does (full catalogue from data/). */
function runJsonl(input: string): { stdout: string; stderr: string; status: number | null } {
  const tsx = path.join(ROOT, 'node_modules', '.bin', 'tsx');
  const res = spawnSync(tsx, ['scripts/nlu.ts', '--jsonl'], { cwd: ROOT, input, encoding: 'utf8', timeout: 60_000 });
  return { stdout: res.stdout, stderr: res.stderr, status: res.status };
}

describe('npm run nlu -- --jsonl', () => {
  it('writes exactly one JSON line per input line, in order, and nothing else', () => {
    const texts = ['đăng ký khai sinh cho con', 'xin chào', '', 'thoi tiet hom nay', 'bố tôi mất rồi làm giấy tờ gì', '😀'.repeat(3)];
    const input = `${texts.map((text) => JSON.stringify({ text })).join('\n')}\nnot json\n{"other": 1}\n`;
    const { stdout, status } = runJsonl(input);
    expect(status).toBe(0);
    const lines = stdout.trimEnd().split('\n');
    expect(lines).toHaveLength(texts.length + 2);
    const results = lines.map((l) => JSON.parse(l) as { text: string; intent: string; procedure: { code: string } | null; error?: string });
    results.slice(0, texts.length).forEach((r, i) => expect(r.text).toBe(texts[i]));
    for (const r of results) {
      expect(INTENT_LABELS).toContain(r.intent);
      expect(r.procedure === null || typeof r.procedure.code === 'string').toBe(true);
    }
    expect(results[0]?.procedure?.code).toBe('1.001193');
    expect(results[1]?.intent).toBe('greet');
    expect(results[3]?.intent).toBe('out_of_scope');
    expect(results[4]?.procedure?.code).toBe('1.000656');
    expect(results[texts.length]?.error).toBe('invalid JSON');
    expect(results[texts.length + 1]?.error).toBeDefined();
  });
});
