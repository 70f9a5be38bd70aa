import type { AxiosInstance } from 'axios';
import type { Logger } from 'pino';
import type { ZaloConfig } from './config';
import { ZaloApiError } from './errors';
import type { ZaloKeyValueStore } from './keyValueStore';
import { withLock, type LockOptions } from './lock';
import { zaloTokenReplySchema } from './types';

/** The stored OA token pair. Times are epoch ms. */
export interface ZaloTokenPair {
  readonly accessToken: string;
  readonly refreshToken: string;
  readonly obtainedAt: number;
  readonly expiresAt: number;
}

const TOKEN_KEY = 'oauth:token';
const REFRESH_LOCK = 'oauth:refresh';
const REFRESH_METHOD = 'oauth/v4/oa/access_token';
/** The reference reports ~25 h; used for a first-run token whose age is unknown. */
const ASSUMED_LIFETIME_MS = 25 * 60 * 60 * 1000;
const REFRESH_AT_FRACTION = 0.8;
const DEFAULT_LOCK: LockOptions = { ttlMs: 20_000, waitMs: 25_000, pollMs: 50 };

export interface ZaloTokenManagerDeps {
  readonly http: AxiosInstance;
  readonly config: ZaloConfig;
  readonly store: ZaloKeyValueStore;
  readonly logger: Logger;
  readonly now?: () => number;
  readonly lock?: LockOptions;
}

/**
 * Hands out the OA access token. It refreshes through OAuth v4 when 80% of the lifetime has passed
 * or when the API rejects the token, once across concurrent callers (in-process single flight plus
 * a store lock across instances), and stores the new pair before anyone uses it: the refresh
 * token is single-use.
 */
export class ZaloTokenManager {
  private inflight: Promise<string> | null = null;
  private readonly now: () => number;

  constructor(private readonly deps: ZaloTokenManagerDeps) {
    this.now = deps.now ?? Date.now;
  }

  async accessToken(): Promise<string> {
    const pair = (await this.load()) ?? (await this.bootstrap());
    if (!pair) return this.refresh(null);
    if (this.now() < refreshDueAt(pair)) return pair.accessToken;
    try {
      return await this.refresh(pair.accessToken);
    } catch (err) {
      if (this.now() >= pair.expiresAt) throw err;
      this.deps.logger.error({ err }, 'zalo: early token refresh failed; the current token is still valid');
      return pair.accessToken;
    }
  }

  /** Refreshes unless someone already replaced `staleAccessToken`; returns the current token. */
  refresh(staleAccessToken: string | null): Promise<string> {
    if (!this.inflight) {
      this.inflight = this.refreshUnderLock(staleAccessToken).finally(() => {
        this.inflight = null;
      });
    }
    return this.inflight;
  }

  /** The stored pair, for tests and diagnostics. */
  async load(): Promise<ZaloTokenPair | null> {
    const raw = await this.deps.store.get(TOKEN_KEY);
    if (!raw) return null;
    return JSON.parse(raw) as ZaloTokenPair;
  }

  private async bootstrap(): Promise<ZaloTokenPair | null> {
    const { accessToken, refreshToken } = this.deps.config;
    if (!accessToken) return null;
    const now = this.now();
    const pair: ZaloTokenPair = { accessToken, refreshToken: refreshToken ?? '', obtainedAt: now, expiresAt: now + ASSUMED_LIFETIME_MS };
    if (await this.deps.store.setIfAbsent(TOKEN_KEY, JSON.stringify(pair))) {
      this.deps.logger.info('zalo: stored the first-run token pair from the configuration');
      return pair;
    }
    return this.load();
  }

  private refreshUnderLock(staleAccessToken: string | null): Promise<string> {
    return withLock(this.deps.store, REFRESH_LOCK, this.deps.lock ?? DEFAULT_LOCK, async () => {
      const current = await this.load();
      if (current && current.accessToken !== staleAccessToken && this.now() < refreshDueAt(current)) {
        return current.accessToken;
      }
      const refreshToken = current?.refreshToken || this.deps.config.refreshToken;
      if (!refreshToken) {
        throw new ZaloApiError({ code: 0, method: REFRESH_METHOD, kind: 'config', message: 'no refresh token: set ZALO_REFRESH_TOKEN' });
      }
      const pair = await this.requestPair(refreshToken);
      await this.deps.store.set(TOKEN_KEY, JSON.stringify(pair));
      this.deps.logger.info({ expiresAt: new Date(pair.expiresAt).toISOString() }, 'zalo: access token refreshed');
      return pair.accessToken;
    });
  }

  private async requestPair(refreshToken: string): Promise<ZaloTokenPair> {
    const { http, config } = this.deps;
    const form = new URLSearchParams({ refresh_token: refreshToken, app_id: config.appId, grant_type: 'refresh_token' });
    let body: unknown;
    try {
      const response = await http.post(`${config.oauthBaseUrl}/v4/oa/access_token`, form.toString(), {
        headers: { 'Content-Type': 'application/x-www-form-urlencoded', secret_key: config.appSecret },
        timeout: 10_000,
        validateStatus: () => true,
      });
      if (response.status >= 400) {
        throw new ZaloApiError({ code: response.status, method: REFRESH_METHOD, kind: 'http', message: `HTTP ${response.status}` });
      }
      body = response.data;
    } catch (err) {
      if (err instanceof ZaloApiError) throw err;
      throw new ZaloApiError({ code: 0, method: REFRESH_METHOD, kind: 'network', message: networkMessage(err) });
    }
    const reply = zaloTokenReplySchema.safeParse(body);
    const expiresInSeconds = reply.success ? Number(reply.data.expires_in) : NaN;
    if (!reply.success || !reply.data.access_token || !reply.data.refresh_token || !(expiresInSeconds > 0)) {
      const data = reply.success ? reply.data : undefined;
      throw new ZaloApiError({
        code: Number(data?.error ?? 0) || 0,
        method: REFRESH_METHOD,
        kind: 'oauth',
        message: data?.error_description ?? data?.error_name ?? data?.message ?? 'unexpected token reply',
      });
    }
    const now = this.now();
    return {
      accessToken: reply.data.access_token,
      refreshToken: reply.data.refresh_token,
      obtainedAt: now,
      expiresAt: now + expiresInSeconds * 1000,
    };
  }
}

function refreshDueAt(pair: ZaloTokenPair): number {
  return pair.obtainedAt + (pair.expiresAt - pair.obtainedAt) * REFRESH_AT_FRACTION;
}

/** An axios failure reduced to its code, so the request (and its headers) never leaves this file. */
export function networkMessage(err: unknown): string {
  const code = typeof err === 'object' && err !== null && 'code' in err ? String((err as { code: unknown }).code) : '';
  return code ? `network error ${code}` : 'network error';
}
