import { ConfigError, loadConfig } from '../../src/config';

describe('loadConfig', () => {
  test('embedded defaults: port 3978, no Redis, 30-day conversation TTL, 256 KB bodies', () => {
    const config = loadConfig({});
    expect(config).toMatchObject({ port: 3978, redisUrl: undefined, conversationTtlSeconds: 30 * 86_400, bodyLimit: '256kb', zalo: null });
    expect(Object.isFrozen(config)).toBe(true);
  });

  test('PORT and REDIS_URL override', () => {
    const config = loadConfig({ PORT: '4000', REDIS_URL: 'redis://127.0.0.1:6379/2', CONVERSATION_TTL_DAYS: '2' });
    expect(config.port).toBe(4000);
    expect(config.redisUrl).toBe('redis://127.0.0.1:6379/2');
    expect(config.conversationTtlSeconds).toBe(172_800);
  });

  test('the recognizer warms up on 3000 texts after start unless NLU_WARM_UP says otherwise (0: not at all)', () => {
    expect(loadConfig({}).nluWarmUp).toBe(3000);
    expect(loadConfig({ NLU_WARM_UP: '0' }).nluWarmUp).toBe(0);
    expect(() => loadConfig({ NLU_WARM_UP: '-1' })).toThrow(/NLU_WARM_UP/);
    expect(() => loadConfig({ NLU_WARM_UP: 'many' })).toThrow(/NLU_WARM_UP/);
  });

  test('a bad variable is named in the error', () => {
    expect(() => loadConfig({ PORT: 'eighty' })).toThrow(ConfigError);
    expect(() => loadConfig({ PORT: 'eighty' })).toThrow(/PORT/);
    expect(() => loadConfig({ REDIS_URL: 'not a url' })).toThrow(/REDIS_URL/);
  });

  test('Zalo is on only when its three keys are set together', () => {
    expect(() => loadConfig({ ZALO_APP_ID: '1' })).toThrow(/ZALO_APP_ID/);
    const config = loadConfig({ ZALO_APP_ID: '1', ZALO_APP_SECRET: 's', ZALO_OA_SECRET_KEY: 'k' });
    expect(config.zalo).toMatchObject({ appId: '1', apiBaseUrl: 'https://openapi.zalo.me', oauthBaseUrl: 'https://oauth.zaloapp.com' });
  });

  test('SingleTenant needs a tenant id', () => {
    expect(() => loadConfig({ MicrosoftAppId: 'id', MicrosoftAppType: 'SingleTenant' })).toThrow(/MicrosoftAppTenantId/);
  });
});
