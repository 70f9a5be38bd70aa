import path from 'node:path';
import { z } from 'zod';
import type { ZaloConfig } from './channels/zalo/config';
import { DEFAULT_WARM_UP_SIZE } from './nlu/warmUp';
import { parseOfficerAccounts, type OfficerAccount } from './officers/officerAccount';

const booleanFlag = z
  .enum(['true', 'false', '1', '0', 'yes', 'no'])
  .transform((v) => v === 'true' || v === '1' || v === 'yes');

const optionalText = z
  .string()
  .optional()
  .transform((v) => (v && v.trim() !== '' ? v.trim() : undefined));

const envSchema = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  PORT: z.coerce.number().int().min(0).max(65535).default(3978),
  HOST: z.string().default('0.0.0.0'),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  LOG_PRETTY: booleanFlag.optional(),
  REDIS_URL: optionalText.pipe(z.string().url().optional()),
  REDIS_KEY_PREFIX: z.string().min(1).default('onestop:'),
  CONVERSATION_TTL_DAYS: z.coerce.number().positive().default(30),
  TURN_LOCK_TTL_MS: z.coerce.number().int().positive().default(30_000),
  BODY_LIMIT: z.string().default('256kb'),
  DATA_DIR: optionalText,
  PUBLIC_BASE_URL: optionalText.pipe(z.string().url().optional()),
  DIRECTLINE_SECRET: optionalText,
  DIRECTLINE_DOMAIN: optionalText.pipe(z.string().url().optional()),
  DIRECTLINE_TOKEN_SECRET: optionalText,
  MicrosoftAppId: optionalText,
  MicrosoftAppPassword: optionalText,
  MicrosoftAppType: z.enum(['MultiTenant', 'SingleTenant', 'UserAssignedMSI']).default('MultiTenant'),
  MicrosoftAppTenantId: optionalText,
  SHUTDOWN_GRACE_MS: z.coerce.number().int().positive().default(10_000),
  NLU_WARM_UP: z.coerce.number().int().min(0).max(20_000).default(DEFAULT_WARM_UP_SIZE),
  AGENCY_IDENTIFIER: optionalText.pipe(z.string().regex(/^[0-9A-Za-z]+(\.[0-9A-Za-z]+)*$/, 'letters, digits and dots, e.g. 000.00.21.H55').optional()),
  OFFICE_CUTOFF: z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'HH:MM').default('16:30'),
  PERSONAL_DATA_RETENTION_DAYS: z.coerce.number().int().min(1).default(365),
  OFFICE_OPENING: z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'HH:MM').default('07:30'),
  OFFICER_ACCOUNTS: optionalText,
  NOTIFY_MAX_ATTEMPTS: z.coerce.number().int().min(1).max(20).default(5),
  NOTIFY_RETRY_BASE_MS: z.coerce.number().int().positive().default(2000),
  NOTIFY_RETRY_MAX_MS: z.coerce.number().int().positive().default(60_000),
  ZALO_APP_ID: optionalText,
  ZALO_APP_SECRET: optionalText,
  ZALO_OA_SECRET_KEY: optionalText,
  ZALO_ACCESS_TOKEN: optionalText,
  ZALO_REFRESH_TOKEN: optionalText,
  ZALO_API_BASE_URL: z.string().url().default('https://openapi.zalo.me'),
  ZALO_OAUTH_BASE_URL: z.string().url().default('https://oauth.zaloapp.com'),
});

export interface BotFrameworkConfig {
  readonly appId?: string;
  readonly appPassword?: string;
  readonly appType: 'MultiTenant' | 'SingleTenant' | 'UserAssignedMSI';
  readonly tenantId?: string;
}

/** The Zalo channel's settings, typed by the channel itself. */
export type ZaloEnvConfig = ZaloConfig;

export interface Config {
  readonly env: 'development' | 'production' | 'test';
  readonly port: number;
  readonly host: string;
  readonly logLevel: string;
  readonly logPretty: boolean;
  /** Absent: state lives in process memory (development only; loudly warned at start-up). */
  readonly redisUrl?: string;
  readonly keyPrefix: string;
  readonly conversationTtlSeconds: number;
  readonly turnLockTtlMs: number;
  readonly bodyLimit: string;
  readonly dataDir: string;
  readonly publicBaseUrl?: string;
  /**
   * secret (+ domain): the web chat page talks to Azure Bot Service's Direct Line instead of the built-in one.
   * tokenSecret signs the built-in endpoint's tokens; every instance behind one load balancer needs the same.
   */
  readonly directLine: { readonly secret?: string; readonly domain?: string; readonly tokenSecret?: string };
  readonly botFramework: BotFrameworkConfig;
  readonly shutdownGraceMs: number;
  /** Texts the recognizer parses in the background after start (NLU_WARM_UP; 0: none), see nlu/warmUp.ts. */
  readonly nluWarmUp: number;
  readonly zalo: ZaloEnvConfig | null;
  /** Accounts of the officer API (OFFICER_ACCOUNTS); empty → the officer API answers 503. */
  readonly officers: readonly OfficerAccount[];
  /** Retries of status-change notifications to citizens: attempts in all, exponential backoff. */
  readonly notifications: { readonly maxAttempts: number; readonly baseDelayMs: number; readonly maxDelayMs: number };
  readonly dossiers: {
    /**
     * Mã định danh of the one-stop office, the first part of every dossier code. Required in production;
     * in development the placeholder "DEMO" is used so no official-looking code is ever made up.
     */
    readonly agencyIdentifier: string;
    readonly agencyIdentifierIsPlaceholder: boolean;
    /** Dossiers received after this local time count from the next working day. */
    readonly cutoff: string;
    readonly opening: string;
    /** Personal data of a dossier is erased this long after it ended (keep in step with data/consent). */
    readonly retentionDays: number;
  };
}

export class ConfigError extends Error {
  constructor(readonly issues: readonly string[]) {
    super(`Invalid configuration:\n  ${issues.join('\n  ')}`);
    this.name = 'ConfigError';
  }
}

const projectRoot = path.resolve(__dirname, __dirname.includes(`${path.sep}dist${path.sep}`) ? '../..' : '..');

/** Reads and validates the environment once; every other module receives the typed, frozen result. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const parsed = envSchema.safeParse(env);
  if (!parsed.success) {
    throw new ConfigError(parsed.error.issues.map((i) => `${i.path.join('.') || '(env)'}: ${i.message}`));
  }
  const e = parsed.data;
  const zaloKeys = [e.ZALO_APP_ID, e.ZALO_APP_SECRET, e.ZALO_OA_SECRET_KEY];
  if (zaloKeys.some(Boolean) && !zaloKeys.every(Boolean)) {
    throw new ConfigError(['ZALO_APP_ID, ZALO_APP_SECRET and ZALO_OA_SECRET_KEY must be set together (or none, to turn Zalo off)']);
  }
  if (e.NODE_ENV === 'production' && !e.AGENCY_IDENTIFIER) {
    throw new ConfigError(['AGENCY_IDENTIFIER: required in production (mã định danh of the one-stop office, e.g. 000.00.21.H55)']);
  }
  const officers = parseOfficerAccounts(e.OFFICER_ACCOUNTS ?? '');
  if (officers.problems.length > 0) throw new ConfigError(officers.problems.map((p) => `OFFICER_ACCOUNTS: ${p}`));
  if (e.NOTIFY_RETRY_MAX_MS < e.NOTIFY_RETRY_BASE_MS) {
    throw new ConfigError(['NOTIFY_RETRY_MAX_MS: must not be smaller than NOTIFY_RETRY_BASE_MS']);
  }
  if (e.MicrosoftAppType === 'SingleTenant' && e.MicrosoftAppId && !e.MicrosoftAppTenantId) {
    throw new ConfigError(['MicrosoftAppTenantId: required when MicrosoftAppType is SingleTenant']);
  }
  const config: Config = {
    env: e.NODE_ENV,
    port: e.PORT,
    host: e.HOST,
    logLevel: e.LOG_LEVEL,
    logPretty: e.LOG_PRETTY ?? e.NODE_ENV === 'development',
    redisUrl: e.REDIS_URL,
    keyPrefix: e.REDIS_KEY_PREFIX,
    conversationTtlSeconds: Math.round(e.CONVERSATION_TTL_DAYS * 86_400),
    turnLockTtlMs: e.TURN_LOCK_TTL_MS,
    bodyLimit: e.BODY_LIMIT,
    dataDir: e.DATA_DIR ? path.resolve(e.DATA_DIR) : path.join(projectRoot, 'data'),
    publicBaseUrl: e.PUBLIC_BASE_URL,
    directLine: { secret: e.DIRECTLINE_SECRET, domain: e.DIRECTLINE_DOMAIN, tokenSecret: e.DIRECTLINE_TOKEN_SECRET },
    botFramework: {
      appId: e.MicrosoftAppId,
      appPassword: e.MicrosoftAppPassword,
      appType: e.MicrosoftAppType,
      tenantId: e.MicrosoftAppTenantId,
    },
    shutdownGraceMs: e.SHUTDOWN_GRACE_MS,
    nluWarmUp: e.NLU_WARM_UP,
    dossiers: {
      agencyIdentifier: (e.AGENCY_IDENTIFIER ?? 'DEMO').toUpperCase(),
      agencyIdentifierIsPlaceholder: !e.AGENCY_IDENTIFIER,
      cutoff: e.OFFICE_CUTOFF,
      opening: e.OFFICE_OPENING,
      retentionDays: e.PERSONAL_DATA_RETENTION_DAYS,
    },
    officers: Object.freeze(officers.accounts),
    notifications: { maxAttempts: e.NOTIFY_MAX_ATTEMPTS, baseDelayMs: e.NOTIFY_RETRY_BASE_MS, maxDelayMs: e.NOTIFY_RETRY_MAX_MS },
    zalo:
      e.ZALO_APP_ID && e.ZALO_APP_SECRET && e.ZALO_OA_SECRET_KEY
        ? {
            appId: e.ZALO_APP_ID,
            appSecret: e.ZALO_APP_SECRET,
            oaSecretKey: e.ZALO_OA_SECRET_KEY,
            accessToken: e.ZALO_ACCESS_TOKEN,
            refreshToken: e.ZALO_REFRESH_TOKEN,
            apiBaseUrl: e.ZALO_API_BASE_URL,
            oauthBaseUrl: e.ZALO_OAUTH_BASE_URL,
          }
        : null,
  };
  return Object.freeze(config);
}

export const PROJECT_ROOT = projectRoot;
