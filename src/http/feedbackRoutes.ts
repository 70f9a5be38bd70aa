import express from 'express';
import { z } from 'zod';
import type { FeedbackStore } from '../feedback/feedbackStore';
import type { RatingStore } from '../feedback/ratingStore';
import type { OfficerDirectory } from '../officers/officerDirectory';
import { HttpError } from './httpErrors';
import { requireOfficer } from './officerAuth';
import { PROCEDURE_CODE_PATTERN } from '../catalogue/schema';

export interface FeedbackRoutesDeps {
  readonly feedback: FeedbackStore;
  readonly ratings: RatingStore;
  readonly officers: OfficerDirectory;
}

const listQuery = z.strictObject({ limit: z.coerce.number().int().min(1).max(200).default(50) });

/**
 * What citizens told the office, for officers only (contact details are personal data):
 *
 * GET /api/officer/feedback?limit=        → { items } phản ánh, kiến nghị, newest first
 * GET /api/officer/feedback/{ref}         → one item by its reference number
 * GET /api/officer/ratings/{procedure}    → satisfaction ratings of one procedure's answers
 */
export function createFeedbackRouter(deps: FeedbackRoutesDeps): express.Router {
  const router = express.Router();
  router.use(['/api/officer/feedback', '/api/officer/ratings'], requireOfficer(deps.officers));
  router.get('/api/officer/feedback', async (req, res) => {
    const query = listQuery.safeParse(req.query);
    if (!query.success) throw new HttpError(400, 'limit must be 1–200', 'invalid_query');
    res.json({ items: await deps.feedback.list(query.data.limit) });
  });
  router.get('/api/officer/feedback/:ref', async (req, res) => {
    const item = await deps.feedback.get(String(req.params.ref));
    if (!item) throw new HttpError(404, 'No feedback with this reference', 'not_found');
    res.json(item);
  });
  router.get('/api/officer/ratings/:procedure', async (req, res) => {
    const code = String(req.params.procedure);
    if (!PROCEDURE_CODE_PATTERN.test(code)) throw new HttpError(400, 'Not a procedure code', 'invalid_code');
    res.json(await deps.ratings.summary(code));
  });
  return router;
}
