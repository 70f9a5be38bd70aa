import type { AxiosInstance } from 'axios';
import type { Logger } from 'pino';
import { ZALO_TOKEN_ERROR_CODES, ZaloApiError } from './errors';
import { backoffDelay, DEFAULT_RETRY_POLICY, retryAfterMs, type RetryPolicy } from './retry';
import { networkMessage, type ZaloTokenManager } from './tokenManager';
import { zaloApiReplySchema, type ZaloOutgoingMessage } from './types';

const SEND_PATH = '/v3.0/oa/message/cs';
const SEND_METHOD = 'message/cs';

/** Why a message was sent: undeliverable notifications are shown to officers. */
export type ZaloSendKind = 'reply' | 'notification';

/** A message Zalo refused for good (-230, -213, -227). */
export interface UndeliverableRecord {
  readonly userId: string;
  readonly code: number;
  readonly method: string;
  readonly message: string;
  readonly kind: ZaloSendKind;
  readonly at: string;
}

export interface ZaloClientDeps {
  readonly http: AxiosInstance;
  readonly apiBaseUrl: string;
  readonly tokens: ZaloTokenManager;
  readonly logger: Logger;
  readonly retry?: RetryPolicy;
  readonly sleep?: (ms: number) => Promise<void>;
  readonly random?: () => number;
  readonly onUndeliverable?: (record: UndeliverableRecord) => Promise<void>;
}

/**
 * The OA Open API over axios. Sends retry with exponential backoff on network errors, 5xx and -32,
 * refresh the token once on -216/-220, and never retry -230/-213/-227 (recorded as undeliverable).
 * Failures are ZaloApiError; the access token never appears in them.
 *
 * @example await client.sendMessage(userId, { text: 'Dạ, em chào anh/chị ạ.' })
 */
export class ZaloClient {
  private readonly retry: RetryPolicy;
  private readonly sleep: (ms: number) => Promise<void>;

  constructor(private readonly deps: ZaloClientDeps) {
    this.retry = deps.retry ?? DEFAULT_RETRY_POLICY;
    this.sleep = deps.sleep ?? ((ms) => new Promise((resolve) => setTimeout(resolve, ms)));
  }

  async sendText(userId: string, text: string, kind: ZaloSendKind = 'reply'): Promise<{ messageId: string }> {
    return this.sendMessage(userId, { text }, kind);
  }

  async sendMessage(userId: string, message: ZaloOutgoingMessage, kind: ZaloSendKind = 'reply'): Promise<{ messageId: string }> {
    try {
      const data = await this.post(SEND_METHOD, SEND_PATH, { recipient: { user_id: userId }, message });
      return { messageId: data.messageId };
    } catch (err) {
      if (err instanceof ZaloApiError && err.undeliverable) await this.recordUndeliverable(userId, err, kind);
      throw err;
    }
  }

  private async post(method: string, path: string, body: unknown): Promise<{ messageId: string }> {
    let tokenRefreshed = false;
    for (let attempt = 1; ; attempt += 1) {
      const token = await this.deps.tokens.accessToken();
      const outcome = await this.attempt(method, path, body, token);
      if ('messageId' in outcome) return outcome;
      const { error, retryAfter } = outcome;
      if (error.kind === 'api' && ZALO_TOKEN_ERROR_CODES.has(error.code) && !tokenRefreshed) {
        tokenRefreshed = true;
        this.deps.logger.warn({ code: error.code, method }, 'zalo: access token rejected; refreshing');
        await this.deps.tokens.refresh(token);
        attempt -= 1;
        continue;
      }
      if (!error.retryable || attempt >= this.retry.maxAttempts) throw error;
      const delay = backoffDelay(attempt, this.retry, this.deps.random, retryAfter);
      this.deps.logger.warn({ code: error.code, kind: error.kind, method, attempt, delayMs: Math.round(delay) }, 'zalo: call failed; retrying');
      await this.sleep(delay);
    }
  }

  private async attempt(
    method: string,
    path: string,
    body: unknown,
    token: string,
  ): Promise<{ messageId: string } | { error: ZaloApiError; retryAfter: number }> {
    let response;
    try {
      response = await this.deps.http.post(`${this.deps.apiBaseUrl}${path}`, body, {
        headers: { 'Content-Type': 'application/json', access_token: token },
        timeout: 10_000,
        validateStatus: () => true,
      });
    } catch (err) {
      return { error: new ZaloApiError({ code: 0, method, kind: 'network', message: networkMessage(err) }), retryAfter: 0 };
    }
    const retryAfter = retryAfterMs(response.headers['retry-after']);
    if (response.status >= 400) {
      return { error: new ZaloApiError({ code: response.status, method, kind: 'http', message: `HTTP ${response.status}` }), retryAfter };
    }
    const reply = zaloApiReplySchema.safeParse(response.data);
    if (!reply.success) {
      return { error: new ZaloApiError({ code: response.status, method, kind: 'http', message: 'unexpected reply shape' }), retryAfter };
    }
    if (reply.data.error !== 0) {
      const message = redact(reply.data.message ?? 'error', token);
      return { error: new ZaloApiError({ code: reply.data.error, method, message }), retryAfter };
    }
    return { messageId: reply.data.data?.message_id ?? '' };
  }

  private async recordUndeliverable(userId: string, err: ZaloApiError, kind: ZaloSendKind): Promise<void> {
    const record: UndeliverableRecord = { userId, code: err.code, method: err.method, message: err.message, kind, at: new Date().toISOString() };
    this.deps.logger.warn({ code: err.code, method: err.method, kind }, 'zalo: message undeliverable');
    try {
      await this.deps.onUndeliverable?.(record);
    } catch (hookErr) {
      this.deps.logger.error({ err: hookErr }, 'zalo: could not record an undeliverable message');
    }
  }
}

function redact(text: string, token: string): string {
  return token ? text.split(token).join('[redacted]') : text;
}
