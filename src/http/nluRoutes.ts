import express, { Router, type ErrorRequestHandler } from 'express';
import type { Recognizer } from '../nlu';

/** Longest text accepted; the recognizer itself reads at most its first 1,000 characters. */
const MAX_BODY = '64kb';

/**
 * POST /api/nlu/parse {"text": "..."} → the recognizer's NluResult as JSON. 400 with a JSON error when
 * `text` is missing or not a string. `getRecognizer` is called per request, so a swapped-in recognizer
 * (RecognizerHolder) answers the next request. Mount at the app root: `app.use(createNluRouter(() => holder.current()))`.
 */
export function createNluRouter(getRecognizer: () => Recognizer): Router {
  const router = Router();
  router.post('/api/nlu/parse', express.json({ limit: MAX_BODY }), (req, res) => {
    const body: unknown = req.body;
    const text = body !== null && typeof body === 'object' ? (body as { text?: unknown }).text : undefined;
    if (typeof text !== 'string') {
      res.status(400).json({ error: { code: 'invalid_text', message: 'Body must be JSON with a string field "text"' } });
      return;
    }
    res.json(getRecognizer().recognize(text));
  });
  const badBody: ErrorRequestHandler = (err: unknown, _req, res, next) => {
    const status = (err as { status?: unknown }).status;
    if (typeof status === 'number' && status >= 400 && status < 500) {
      res.status(status).json({ error: { code: 'invalid_body', message: 'Body must be JSON with a string field "text"' } });
      return;
    }
    next(err);
  };
  router.use('/api/nlu', badBody);
  return router;
}
