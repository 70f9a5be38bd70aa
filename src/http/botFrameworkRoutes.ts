import { Router } from 'express';
import type { CloudAdapter } from 'botbuilder';
import type { TurnLogic } from '../bot/turnHandler';
import { HttpError } from './httpErrors';

/** POST /api/messages: Bot Framework activities, authenticated by CloudAdapter. */
export function createBotFrameworkRouter(adapter: CloudAdapter, logic: TurnLogic): Router {
  const router = Router();
  router.post('/api/messages', async (req, res) => {
    const body: unknown = req.body;
    if (!body || typeof body !== 'object' || Array.isArray(body) || typeof (body as { type?: unknown }).type !== 'string') {
      throw new HttpError(400, 'Body must be a Bot Framework activity with a type', 'invalid_activity');
    }
    await adapter.process(req, res, logic);
  });
  return router;
}
