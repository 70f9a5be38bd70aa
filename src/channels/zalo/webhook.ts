import express, { type Request, type Response, type Router } from 'express';
import type { Logger } from 'pino';
import { verifyZaloSignature } from './signature';
import { zaloEventSchema, type ZaloEvent } from './types';

export const ZALO_WEBHOOK_PATH = '/api/zalo/webhook';
const SIGNATURE_HEADER = 'X-ZEvent-Signature';

export interface ZaloWebhookDeps {
  readonly appId: string;
  readonly oaSecretKey: string;
  readonly logger: Logger;
  /** Called after the 200 is sent; must not throw (queue the work). */
  readonly onEvent: (event: ZaloEvent) => void;
}

/**
 * POST /api/zalo/webhook. Verifies X-ZEvent-Signature over the raw bytes, answers 200 at once and
 * hands the event on; a missing or wrong signature gets 401 and nothing is processed.
 * It parses its own body: mount it before any express.json() that would cover this path.
 */
export function createZaloWebhookRouter(deps: ZaloWebhookDeps): Router {
  const router = express.Router();
  router.post(ZALO_WEBHOOK_PATH, express.raw({ type: '*/*', limit: '256kb' }), (req: Request, res: Response) => {
    const rawBody: unknown = req.body === undefined ? Buffer.alloc(0) : req.body;
    if (!Buffer.isBuffer(rawBody)) {
      deps.logger.error('zalo: webhook body was parsed before the Zalo router; mount it before express.json()');
      res.status(500).json({ error: 'webhook misconfigured' });
      return;
    }
    const parsed = parseJson(rawBody);
    const check = verifyZaloSignature({
      header: req.get(SIGNATURE_HEADER),
      rawBody,
      appId: stringField(parsed, 'app_id'),
      oaId: stringField(parsed, 'oa_id') || nestedId(parsed, 'recipient') || undefined,
      timestamp: stringField(parsed, 'timestamp'),
      secretKey: deps.oaSecretKey,
    });
    if (!check.ok || parsed === undefined) {
      deps.logger.warn({ reason: check.ok ? 'body is not JSON' : check.reason, ip: req.ip }, 'zalo: webhook rejected');
      res.status(401).json({ error: 'invalid signature' });
      return;
    }
    if (check.variant !== 'app_id') deps.logger.warn({ variant: check.variant }, 'zalo: signature matched a variant formula');
    const event = zaloEventSchema.safeParse(parsed);
    res.status(200).json({ ok: true });
    if (!event.success) {
      deps.logger.warn({ issues: event.error.issues.length }, 'zalo: signed event with an unexpected shape ignored');
      return;
    }
    if (event.data.app_id && event.data.app_id !== deps.appId) {
      deps.logger.warn('zalo: event signed for another app id; check ZALO_APP_ID');
    }
    deps.onEvent(event.data);
  });
  return router;
}

function parseJson(raw: Buffer): unknown {
  try {
    return JSON.parse(raw.toString('utf8')) as unknown;
  } catch {
    return undefined;
  }
}

function stringField(value: unknown, key: string): string {
  if (typeof value !== 'object' || value === null) return '';
  const field = (value as Record<string, unknown>)[key];
  return typeof field === 'string' || typeof field === 'number' ? String(field) : '';
}

function nestedId(value: unknown, key: string): string {
  if (typeof value !== 'object' || value === null) return '';
  return stringField((value as Record<string, unknown>)[key], 'id');
}
