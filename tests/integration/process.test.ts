import { spawn } from 'node:child_process';
import path from 'node:path';
import { freePort } from '../support/redisServer';
import { connectTestRedis, testRedisUrl, uniquePrefix } from '../support/testRedis';

const ROOT = path.resolve(__dirname, '../..');
const TSX = path.join(ROOT, 'node_modules/.bin/tsx');

function startProcess(env: Record<string, string>) {
  const child = spawn(TSX, ['src/index.ts'], { cwd: ROOT, env: { ...process.env, LOG_PRETTY: 'false', ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
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
    const p = startProcess({ PORT: String(port), REDIS_URL: '' });
    await waitHealthy(port);
    expect(p.output().stderr).toContain('NOT FOR PRODUCTION');
    p.child.kill('SIGTERM');
    expect(await p.exited).toBe(0);
    expect(p.output().stdout).toContain('"msg":"stopped"');
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
