import path from 'node:path';
import express, { Router } from 'express';
import type { Config } from '../config';
import { InvalidTokenError, type DirectLineTokens } from '../channels/directline/tokens';
import { randomBytes } from 'node:crypto';
import { HttpError } from './httpErrors';

const IDENTITY_TTL_SECONDS = 180 * 86_400;

export interface WebChatRouteDeps {
  config: Pick<Config, 'directLine'>;
  tokens: DirectLineTokens;
  /** Signs the long-lived browser identity (kept in localStorage) that lets a citizen resume later. */
  identities: DirectLineTokens;
  publicDir: string;
  webChatBundle: string;
}

/**
 * The built-in web chat page (Microsoft Web Chat served from node_modules, no CDN) and the endpoint that
 * gives the page a Direct Line token: from the built-in endpoint by default, or from Azure Bot Service's
 * Direct Line when DIRECTLINE_SECRET is configured.
 */
export function createWebChatRouter(deps: WebChatRouteDeps): Router {
  const router = Router();
  router.get('/vendor/webchat.js', (_req, res) => {
    res.sendFile(deps.webChatBundle, { maxAge: '1d' });
  });
  router.use(express.static(deps.publicDir, { index: 'index.html', maxAge: '5m' }));

  router.post('/api/webchat/token', async (req, res) => {
    const identity = typeof req.body?.identity === 'string' ? req.body.identity : undefined;
    let userId: string | undefined;
    if (identity) {
      try {
        userId = deps.identities.verify(identity).userId;
      } catch (err) {
        if (!(err instanceof InvalidTokenError)) throw err;
      }
    }
    userId ??= `u_${randomBytes(12).toString('base64url')}`;
    const newIdentity = deps.identities.issue({ userId }).token;
    const { secret, domain } = deps.config.directLine;
    if (secret) {
      const azureDomain = domain ?? 'https://directline.botframework.com/v3/directline';
      const response = await fetch(`${azureDomain}/tokens/generate`, {
        method: 'POST',
        headers: { Authorization: `Bearer ${secret}`, 'Content-Type': 'application/json' },
        body: JSON.stringify({ user: { id: `dl_${userId}` } }),
      }).catch(() => null);
      if (!response?.ok) throw new HttpError(502, 'Could not get a Direct Line token from Azure Bot Service', 'upstream_unavailable');
      const body = (await response.json()) as { token: string; expires_in: number };
      res.json({ token: body.token, expires_in: body.expires_in, domain: azureDomain, userId: `dl_${userId}`, identity: newIdentity });
      return;
    }
    res.json({ ...deps.tokens.issue({ userId }), domain: '/v3/directline', userId, identity: newIdentity });
  });
  return router;
}

/** The package's exports map hides dist/, so find it next to the resolved entry point. */
export function webChatBundlePath(): string {
  const entry = require.resolve('botframework-webchat');
  const root = entry.slice(0, entry.lastIndexOf(`${path.sep}botframework-webchat${path.sep}`) + '/botframework-webchat'.length);
  return path.join(root, 'dist', 'webchat.js');
}

export { IDENTITY_TTL_SECONDS };
export const PUBLIC_DIR = path.resolve(__dirname, __dirname.includes(`${path.sep}dist${path.sep}`) ? '../../../public' : '../../public');
