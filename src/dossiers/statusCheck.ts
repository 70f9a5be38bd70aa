import { parseDossierCode } from '../domain/dossierCode';
import { normalizePhone } from '../domain/phone';
import type { AttemptLimiter } from './attemptLimiter';
import type { DossierStatusReport, DossierSystem } from './dossierSystem';

export type StatusCheckResult =
  | { readonly kind: 'found'; readonly report: DossierStatusReport }
  | { readonly kind: 'invalid_code' }
  | { readonly kind: 'not_found' }
  | { readonly kind: 'wrong_phone'; readonly attemptsLeft: number }
  | { readonly kind: 'locked'; readonly retryAfterMs: number };

/**
 * True when `given` is the applicant's phone number, in full (any national or +84 spelling) or as its
 * last four digits, which is what a citizen is asked for in the chat and on the appointment slip.
 */
export function phoneMatches(given: string, applicantPhone: string): boolean {
  const stored = normalizePhone(applicantPhone);
  if (!stored) return false;
  const digits = given.replace(/[\s.-]/g, '');
  if (/^\d{4}$/.test(digits)) return stored.endsWith(digits);
  return normalizePhone(given) === stored;
}

/**
 * A citizen's status check: the dossier is shown only to someone who knows its code and the applicant's
 * phone number (or its last four digits). Wrong numbers count against the code and lock it (five tries, fifteen minutes by default).
 */
export class DossierStatusChecker {
  constructor(
    private readonly system: DossierSystem,
    private readonly limiter: AttemptLimiter,
  ) {}

  async check(codeText: string, phoneText: string): Promise<StatusCheckResult> {
    const code = parseDossierCode(codeText)?.code;
    if (!code) return { kind: 'invalid_code' };
    const before = await this.limiter.status(code);
    if (before.locked) return { kind: 'locked', retryAfterMs: before.retryAfterMs };
    const report = await this.system.getStatus(code);
    if (!report) {
      // Count tries on unknown codes too: a lock must not reveal that a code exists.
      const after = await this.limiter.recordFailure(code);
      return after.locked ? { kind: 'locked', retryAfterMs: after.retryAfterMs } : { kind: 'not_found' };
    }
    if (phoneMatches(phoneText, report.applicantPhone)) {
      await this.limiter.reset(code);
      return { kind: 'found', report };
    }
    const after = await this.limiter.recordFailure(code);
    return after.locked ? { kind: 'locked', retryAfterMs: after.retryAfterMs } : { kind: 'wrong_phone', attemptsLeft: after.remaining };
  }
}
