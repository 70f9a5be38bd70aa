import type { OwnerKey } from './dossier';
import type { DossierStatus } from './status';

/**
 * Key layout of RedisDossierRepository under a configured prefix (REDIS_KEY_PREFIX, e.g. "onestop:"):
 *   dossier:<code>                 hash  — the dossier's fields (objects as JSON)
 *   dossier:<code>:history         list  — history entries, JSON, oldest first
 *   dossier:<code>:notifications   list  — notification attempts, JSON, oldest first
 *   dossiers:all                   zset  — code scored by creation time (ms)
 *   dossiers:status:<status>       zset  — likewise, per current status
 *   dossiers:phone:<phone>         zset  — likewise, per applicant phone (national form)
 *   dossiers:owner:<channel>:<user> zset — likewise, per channel user (both parts URI-encoded)
 */
export class RedisDossierKeys {
  constructor(private readonly prefix: string) {}

  dossier(code: string): string {
    return `${this.prefix}dossier:${code}`;
  }

  history(code: string): string {
    return `${this.prefix}dossier:${code}:history`;
  }

  notifications(code: string): string {
    return `${this.prefix}dossier:${code}:notifications`;
  }

  all(): string {
    return `${this.prefix}dossiers:all`;
  }

  byStatus(status: DossierStatus): string {
    return `${this.prefix}dossiers:status:${status}`;
  }

  byPhone(phone: string): string {
    return `${this.prefix}dossiers:phone:${phone}`;
  }

  byOwner(owner: OwnerKey): string {
    return `${this.prefix}dossiers:owner:${encodeURIComponent(owner.channelId)}:${encodeURIComponent(owner.userId)}`;
  }
}
