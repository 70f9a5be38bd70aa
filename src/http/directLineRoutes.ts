import { randomBytes } from 'node:crypto';
import { Router, type Request } from 'express';
import { ActivityTypes, type Activity } from 'botbuilder';
import type { Logger } from '../logger';
import { BOT_ACCOUNT, DIRECTLINE_CHANNEL_ID, type DirectLineAdapter } from '../channels/directline/directLineAdapter';
import type { DirectLineConversation, DirectLineStore } from '../channels/directline/directLineStore';
import { InvalidTokenError, type DirectLineTokenClaims, type DirectLineTokens } from '../channels/directline/tokens';
import type { TurnLogic } from '../bot/turnHandler';
import { StorageUnavailableError } from '../storage/storageErrors';
import { HttpError } from './httpErrors';

export interface DirectLineRouteDeps {
  adapter: DirectLineAdapter;
  store: DirectLineStore;
  tokens: DirectLineTokens;
  logic: TurnLogic;
  logger: Logger;
}

const CONVERSATION_ID = /^[A-Za-z0-9_-]{8,64}$/;
const ACCEPTED_TYPES = new Set<string>([ActivityTypes.Message, ActivityTypes.Event, ActivityTypes.Typing, ActivityTypes.ConversationUpdate]);

function bearer(req: Request): string {
  const header = req.headers.authorization ?? '';
  const match = /^Bearer\s+(\S+)$/i.exec(header);
  if (!match?.[1]) throw new HttpError(401, 'Missing Authorization: Bearer <token>', 'unauthorized');
  return match[1];
}

function claimsOf(req: Request, tokens: DirectLineTokens): DirectLineTokenClaims {
  try {
    return tokens.verify(bearer(req));
  } catch (err) {
    if (err instanceof InvalidTokenError) throw new HttpError(403, err.message, 'forbidden');
    throw err;
  }
}

function parseWatermark(value: unknown): number {
  if (value === undefined || value === '') return 0;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0) throw new HttpError(400, 'watermark must be a non-negative integer', 'invalid_watermark');
  return n;
}

function storeUnavailable(err: unknown): never {
  if (err instanceof StorageUnavailableError) throw new HttpError(503, 'Conversation store is temporarily unavailable', 'unavailable');
  throw err;
}

/**
 * The part of Direct Line 3.0 that Web Chat uses (polling; no WebSocket stream), under /v3/directline.
 * Conversations are private to the token that created them.
 */
export function createDirectLineRouter(deps: DirectLineRouteDeps): Router {
  const router = Router();

  const conversationFor = async (req: Request) => {
    const id = String(req.params.conversationId ?? '');
    const claims = claimsOf(req, deps.tokens);
    if (!CONVERSATION_ID.test(id)) throw new HttpError(404, 'Unknown conversation', 'not_found');
    let conversation: DirectLineConversation | undefined;
    try {
      conversation = await deps.store.getConversation(id);
    } catch (err) {
      if (!(err instanceof StorageUnavailableError)) throw err;
      // The signed token vouches for the conversation while the store is down, so the citizen still
      // gets the apology (kept in memory by the adapter) instead of a dead page.
      if (claims.conversationId !== id) throw new HttpError(403, 'Token is not valid for this conversation', 'forbidden');
      conversation = { id, userId: claims.userId, createdAt: '' };
    }
    if (!conversation) throw new HttpError(404, 'Unknown conversation', 'not_found');
    if (claims.conversationId !== id || claims.userId !== conversation.userId) {
      throw new HttpError(403, 'Token is not valid for this conversation', 'forbidden');
    }
    return { conversation, claims };
  };

  router.post('/conversations', async (req, res) => {
    const claims = claimsOf(req, deps.tokens);
    if (claims.conversationId) {
      // A conversation-bound token resumes its own conversation, as Azure's Direct Line does.
      const existing = await deps.store.getConversation(claims.conversationId).catch(storeUnavailable);
      if (!existing) throw new HttpError(404, 'Unknown conversation', 'not_found');
      res.status(200).json({ conversationId: existing.id, ...deps.tokens.issue(claims) });
      return;
    }
    const id = randomBytes(16).toString('base64url');
    await deps.store.createConversation({ id, userId: claims.userId, createdAt: new Date().toISOString() }).catch(storeUnavailable);
    const issued = deps.tokens.issue({ userId: claims.userId, conversationId: id });
    const user = { id: claims.userId, name: '', role: 'user' as const };
    await deps.adapter.processActivity(
      {
        type: ActivityTypes.ConversationUpdate,
        channelId: DIRECTLINE_CHANNEL_ID,
        conversation: { id, isGroup: false, conversationType: 'personal', name: '' },
        from: user,
        recipient: BOT_ACCOUNT,
        membersAdded: [user, BOT_ACCOUNT],
        timestamp: new Date(),
        serviceUrl: '',
      },
      deps.logic,
    );
    res.status(201).json({ conversationId: id, ...issued, referenceGrammarId: '' });
  });

  router.get('/conversations/:conversationId', async (req, res) => {
    const { conversation, claims } = await conversationFor(req);
    res.json({ conversationId: conversation.id, ...deps.tokens.issue({ userId: claims.userId, conversationId: conversation.id }) });
  });

  router.post('/conversations/:conversationId/activities', async (req, res) => {
    const { conversation } = await conversationFor(req);
    const body: unknown = req.body;
    if (!body || typeof body !== 'object' || Array.isArray(body)) throw new HttpError(400, 'Body must be an activity object', 'invalid_activity');
    const posted = body as Partial<Activity>;
    if (typeof posted.type !== 'string' || !ACCEPTED_TYPES.has(posted.type)) {
      throw new HttpError(400, `Activity type must be one of: ${[...ACCEPTED_TYPES].join(', ')}`, 'invalid_activity');
    }
    if (posted.text !== undefined && typeof posted.text !== 'string') throw new HttpError(400, 'text must be a string', 'invalid_activity');
    const activity: Partial<Activity> = {
      type: posted.type,
      text: posted.text,
      value: posted.value,
      name: posted.name,
      attachments: Array.isArray(posted.attachments) ? posted.attachments : undefined,
      channelData: posted.channelData,
      locale: typeof posted.locale === 'string' ? posted.locale : 'vi-VN',
      textFormat: posted.textFormat,
      channelId: DIRECTLINE_CHANNEL_ID,
      conversation: { id: conversation.id, isGroup: false, conversationType: 'personal', name: '' },
      from: { id: conversation.userId, name: typeof posted.from?.name === 'string' ? posted.from.name : '', role: 'user' },
      recipient: BOT_ACCOUNT,
      timestamp: new Date(),
      serviceUrl: '',
    };
    let stored: Activity;
    try {
      stored = await deps.store.append(conversation.id, activity);
    } catch (err) {
      if (!(err instanceof StorageUnavailableError)) throw err;
      // The citizen's message still gets a turn (and so an apology); its echo is simply not kept.
      stored = { ...activity, id: `${conversation.id}|unsaved-${Date.now()}` } as Activity;
      deps.logger.warn({ conversationId: conversation.id }, 'direct line store unavailable; message not kept in the transcript');
    }
    await deps.adapter.processActivity(stored, deps.logic);
    res.json({ id: stored.id });
  });

  router.get('/conversations/:conversationId/activities', async (req, res) => {
    const { conversation } = await conversationFor(req);
    const page = await deps.adapter.poll(conversation.id, parseWatermark(req.query.watermark)).catch(storeUnavailable);
    res.json(page);
  });

  router.post('/tokens/refresh', (req, res) => {
    const claims = claimsOf(req, deps.tokens);
    res.json({ conversationId: claims.conversationId, ...deps.tokens.issue({ userId: claims.userId, conversationId: claims.conversationId }) });
  });

  router.get('/conversations/:conversationId/stream', (_req, _res) => {
    throw new HttpError(404, 'WebSocket streaming is not offered; poll the activities endpoint (webSocket: false)', 'not_supported');
  });

  return router;
}
