import express, { type Request, type Response } from 'express';
import type { Logger } from 'pino';
import { z } from 'zod';
import { parseDossierCode } from '../domain/dossierCode';
import { addDays, isLocalDate, vietnamInstant } from '../domain/vietnamTime';
import type { Actor, Dossier } from '../dossiers/dossier';
import { MAX_PAGE_SIZE, type DossierRepository } from '../dossiers/dossierRepository';
import type { BuiltInDossierSystem } from '../dossiers/builtInDossierSystem';
import { DossierConflictError, DossierNotFoundError, InvalidTransitionError } from '../dossiers/errors';
import { ALLOWED_TRANSITIONS, DOSSIER_STATUSES, STATUS_LABELS_VI } from '../dossiers/status';
import type { DeliveryFailureLog } from '../notifications/deliveryFailures';
import type { OfficerDirectory } from '../officers/officerDirectory';
import { HttpError } from './httpErrors';
import { officerOf, requireOfficer, requireOfficerRole } from './officerAuth';
import { PROCEDURE_CODE_PATTERN } from '../catalogue/schema';

export interface OfficerRoutesDeps {
  readonly officers: OfficerDirectory;
  readonly system: Pick<BuiltInDossierSystem, 'transition'>;
  readonly repository: Pick<DossierRepository, 'get' | 'list'>;
  readonly failures: DeliveryFailureLog;
  readonly logger: Logger;
}

const DEFAULT_PAGE_SIZE = 20;

/** A Vietnamese local date (YYYY-MM-DD, whole day) or an ISO 8601 instant. */
const bound = z.string().max(40).refine((t) => isLocalDate(t) || (/^\d{4}-\d{2}-\d{2}T/.test(t) && !Number.isNaN(Date.parse(t))), 'YYYY-MM-DD or an ISO 8601 instant');

const listQuerySchema = z.strictObject({
  status: z.enum(DOSSIER_STATUSES).optional(),
  procedure: z.string().regex(PROCEDURE_CODE_PATTERN).optional(),
  from: bound.optional(),
  to: bound.optional(),
  page: z.coerce.number().int().min(1).max(10_000).default(1),
  pageSize: z.coerce.number().int().min(1).max(MAX_PAGE_SIZE).default(DEFAULT_PAGE_SIZE),
});

const transitionSchema = z.strictObject({
  to: z.enum(DOSSIER_STATUSES),
  note: z.string().trim().max(2000).optional(),
  reason: z.string().trim().max(2000).optional(),
});

const failedQuerySchema = z.strictObject({ limit: z.coerce.number().int().min(1).max(200).default(50) });

/**
 * The officer API (Bearer token, see src/officers). Every status change is stored as a history entry
 * with the officer as actor and logged; refused changes are logged too.
 *
 * GET  /api/officer/dossiers?status=&procedure=&from=&to=&page=&pageSize=   → { items, total, page, pageSize }
 * GET  /api/officer/dossiers/:code                                          → the dossier with its history
 * POST /api/officer/dossiers/:code/status { to, note?, reason? }            → the dossier | 400 | 403 | 404 | 409
 * GET  /api/officer/notifications/failed?limit=                             → { items } newest first
 */
export function createOfficerRouter(deps: OfficerRoutesDeps): express.Router {
  const { repository, system, failures, logger } = deps;
  const router = express.Router();
  router.use('/api/officer', requireOfficer(deps.officers));

  router.get('/api/officer/dossiers', async (req: Request, res: Response) => {
    const query = parse(listQuerySchema, req.query, 'query');
    const page = await repository.list({
      ...(query.status ? { status: query.status } : {}),
      ...(query.procedure ? { procedureCode: query.procedure } : {}),
      ...(query.from ? { from: startOf(query.from) } : {}),
      ...(query.to ? { to: endOf(query.to) } : {}),
      page: query.page,
      pageSize: query.pageSize,
    });
    logger.info({ officer: officerOf(res).id, total: page.total }, 'officer listed dossiers');
    res.json({ ...page, items: page.items.map(summary) });
  });

  router.get('/api/officer/dossiers/:code', async (req: Request, res: Response) => {
    const dossier = await repository.get(dossierCode(req));
    if (!dossier) throw notFound();
    logger.info({ officer: officerOf(res).id, code: dossier.code }, 'officer viewed dossier');
    res.json(detail(dossier));
  });

  router.post('/api/officer/dossiers/:code/status', requireOfficerRole(), async (req: Request, res: Response) => {
    const code = dossierCode(req);
    const body = parse(transitionSchema, req.body ?? {}, 'body');
    const officer = officerOf(res);
    const actor: Actor = { kind: 'officer', id: officer.id, name: officer.name };
    try {
      const updated = await system.transition(code, body.to, { actor, ...(body.note ? { note: body.note } : {}), ...(body.reason ? { reason: body.reason } : {}) });
      const entry = updated.history[updated.history.length - 1];
      logger.info({ audit: 'dossier_status', officer: officer.id, code: updated.code, from: entry?.from, to: body.to, outcome: 'changed' }, 'officer changed dossier status');
      res.json(detail(updated));
    } catch (err) {
      const outcome = err instanceof InvalidTransitionError ? 'refused' : err instanceof DossierNotFoundError ? 'not_found' : 'failed';
      logger.warn({ audit: 'dossier_status', officer: officer.id, code, to: body.to, outcome }, 'officer status change not applied');
      throw transitionError(err);
    }
  });

  router.get('/api/officer/notifications/failed', async (req: Request, res: Response) => {
    const { limit } = parse(failedQuerySchema, req.query, 'query');
    res.json({ items: await failures.list(limit) });
  });

  return router;
}

function transitionError(err: unknown): unknown {
  if (err instanceof InvalidTransitionError) return new HttpError(409, err.reason, 'invalid_transition');
  if (err instanceof DossierNotFoundError) return notFound();
  if (err instanceof DossierConflictError) return new HttpError(409, 'Hồ sơ vừa được người khác cập nhật; vui lòng tải lại và thử lại.', 'conflict');
  return err;
}

function parse<T extends z.ZodType>(schema: T, input: unknown, where: string): z.infer<T> {
  const parsed = schema.safeParse(input);
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0];
  const field = issue?.path.join('.') || where;
  throw new HttpError(400, `Tham số không hợp lệ: ${field}${issue ? ` (${issue.message})` : ''}`, 'invalid_request');
}

function dossierCode(req: Request): string {
  const code = parseDossierCode(String(req.params.code ?? ''))?.code;
  if (!code) throw new HttpError(400, 'Mã hồ sơ không đúng định dạng.', 'invalid_code');
  return code;
}

function notFound(): HttpError {
  return new HttpError(404, 'Không tìm thấy hồ sơ.', 'not_found');
}

function startOf(text: string): Date {
  return isLocalDate(text) ? vietnamInstant(text) : new Date(text);
}

/** A date bound is inclusive: "to=2026-03-02" takes the whole of that Vietnamese day. */
function endOf(text: string): Date {
  return isLocalDate(text) ? vietnamInstant(addDays(text, 1)) : new Date(text);
}

function summary(dossier: Dossier): Record<string, unknown> {
  return {
    code: dossier.code,
    procedureCode: dossier.procedureCode,
    procedureName: dossier.procedureName,
    status: dossier.status,
    statusLabel: STATUS_LABELS_VI[dossier.status],
    applicantName: dossier.applicant.fullName,
    createdAt: dossier.createdAt,
    updatedAt: dossier.updatedAt,
    expectedDate: dossier.expectedDate,
    channel: dossier.owner.channelId,
    lastNotification: dossier.notifications[dossier.notifications.length - 1] ?? null,
  };
}

/** The whole dossier for officers, without the stored conversation reference (channel plumbing). */
function detail(dossier: Dossier): Record<string, unknown> {
  const { conversationRef: _ref, ...owner } = dossier.owner;
  return {
    ...dossier,
    owner,
    statusLabel: STATUS_LABELS_VI[dossier.status],
    allowedTransitions: ALLOWED_TRANSITIONS[dossier.status].filter((s) => s !== 'cancelled'),
  };
}
