import { createHash, timingSafeEqual } from 'node:crypto';
import type { Officer, OfficerAccount } from './officerAccount';

/** sha256 hex of a token: what OFFICER_ACCOUNTS stores. */
export function hashOfficerToken(token: string): string {
  return createHash('sha256').update(token, 'utf8').digest('hex');
}

/**
 * The configured officer accounts, looked up by bearer token. The presented token is hashed and
 * compared with every account's digest in constant time, without stopping at the first match.
 *
 * @example
 *   const officers = new OfficerDirectory(config.officers);
 *   officers.authenticate(bearerToken)   // → { id: 'lan', name: 'Nguyễn Thị Lan', role: 'officer' } | null
 */
export class OfficerDirectory {
  private readonly digests: ReadonlyArray<{ account: OfficerAccount; digest: Buffer }>;

  constructor(accounts: readonly OfficerAccount[]) {
    this.digests = accounts.map((account) => ({ account, digest: Buffer.from(account.tokenSha256, 'hex') }));
  }

  /** False when no account is configured: the officer API then refuses every request. */
  get configured(): boolean {
    return this.digests.length > 0;
  }

  authenticate(token: string): Officer | null {
    if (token === '') return null;
    const presented = createHash('sha256').update(token, 'utf8').digest();
    let found: OfficerAccount | null = null;
    for (const { account, digest } of this.digests) {
      if (timingSafeEqual(presented, digest) && found === null) found = account;
    }
    return found ? { id: found.id, name: found.name, role: found.role } : null;
  }
}
