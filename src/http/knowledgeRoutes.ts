import express from 'express';
import type { Logger } from 'pino';
import type { Knowledge } from '../bot/knowledge';
import type { OfficerDirectory } from '../officers/officerDirectory';
import { officerOf, requireOfficer, requireOfficerRole } from './officerAuth';

export interface KnowledgeRoutesDeps {
  readonly knowledge: Knowledge;
  readonly officers: OfficerDirectory;
  readonly logger: Logger;
}

function describe(knowledge: Knowledge) {
  const { catalogue, loadedAt } = knowledge.current();
  return { procedures: catalogue.all().length, curated: catalogue.all().filter((p) => p.curated).length, version: catalogue.version, loadedAt: loadedAt.toISOString() };
}

/**
 * Staff edit data/curation, data/catalogue or data/nlu and make the bot use it at once, without a restart:
 *
 * GET  /api/officer/knowledge         → what is live (counts, content version, load time)
 * POST /api/officer/knowledge/reload  → rebuilds catalogue and recognizer and swaps both in; invalid data
 *                                       → 422 naming file, record and field, and the old data stays live
 */
export function createKnowledgeRouter(deps: KnowledgeRoutesDeps): express.Router {
  const router = express.Router();
  router.use('/api/officer/knowledge', requireOfficer(deps.officers));
  router.get('/api/officer/knowledge', (_req, res) => {
    res.json(describe(deps.knowledge));
  });
  router.post('/api/officer/knowledge/reload', requireOfficerRole(), (_req, res) => {
    const officer = officerOf(res);
    try {
      deps.knowledge.reload();
    } catch (err) {
      deps.logger.warn({ officer: officer.id, err: { message: (err as Error).message } }, 'knowledge reload refused: invalid data');
      res.status(422).json({ error: { code: 'invalid_data', message: (err as Error).message } });
      return;
    }
    deps.logger.info({ officer: officer.id, audit: 'knowledge_reload' }, 'knowledge reloaded by an officer');
    res.json(describe(deps.knowledge));
  });
  return router;
}
