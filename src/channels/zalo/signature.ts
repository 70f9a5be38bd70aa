import { createHash, timingSafeEqual } from 'node:crypto';

/**
 * The X-ZEvent-Signature of a webhook event: "mac=" + hex SHA-256 (a plain hash, not an HMAC) of
 * app_id + raw body + timestamp + OA secret key, where app_id and timestamp are fields of the body.
 *
 * @example zaloSignature({ appId: '1', rawBody: '{}', timestamp: '2', secretKey: 's' }) === sha256('1{}2s')
 */
export function zaloSignature(parts: {
  appId: string;
  rawBody: Buffer | string;
  timestamp: string;
  secretKey: string;
}): string {
  return createHash('sha256')
    .update(parts.appId, 'utf8')
    .update(typeof parts.rawBody === 'string' ? Buffer.from(parts.rawBody, 'utf8') : parts.rawBody)
    .update(parts.timestamp, 'utf8')
    .update(parts.secretKey, 'utf8')
    .digest('hex');
}

export type SignatureCheck =
  | { ok: true; variant: 'app_id' | 'oa_id' }
  | { ok: false; reason: 'missing' | 'malformed' | 'mismatch' };

const HEX_SHA256 = /^[0-9a-f]{64}$/;

/**
 * Checks a signature header in constant time. Sources disagree on whether the first part is the
 * app_id or the oa_id (the reference marks it UNVERIFIED): both are keyed by the OA secret, so
 * both are accepted and the variant is reported for the log.
 */
export function verifyZaloSignature(input: {
  header: string | undefined;
  rawBody: Buffer;
  appId: string;
  oaId?: string;
  timestamp: string;
  secretKey: string;
}): SignatureCheck {
  if (!input.header) return { ok: false, reason: 'missing' };
  const given = input.header.trim().replace(/^mac=/i, '').toLowerCase();
  if (!HEX_SHA256.test(given)) return { ok: false, reason: 'malformed' };
  const givenBytes = Buffer.from(given, 'hex');
  const candidates: Array<['app_id' | 'oa_id', string]> = [['app_id', input.appId]];
  if (input.oaId !== undefined && input.oaId !== input.appId) candidates.push(['oa_id', input.oaId]);
  let matched: 'app_id' | 'oa_id' | null = null;
  for (const [variant, firstPart] of candidates) {
    const expected = Buffer.from(
      zaloSignature({ appId: firstPart, rawBody: input.rawBody, timestamp: input.timestamp, secretKey: input.secretKey }),
      'hex',
    );
    if (timingSafeEqual(expected, givenBytes) && matched === null) matched = variant;
  }
  return matched ? { ok: true, variant: matched } : { ok: false, reason: 'mismatch' };
}
