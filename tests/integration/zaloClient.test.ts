import { inspect } from 'node:util';
import pino from 'pino';
import { createZaloChannel, DEFAULT_ZALO_MESSAGES, ZaloApiError, type ZaloChannel, type ZaloConfig } from '../../src/channels/zalo';
import { connectTestRedis, deletePrefix, uniquePrefix, type TestRedisClient } from '../support/testRedis';
import { startZaloStandIn, type ZaloStandIn } from '../support/zaloStandIn';

const APP = { appId: '1234567890123456789', appSecret: 'app-secret', oaSecretKey: 'oa-secret-key' };
const FIRST = { accessToken: 'at-first-run', refreshToken: 'rt-first-run' };
const HOUR = 60 * 60 * 1000;
const logger = pino({ level: 'silent' });

let redis: TestRedisClient;
let prefix: string;
let standIn: ZaloStandIn;
let clock: number;
let delays: number[];

beforeAll(async () => {
  redis = await connectTestRedis();
});

afterAll(async () => {
  await redis.close();
});

beforeEach(async () => {
  prefix = uniquePrefix('zalo-client');
  clock = Date.parse('2025-11-01T00:00:00Z');
  delays = [];
  standIn = await startZaloStandIn({ ...APP, ...FIRST, refreshDelayMs: 20 });
});

afterEach(async () => {
  await standIn.stop();
  await deletePrefix(redis, prefix);
});

function configFor(overrides: Partial<ZaloConfig> = {}): ZaloConfig {
  return { ...APP, ...FIRST, apiBaseUrl: standIn.baseUrl, oauthBaseUrl: standIn.baseUrl, ...overrides };
}

function channel(overrides: Partial<ZaloConfig> = {}): ZaloChannel {
  return createZaloChannel({
    config: configFor(overrides),
    redis,
    keyPrefix: prefix,
    logger,
    logic: async () => undefined,
    retry: { maxAttempts: 4, baseDelayMs: 10, maxDelayMs: 100 },
    now: () => clock,
    sleep: async (ms) => {
      delays.push(ms);
      await new Promise((resolve) => setTimeout(resolve, ms));
    },
  });
}

const sendMany = (zalo: ZaloChannel, count: number, tag: string) =>
  Promise.all(Array.from({ length: count }, (_, i) => zalo.client.sendText(`user-${tag}-${i}`, `Tin ${tag} ${i}`)));

describe('ZaloClient tokens', () => {
  it('refreshes once when ten concurrent sends meet an expired token, stores the pair first, and sends all ten', async () => {
    const zalo = channel();
    await zalo.client.sendText('warm-up', 'Dạ');
    standIn.expireAccessTokens();

    const results = await sendMany(zalo, 10, 'a');

    expect(results.every((r) => r.messageId.length > 0)).toBe(true);
    expect(standIn.refreshCount).toBe(1);
    expect(standIn.refreshRequests).toEqual([{ refreshToken: FIRST.refreshToken }]);
    const stored = await zalo.tokens.load();
    expect(stored?.accessToken).toMatch(/^at-/);
    expect(stored?.accessToken).not.toBe(FIRST.accessToken);
    expect(standIn.isValidRefreshToken(stored?.refreshToken ?? '')).toBe(true);
    expect(standIn.isValidRefreshToken(FIRST.refreshToken)).toBe(false);
    const afterRefresh = standIn.received.slice(1);
    expect(afterRefresh).toHaveLength(10);
    expect(new Set(afterRefresh.map((m) => m.accessToken))).toEqual(new Set([stored?.accessToken]));
    expect(stored?.expiresAt).toBe(clock + 90_000 * 1000);
  });

  it('refreshes once across two instances sharing Redis', async () => {
    const first = channel();
    const second = channel();
    await first.client.sendText('warm-up', 'Dạ');
    standIn.expireAccessTokens();

    await Promise.all([sendMany(first, 5, 'first'), sendMany(second, 5, 'second')]);

    expect(standIn.refreshCount).toBe(1);
    expect(standIn.received).toHaveLength(11);
  });

  it('refreshes before sending once 80% of the lifetime has passed, and only once', async () => {
    const zalo = channel();
    await zalo.client.sendText('warm-up', 'Dạ');
    clock += 19 * HOUR;
    await zalo.client.sendText('before', 'Dạ');
    expect(standIn.refreshCount).toBe(0);

    clock += 1.5 * HOUR;
    await sendMany(zalo, 10, 'due');
    await zalo.client.sendText('after', 'Dạ');

    expect(standIn.refreshCount).toBe(1);
    const stored = await zalo.tokens.load();
    expect(standIn.received.slice(2).every((m) => m.accessToken === stored?.accessToken)).toBe(true);
  });

  it('on a first run with only a refresh token, gets an access token before the first send', async () => {
    const zalo = channel({ accessToken: undefined });
    await zalo.client.sendText('first', 'Dạ');
    expect(standIn.refreshCount).toBe(1);
    expect(standIn.received[0]?.accessToken).toBe((await zalo.tokens.load())?.accessToken);
  });

  it('ignores the configured first-run tokens once a pair is stored', async () => {
    const zalo = channel();
    await zalo.client.sendText('warm-up', 'Dạ');
    standIn.expireAccessTokens();
    await zalo.client.sendText('refresh', 'Dạ');
    const restarted = channel();
    await restarted.client.sendText('after-restart', 'Dạ');
    expect(standIn.received.at(-1)?.accessToken).toBe((await restarted.tokens.load())?.accessToken);
    expect(standIn.refreshCount).toBe(1);
  });

  it('reports a refused refresh as a ZaloApiError that carries no secret', async () => {
    const zalo = channel({ appSecret: 'wrong-app-secret' });
    await zalo.client.sendText('warm-up', 'Dạ');
    standIn.expireAccessTokens();
    const error = await zalo.client.sendText('u', 'Dạ').catch((err: unknown) => err);
    expect(error).toBeInstanceOf(ZaloApiError);
    expect(error).toMatchObject({ kind: 'oauth', method: 'oauth/v4/oa/access_token' });
    const shown = `${inspect(error)} ${JSON.stringify(error)}`;
    for (const secret of ['wrong-app-secret', FIRST.refreshToken, FIRST.accessToken]) expect(shown).not.toContain(secret);
  });
});

describe('ZaloClient retries', () => {
  it('backs off on -32 (rate limit), then succeeds', async () => {
    const zalo = channel();
    standIn.failNext(2, -32, 'Rate limit exceeded');
    await expect(zalo.client.sendText('u-rate', 'Dạ')).resolves.toEqual({ messageId: expect.any(String) });
    expect(standIn.sendAttempts).toBe(3);
    expect(delays).toHaveLength(2);
    expect(delays[0]).toBeGreaterThanOrEqual(5);
    expect(delays[1]).toBeGreaterThanOrEqual(delays[0] ?? Infinity);
    expect(standIn.textsFor('u-rate')).toEqual(['Dạ']);
  });

  it('retries 5xx answers and dropped connections', async () => {
    const zalo = channel();
    standIn.failNextHttp(1, 502);
    standIn.dropNext(1);
    await zalo.client.sendText('u-flaky', 'Dạ');
    expect(standIn.sendAttempts).toBe(3);
    expect(standIn.textsFor('u-flaky')).toEqual(['Dạ']);
  });

  it('gives up after the last attempt with the Zalo error', async () => {
    const zalo = channel();
    standIn.failNext(10, -32);
    await expect(zalo.client.sendText('u', 'Dạ')).rejects.toMatchObject({ name: 'ZaloApiError', code: -32, method: 'message/cs' });
    expect(standIn.sendAttempts).toBe(4);
  });

  it.each([-230, -213, -227])('does not retry %i; records the message as undeliverable', async (code) => {
    const zalo = channel();
    standIn.blockUser('u-gone', code);
    const error = await zalo.client.sendText('u-gone', 'Dạ').catch((err: unknown) => err);
    expect(error).toBeInstanceOf(ZaloApiError);
    expect(error).toMatchObject({ code, method: 'message/cs', undeliverable: true });
    expect(standIn.sendAttempts).toBe(1);
    expect(delays).toEqual([]);
    expect(await zalo.undeliverable.recent()).toEqual([expect.objectContaining({ userId: 'u-gone', code, kind: 'reply' })]);
    expect(`${inspect(error)} ${JSON.stringify(error)}`).not.toContain(FIRST.accessToken);
  });

  it('does not retry a rejected parameter', async () => {
    const zalo = channel();
    await expect(zalo.client.sendMessage('u', { text: 'x'.repeat(2001) })).rejects.toMatchObject({ code: -201 });
    expect(standIn.sendAttempts).toBe(1);
  });
});

describe('ZaloNotifier', () => {
  it('tells officers why a notification could not reach the citizen, and records it', async () => {
    const zalo = channel();
    standIn.blockUser('u-away', -230);
    const result = await zalo.notifier.notify('u-away', 'Dạ, hồ sơ đã có kết quả ạ.');
    expect(result).toEqual({ ok: false, error: DEFAULT_ZALO_MESSAGES.officerUndeliverable['-230'] });
    expect(await zalo.undeliverable.recent()).toEqual([expect.objectContaining({ userId: 'u-away', code: -230, kind: 'notification' })]);
  });

  it('sends a long notification as several messages in order', async () => {
    const zalo = channel();
    const text = ['Dạ, '.padEnd(1500, 'a'), 'Hồ sơ '.padEnd(1500, 'b')].join('\n\n');
    expect(await zalo.notifier.notify('u-long', text)).toEqual({ ok: true });
    expect(standIn.textsFor('u-long')).toEqual(text.split('\n\n'));
  });
});
