import { createHash, randomBytes } from 'node:crypto';
import http, { type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/**
 * A stand-in for Zalo's OA Open API and OAuth v4 server, on loopback, checking requests the way the
 * reference (../shared/reference/zalo-oa.md) describes them: `access_token` header, JSON bodies,
 * the OAuth form with its `secret_key` header, single-use refresh tokens, expires_in as a string,
 * and HTTP 200 with an `error` code on failure. Failures can be scripted.
 */
export interface ZaloStandInOptions {
  appId: string;
  appSecret: string;
  accessToken: string;
  refreshToken: string;
  /** Seconds, sent as a string like the real server. */
  expiresIn?: number;
  /** Wait before answering a refresh, to widen races in tests. */
  refreshDelayMs?: number;
}

export interface ReceivedMessage {
  userId: string;
  message: Record<string, unknown>;
  accessToken: string;
  messageId: string;
}

type Scripted = { kind: 'api'; code: number; message: string } | { kind: 'http'; status: number } | { kind: 'drop' };

const MAX_TEXT = 2000;
const BUTTON_TYPES = new Set(['oa.query.show', 'oa.open.url', 'oa.open.phone', 'oa.open.sms']);
/** The reference gives no OAuth error codes; the stand-in's own, recognisable ones. */
export const STAND_IN_OAUTH_ERROR = -14_000;

export class ZaloStandIn {
  readonly received: ReceivedMessage[] = [];
  sendAttempts = 0;
  refreshCount = 0;
  readonly refreshRequests: Array<{ refreshToken: string }> = [];
  private readonly validAccessTokens = new Set<string>();
  private readonly validRefreshTokens = new Set<string>();
  private readonly script: Scripted[] = [];
  private readonly blockedUsers = new Map<string, number>();
  private readonly server: http.Server;
  private port = 0;

  constructor(private readonly options: ZaloStandInOptions) {
    this.validAccessTokens.add(options.accessToken);
    this.validRefreshTokens.add(options.refreshToken);
    this.server = http.createServer((req, res) => {
      void this.route(req, res);
    });
  }

  get baseUrl(): string {
    return `http://127.0.0.1:${this.port}`;
  }

  async start(): Promise<this> {
    await new Promise<void>((resolve) => this.server.listen(0, '127.0.0.1', resolve));
    this.port = (this.server.address() as AddressInfo).port;
    return this;
  }

  async stop(): Promise<void> {
    this.server.closeAllConnections();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }

  /** The next `count` sends answer HTTP 200 with this Zalo error code. */
  failNext(count: number, code: number, message = `stand-in error ${code}`): void {
    for (let i = 0; i < count; i += 1) this.script.push({ kind: 'api', code, message });
  }

  failNextHttp(count: number, status: number): void {
    for (let i = 0; i < count; i += 1) this.script.push({ kind: 'http', status });
  }

  /** The next `count` sends lose their connection (a network error). */
  dropNext(count: number): void {
    for (let i = 0; i < count; i += 1) this.script.push({ kind: 'drop' });
  }

  /** Every send to this user answers `code` (e.g. -230 outside the 7-day window). */
  blockUser(userId: string, code: number): void {
    this.blockedUsers.set(userId, code);
  }

  /** Access tokens issued so far stop working (-216); refresh tokens are unaffected. */
  expireAccessTokens(): void {
    this.validAccessTokens.clear();
  }

  isValidRefreshToken(token: string): boolean {
    return this.validRefreshTokens.has(token);
  }

  textsFor(userId: string): string[] {
    return this.received.filter((m) => m.userId === userId).map((m) => messageText(m.message));
  }

  private async route(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const body = await readBody(req);
    if (req.method === 'POST' && req.url === '/v3.0/oa/message/cs') return this.send(req, body, res);
    if (req.method === 'POST' && req.url === '/v4/oa/access_token') return this.refresh(req, body, res);
    res.writeHead(404).end();
  }

  private send(req: IncomingMessage, body: string, res: ServerResponse): void {
    this.sendAttempts += 1;
    const scripted = this.script.shift();
    if (scripted?.kind === 'drop') {
      req.socket.destroy();
      return;
    }
    if (scripted?.kind === 'http') {
      res.writeHead(scripted.status, { 'Content-Type': 'text/html' }).end('<html>error</html>');
      return;
    }
    const token = req.headers['access_token'];
    if (typeof token !== 'string' || !this.validAccessTokens.has(token)) return json(res, { error: -216, message: 'Access token is invalid' });
    if (scripted?.kind === 'api') return json(res, { error: scripted.code, message: scripted.message });
    if (!String(req.headers['content-type']).startsWith('application/json')) return json(res, { error: -201, message: 'Content-Type must be JSON' });
    const parsed = parseJson(body);
    const problem = sendBodyProblem(parsed);
    if (problem || !isRecord(parsed)) return json(res, { error: -201, message: `Parameters invalid: ${problem}` });
    const userId = String((parsed.recipient as Record<string, unknown>).user_id);
    const blocked = this.blockedUsers.get(userId);
    if (blocked !== undefined) return json(res, { error: blocked, message: `stand-in: user blocked with ${blocked}` });
    const messageId = randomBytes(16).toString('hex');
    this.received.push({ userId, message: parsed.message as Record<string, unknown>, accessToken: token, messageId });
    json(res, { error: 0, message: 'Success', data: { message_id: messageId, user_id: userId } });
  }

  private async refresh(req: IncomingMessage, body: string, res: ServerResponse): Promise<void> {
    if (!String(req.headers['content-type']).startsWith('application/x-www-form-urlencoded')) {
      return json(res, { error: STAND_IN_OAUTH_ERROR, error_name: 'invalid_request', error_description: 'form body expected' });
    }
    if (req.headers['secret_key'] !== this.options.appSecret) {
      return json(res, { error: STAND_IN_OAUTH_ERROR, error_name: 'invalid_client', error_description: 'secret_key header is wrong' });
    }
    const form = new URLSearchParams(body);
    const refreshToken = form.get('refresh_token') ?? '';
    this.refreshRequests.push({ refreshToken });
    if (form.get('app_id') !== this.options.appId || form.get('grant_type') !== 'refresh_token') {
      return json(res, { error: STAND_IN_OAUTH_ERROR, error_name: 'invalid_request', error_description: 'app_id or grant_type is wrong' });
    }
    if (!this.validRefreshTokens.delete(refreshToken)) {
      return json(res, { error: STAND_IN_OAUTH_ERROR, error_name: 'invalid_grant', error_description: 'refresh token is invalid or already used' });
    }
    if (this.options.refreshDelayMs) await new Promise((resolve) => setTimeout(resolve, this.options.refreshDelayMs));
    this.refreshCount += 1;
    const accessToken = `at-${randomBytes(12).toString('hex')}`;
    const nextRefresh = `rt-${randomBytes(12).toString('hex')}`;
    this.validAccessTokens.add(accessToken);
    this.validRefreshTokens.add(nextRefresh);
    json(res, { access_token: accessToken, refresh_token: nextRefresh, expires_in: String(this.options.expiresIn ?? 90000) });
  }
}

export async function startZaloStandIn(options: ZaloStandInOptions): Promise<ZaloStandIn> {
  return new ZaloStandIn(options).start();
}

/** The text a citizen sees in a message: plain text or a button template's text. */
export function messageText(message: Record<string, unknown>): string {
  if (typeof message.text === 'string') return message.text;
  const payload = (message.attachment as { payload?: { text?: unknown } } | undefined)?.payload;
  return typeof payload?.text === 'string' ? payload.text : '';
}

/**
 * Signs a webhook body the way Zalo does (independently of the production code):
 * sha256(app_id + raw body + timestamp + OA secret key), header "mac=<hex>".
 */
export function signZaloWebhook(event: Record<string, unknown>, oaSecretKey: string): { rawBody: string; signature: string } {
  const rawBody = JSON.stringify(event);
  const hex = createHash('sha256')
    .update(`${String(event.app_id ?? '')}${rawBody}${String(event.timestamp ?? '')}${oaSecretKey}`)
    .digest('hex');
  return { rawBody, signature: `mac=${hex}` };
}

function sendBodyProblem(body: unknown): string | null {
  if (!isRecord(body)) return 'body is not a JSON object';
  const recipient = body.recipient;
  if (!isRecord(recipient) || typeof recipient.user_id !== 'string' || !recipient.user_id) return 'recipient.user_id must be a string';
  const message = body.message;
  if (!isRecord(message)) return 'message is missing';
  if ('text' in message) {
    if (typeof message.text !== 'string' || message.text.length === 0) return 'message.text must be a non-empty string';
    if (message.text.length > MAX_TEXT) return `message.text is longer than ${MAX_TEXT}`;
    return null;
  }
  return templateProblem(message.attachment);
}

function templateProblem(attachment: unknown): string | null {
  if (!isRecord(attachment) || attachment.type !== 'template' || !isRecord(attachment.payload)) return 'message needs text or a template';
  const payload = attachment.payload;
  switch (payload.template_type) {
    case 'button':
      if (typeof payload.text !== 'string' || !payload.text) return 'button template needs text';
      if (!Array.isArray(payload.buttons) || payload.buttons.length === 0) return 'button template needs buttons';
      return payload.buttons.map(buttonProblem).find((p) => p !== null) ?? null;
    case 'media':
    case 'request_user_info':
      return Array.isArray(payload.elements) && payload.elements.length > 0 ? null : 'template needs elements';
    default:
      return `unsupported template_type ${String(payload.template_type)}`;
  }
}

function buttonProblem(button: unknown): string | null {
  if (!isRecord(button) || typeof button.type !== 'string' || !BUTTON_TYPES.has(button.type)) return 'unknown button type';
  if (typeof button.title !== 'string' || !button.title) return 'button needs a title';
  if (button.type === 'oa.query.show' && typeof button.payload !== 'string') return 'oa.query.show payload must be a string';
  if (button.type === 'oa.open.url' && !(isRecord(button.payload) && typeof button.payload.url === 'string')) return 'oa.open.url payload needs url';
  return null;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}

function json(res: ServerResponse, body: unknown): void {
  res.writeHead(200, { 'Content-Type': 'application/json; charset=utf-8' }).end(JSON.stringify(body));
}

async function readBody(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}
