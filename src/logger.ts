import pino, { type Logger } from 'pino';

export type { Logger };

const SECRET_KEY = /(token|secret|password|authorization|signature|cookie|cccd|cmnd|phone|apikey|api_key)/i;

const TEXT_PATTERNS: ReadonlyArray<[RegExp, string]> = [
  [/\b(Bearer|Basic)\s+[A-Za-z0-9._~+/=-]+/gi, '$1 [REDACTED]'],
  [/((?:access|refresh)_token["'=:\s]+)[A-Za-z0-9._~+/=-]{6,}/gi, '$1[REDACTED]'],
  // Phone numbers first (they may be written with separators), then bare 12- and 9-digit ids (CCCD, CMND).
  [/(?<![\d])(?:\+?84|0)(?:[\s.-]?\d){9}(?![\d])/g, '[PHONE]'],
  [/(?<![\d])\d{12}(?![\d])/g, '[CCCD]'],
  [/(?<![\d])\d{9}(?![\d])/g, '[CMND]'],
];

/** Removes personal identifiers and credentials from free text. */
export function redactText(text: string): string {
  let out = text;
  for (const [pattern, replacement] of TEXT_PATTERNS) out = out.replace(pattern, replacement);
  return out;
}

/** Deep copy with secret-named keys masked and every string scrubbed by redactText. */
export function redactValue(value: unknown, depth = 0): unknown {
  if (typeof value === 'string') return redactText(value);
  if (value === null || typeof value !== 'object' || depth > 8) return value;
  if (value instanceof Error) {
    return { type: value.name, message: redactText(value.message), stack: value.stack ? redactText(value.stack) : undefined };
  }
  if (Array.isArray(value)) return value.map((v) => redactValue(v, depth + 1));
  const out: Record<string, unknown> = {};
  for (const [key, v] of Object.entries(value as Record<string, unknown>)) {
    out[key] = SECRET_KEY.test(key) && v !== null && v !== undefined && typeof v !== 'boolean' ? '[REDACTED]' : redactValue(v, depth + 1);
  }
  return out;
}

export interface LoggerOptions {
  level: string;
  pretty: boolean;
  /** Where lines go; tests pass a stream to read what was logged. */
  destination?: pino.DestinationStream;
}

/**
 * The one logger of the process. Redaction lives here, not at call sites: every object and message that
 * reaches it is scrubbed of CCCD/CMND numbers, phone numbers, tokens and secrets.
 */
export function createLogger(options: LoggerOptions): Logger {
  const pinoOptions: pino.LoggerOptions = {
    level: options.level,
    base: { service: 'tro-ly-mot-cua' },
    formatters: { log: (obj) => redactValue(obj) as Record<string, unknown> },
    hooks: {
      logMethod(args, method) {
        const scrubbed = args.map((a) => (typeof a === 'string' ? redactText(a) : a));
        return method.apply(this, scrubbed as Parameters<typeof method>);
      },
    },
  };
  if (options.destination) return pino(pinoOptions, options.destination);
  if (options.pretty) {
    return pino({ ...pinoOptions, transport: { target: 'pino-pretty', options: { translateTime: 'SYS:HH:MM:ss', ignore: 'pid,hostname,service' } } });
  }
  return pino(pinoOptions);
}
