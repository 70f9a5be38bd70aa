import { Router } from 'express';
import type { Metrics } from '../metrics';

export interface ReadinessCheck {
  name: string;
  check(): Promise<void>;
}

async function withTimeout<T>(p: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`timed out after ${ms} ms`)), ms);
  });
  try {
    return await Promise.race([p, timeout]);
  } finally {
    clearTimeout(timer);
  }
}

/** /healthz: the process answers. /readyz: every dependency answers. /metrics: Prometheus text. */
export function createHealthRouter(deps: { checks: ReadinessCheck[]; metrics: Metrics; isShuttingDown: () => boolean }): Router {
  const router = Router();
  router.get('/healthz', (_req, res) => {
    res.json({ status: 'ok' });
  });
  router.get('/readyz', async (_req, res) => {
    const results = await Promise.all(
      deps.checks.map(async (c) => {
        try {
          await withTimeout(c.check(), 1000);
          return { name: c.name, ok: true };
        } catch (err) {
          return { name: c.name, ok: false, error: (err as Error).message };
        }
      }),
    );
    const shuttingDown = deps.isShuttingDown();
    const ready = !shuttingDown && results.every((r) => r.ok);
    res.status(ready ? 200 : 503).json({ status: ready ? 'ready' : shuttingDown ? 'shutting_down' : 'not_ready', checks: results });
  });
  router.get('/metrics', async (_req, res) => {
    res.type(deps.metrics.registry.contentType).send(await deps.metrics.registry.metrics());
  });
  return router;
}
