import { spawn } from 'node:child_process';
import path from 'node:path';
import { freePort } from '../support/redisServer';
import { connectTestRedis, testRedisUrl, uniquePrefix } from '../support/testRedis';

const ROOT = path.resolve(__dirname, '../..');

/**
 * Node itself with tsx's loader: one process, as in production, which takes the signals. (The tsx command runs the
 * program in a child and kills it outright when the child does not acknowledge a signal within 30 ms, which a busy
 * machine can make it miss.)
 */
function startProcess(env: Record<string, string>) {
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/index.ts'], { cwd: ROOT, env: { ...process.env, LOG_PRETTY: 'false', ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (d) => (stdout += String(d)));
  child.stderr.on('data', (d) => (stderr += String(d)));
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  return { child, exited, output: () => ({ stdout, stderr }) };
}

async function waitHealthy(port: number): Promise<void> {
  const deadline = Date.now() + 20_000;
  for (;;) {
    try {
      if ((await fetch(`http://127.0.0.1:${port}/healthz`)).ok) return;
    } catch {
      /* not listening yet */
    }
    if (Date.now() > deadline) throw new Error('server did not start');
    await new Promise((r) => setTimeout(r, 100));
  }
}

describe('the process (src/index.ts)', () => {
  test('without REDIS_URL it warns loudly, serves, and stops cleanly on SIGTERM', async () => {
    const port = await freePort();
    const p = startProcess({ PORT: String(port), REDIS_URL: '', NLU_WARM_UP: '0' });
    await waitHealthy(port);
    expect(p.output().stderr).toContain('NOT FOR PRODUCTION');
    p.child.kill('SIGTERM');
    expect(await p.exited).toBe(0);
    expect(p.output().stdout).toContain('"msg":"stopped"');
    expect(p.output().stdout).not.toContain('recognizer warmed up');
  });

  test('it warms the recognizer up after start while answering, and a SIGTERM cuts the warm-up short', async () => {
    const port = await freePort();
    const p = startProcess({ PORT: String(port), REDIS_URL: '', NLU_WARM_UP: '150' });
    await waitHealthy(port);
    const deadline = Date.now() + 30_000;
    while (!p.output().stdout.includes('recognizer warmed up') && Date.now() < deadline) {
      // The parse endpoint answers while the warm-up runs.
      const parsed = await fetch(`http://127.0.0.1:${port}/api/nlu/parse`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ text: 'lam giay ks can j' }) });
      expect(parsed.status).toBe(200);
      await new Promise((r) => setTimeout(r, 50));
    }
    const line = p.output().stdout.split('\n').find((l) => l.includes('recognizer warmed up'));
    expect(JSON.parse(line ?? '{}')).toMatchObject({ parsed: 150 });
    p.child.kill('SIGTERM');
    expect(await p.exited).toBe(0);

    // A warm-up far longer than the shutdown: the process still stops at once.
    const port2 = await freePort();
    const q = startProcess({ PORT: String(port2), REDIS_URL: '', NLU_WARM_UP: '20000' });
    await waitHealthy(port2);
    const stopped = Date.now();
    q.child.kill('SIGTERM');
    expect(await q.exited).toBe(0);
    expect(Date.now() - stopped).toBeLessThan(10_000);
    expect(q.output().stdout).toContain('"msg":"stopped"');
  });

  test('with REDIS_URL it is ready once Redis answers, and closes Redis on SIGINT', async () => {
    const port = await freePort();
    const p = startProcess({ PORT: String(port), REDIS_URL: testRedisUrl(), REDIS_KEY_PREFIX: uniquePrefix('proc') });
    await waitHealthy(port);
    expect(p.output().stderr).not.toContain('NOT FOR PRODUCTION');
    // Dossiers live in Redis: without appendonly the process must say so loudly.
    const redis = await connectTestRedis();
    const appendonly = (await redis.configGet('appendonly')).appendonly;
    await redis.close();
    if (appendonly === 'yes') expect(p.output().stderr).not.toContain('appendonly');
    else expect(p.output().stderr).toMatch(/appendonly/);
    const ready = await fetch(`http://127.0.0.1:${port}/readyz`);
    expect(ready.status).toBe(200);
    p.child.kill('SIGINT');
    expect(await p.exited).toBe(0);
  });

  test('a bad variable stops start-up with a message naming it', async () => {
    const p = startProcess({ PORT: 'abc' });
    expect(await p.exited).toBe(78);
    expect(p.output().stderr).toMatch(/PORT/);
  });
});
