import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';

/** A private redis-server on a free loopback port, for tests that must stop and restart Redis. */
export interface PrivateRedis {
  readonly url: string;
  readonly port: number;
  stop(): Promise<void>;
  start(): Promise<void>;
  dispose(): Promise<void>;
}

export function redisServerBinary(): string | null {
  const found = spawnSync('sh', ['-c', 'command -v redis-server'], { encoding: 'utf8' });
  const bin = found.stdout.trim();
  return found.status === 0 && bin ? bin : null;
}

export const REDIS_INSTALL_HINT =
  'Tests need Redis. Set REDIS_URL=redis://127.0.0.1:6379 (a spare database is used, never DB 0), ' +
  'or install the server so the tests can start a private one: apt-get install -y redis-server';

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.unref();
    srv.on('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const addr = srv.address();
      srv.close(() => (addr && typeof addr === 'object' ? resolve(addr.port) : reject(new Error('no port'))));
    });
  });
}

async function waitForPort(port: number, up: boolean, timeoutMs = 5000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const open = await new Promise<boolean>((resolve) => {
      const sock = net.connect(port, '127.0.0.1');
      sock.once('connect', () => {
        sock.destroy();
        resolve(true);
      });
      sock.once('error', () => resolve(false));
    });
    if (open === up) return;
    if (Date.now() > deadline) throw new Error(`redis on port ${port} did not become ${up ? 'ready' : 'stopped'}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

export interface PrivateRedisOptions {
  appendOnly?: boolean;
}

/** Starts redis-server with its data in a temporary directory; `stop`/`start` keep the same port and dir. */
export async function startPrivateRedis(options: PrivateRedisOptions = {}): Promise<PrivateRedis> {
  const bin = redisServerBinary();
  if (!bin) throw new Error(REDIS_INSTALL_HINT);
  const port = await freePort();
  const dir = mkdtempSync(path.join(os.tmpdir(), 'onestop-redis-'));
  let child: ChildProcess | null = null;
  const args = [
    '--port', String(port), '--bind', '127.0.0.1', '--dir', dir, '--save', '',
    '--appendonly', options.appendOnly ? 'yes' : 'no', '--appendfsync', 'always', '--daemonize', 'no', '--loglevel', 'warning',
  ];
  const start = async (): Promise<void> => {
    child = spawn(bin, args, { stdio: 'ignore' });
    await waitForPort(port, true);
  };
  const stop = async (): Promise<void> => {
    const running = child;
    child = null;
    if (!running || running.exitCode !== null) return;
    const exited = new Promise<void>((r) => running.once('exit', () => r()));
    running.kill('SIGTERM');
    await exited;
    await waitForPort(port, false);
  };
  await start();
  return {
    url: `redis://127.0.0.1:${port}`,
    port,
    start,
    stop,
    dispose: async () => {
      await stop();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
