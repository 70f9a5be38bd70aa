/** Where a Zalo call failed: the API answered an error code, HTTP failed, or nothing answered. */
export type ZaloErrorKind = 'api' | 'http' | 'network' | 'oauth' | 'config';

/** Token errors: refresh the access token and try once more. */
export const ZALO_TOKEN_ERROR_CODES: ReadonlySet<number> = new Set([-216, -220]);
/** The user cannot receive OA messages now (7-day window, not following, banned/inactive). */
export const ZALO_UNDELIVERABLE_CODES: ReadonlySet<number> = new Set([-230, -213, -227]);
/** Rate limited: back off and retry. */
export const ZALO_RATE_LIMIT_CODE = -32;

/**
 * A failed Zalo call. `code` is Zalo's error code for kind 'api' and 'oauth', the HTTP status for
 * 'http', 0 for 'network' and 'config'. It never carries the access token or the request.
 *
 * @example new ZaloApiError({ code: -230, method: 'message/cs', message: 'User has not interacted' })
 */
export class ZaloApiError extends Error {
  override readonly name = 'ZaloApiError';
  readonly code: number;
  readonly method: string;
  readonly kind: ZaloErrorKind;

  constructor(init: { code: number; method: string; message: string; kind?: ZaloErrorKind }) {
    super(init.message);
    this.code = init.code;
    this.method = init.method;
    this.kind = init.kind ?? 'api';
  }

  /** Nothing to gain from retrying: the user is outside the window or unreachable. */
  get undeliverable(): boolean {
    return this.kind === 'api' && ZALO_UNDELIVERABLE_CODES.has(this.code);
  }

  get retryable(): boolean {
    if (this.kind === 'network') return true;
    if (this.kind === 'http') return this.code >= 500;
    return this.kind === 'api' && this.code === ZALO_RATE_LIMIT_CODE;
  }

  toJSON(): { name: string; code: number; method: string; kind: ZaloErrorKind; message: string } {
    return { name: this.name, code: this.code, method: this.method, kind: this.kind, message: this.message };
  }
}
