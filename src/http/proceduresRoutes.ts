import express, { type Request, type Response } from 'express';
import { z } from 'zod';
import type { Catalogue } from '../catalogue';
import { DEFAULT_PAGE_SIZE, LEVELS, MAX_PAGE_SIZE } from '../catalogue';
import { PROCEDURE_CODE_PATTERN } from '../catalogue/schema';

const listQuerySchema = z.strictObject({
  q: z.string().max(200).optional(),
  domain: z.string().max(200).optional(),
  level: z.enum(LEVELS).optional(),
  lifeEvent: z.string().max(100).optional(),
  page: z.coerce.number().int().min(1).max(10_000).default(1),
  pageSize: z.coerce.number().int().min(1).max(MAX_PAGE_SIZE).default(DEFAULT_PAGE_SIZE),
});


/**
 * Read-only procedure catalogue API. `getCatalogue` is called per request so a reloaded catalogue
 * is served without re-mounting the router.
 *
 * GET /api/procedures?q=&domain=&level=&lifeEvent=&page=&pageSize=  → { items, total, page, pageSize, version }
 * GET /api/procedures/:code                                         → Procedure, or 404 { error }
 */
export function createProceduresRouter(getCatalogue: () => Catalogue): express.Router {
  const router = express.Router();

  router.get('/api/procedures', (req: Request, res: Response) => {
    const parsed = listQuerySchema.safeParse(singleValues(req.query));
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      const field = issue?.path.join('.') || 'query';
      res.status(400).json({ error: `Tham số không hợp lệ: ${field}`, field, detail: issue?.message });
      return;
    }
    const catalogue = getCatalogue();
    const result = catalogue.search(parsed.data);
    res.set('ETag', `"${catalogue.version}-${parsed.data.page}"`);
    res.json({ ...result, version: catalogue.version });
  });

  router.get('/api/procedures/:code', (req: Request, res: Response) => {
    const code = String(req.params.code ?? '');
    if (!PROCEDURE_CODE_PATTERN.test(code)) {
      res.status(400).json({ error: 'Mã thủ tục không hợp lệ', field: 'code' });
      return;
    }
    const catalogue = getCatalogue();
    const procedure = catalogue.get(code);
    if (!procedure) {
      res.status(404).json({ error: `Không tìm thấy thủ tục có mã ${code}` });
      return;
    }
    res.set('ETag', `"${catalogue.version}"`);
    res.json(procedure);
  });

  return router;
}

/** Express parses `?a=1&a=2` into arrays; repeated or nested parameters are rejected by the schema. */
function singleValues(query: Request['query']): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(query)) {
    out[key] = value === '' ? undefined : value;
  }
  return out;
}
