import express, { type Request, type Response } from 'express';
import type { Logger } from 'pino';
import type { Responses } from '../bot/responses';
import type { Catalogue } from '../catalogue';
import type { DossierRepository } from '../dossiers/dossierRepository';
import type { DossierStatusChecker } from '../dossiers/statusCheck';
import { slipFormPage, slipPage, SLIP_CSP } from './slipPage';
import { formatVietnamDateTime } from '../domain/vietnamTime';
import { slipView } from './slipView';

export interface SlipRoutesDeps {
  readonly checker: Pick<DossierStatusChecker, 'check'>;
  readonly repository: Pick<DossierRepository, 'get'>;
  /** Called per request, so a reloaded catalogue is used. */
  readonly catalogue: () => Catalogue;
  readonly responses: Responses;
  readonly logger: Logger;
  readonly clock?: () => Date;
}

const MAX_CODE_LENGTH = 64;
const LAST4 = /^\d{4}$/;

/**
 * The printable appointment slip (phiếu hẹn), shown only after the same phone check as the chat's
 * status check. A wrong number, an unknown code and a malformed code get the same answer, so the page
 * does not tell which codes exist; five wrong tries lock the code (DossierStatusChecker).
 *
 * GET  /dossiers/:code/slip                         → the form asking for the last 4 digits
 * POST /dossiers/:code/slip  phoneLast4=NNNN (form) → 200 slip | 400 not 4 digits | 403 no match | 429 locked
 */
export function createSlipRouter(deps: SlipRoutesDeps): express.Router {
  const { responses, logger } = deps;
  const clock = deps.clock ?? (() => new Date());
  const router = express.Router();
  const form = express.urlencoded({ extended: false, limit: '1kb', parameterLimit: 5 });

  router.get('/dossiers/:code/slip', (req: Request, res: Response) => {
    sendPage(res, 200, slipFormPage(responses, codeOf(req)));
  });

  router.post('/dossiers/:code/slip', form, async (req: Request, res: Response) => {
    const code = codeOf(req);
    const given = String((req.body as Record<string, unknown> | undefined)?.phoneLast4 ?? '').replace(/\s/g, '');
    if (!LAST4.test(given)) {
      sendPage(res, 400, slipFormPage(responses, code, responses.t('slip.form.invalidInput')));
      return;
    }
    const result = await deps.checker.check(code, given);
    logger.info({ code, result: result.kind }, 'appointment slip check');
    if (result.kind === 'locked') {
      const minutes = Math.max(1, Math.ceil(result.retryAfterMs / 60_000));
      res.set('Retry-After', String(Math.ceil(result.retryAfterMs / 1000)));
      sendPage(res, 429, slipFormPage(responses, code, responses.t('slip.form.locked', { minutes })));
      return;
    }
    const dossier = result.kind === 'found' ? await deps.repository.get(result.report.code) : null;
    if (!dossier) {
      sendPage(res, 403, slipFormPage(responses, code, responses.t('slip.form.mismatch')));
      return;
    }
    sendPage(res, 200, slipPage(responses, slipView(dossier, deps.catalogue()), formatVietnamDateTime(clock())));
  });

  return router;
}

function codeOf(req: Request): string {
  return String(req.params.code ?? '').trim().slice(0, MAX_CODE_LENGTH);
}

function sendPage(res: Response, status: number, html: string): void {
  res
    .status(status)
    .set({
      'Content-Type': 'text/html; charset=utf-8',
      'Cache-Control': 'no-store',
      'Content-Security-Policy': SLIP_CSP,
      'Referrer-Policy': 'no-referrer',
      'X-Content-Type-Options': 'nosniff',
    })
    .send(html);
}
