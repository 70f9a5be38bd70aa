import type { Logger } from 'pino';
import type { DossierRepository } from './dossierRepository';
import { isFinalStatus, DOSSIER_STATUSES } from './status';

const DAY_MS = 86_400_000;
const PAGE_SIZE = 100;

/**
 * Personal data is kept while a dossier is handled and for `retentionDays` after it ended (result
 * returned, rejected or cancelled), as the consent notice says; then it is erased and the rest is kept.
 * Returns the codes erased in this run.
 */
export async function erasePersonalDataPastRetention(
  repository: DossierRepository,
  options: { retentionDays: number; now: Date; logger: Logger },
): Promise<string[]> {
  const cutoff = new Date(options.now.getTime() - options.retentionDays * DAY_MS);
  const erased: string[] = [];
  for (const status of DOSSIER_STATUSES.filter(isFinalStatus)) {
    // Only dossiers created before the cut-off can have ended before it.
    for (let page = 1; ; page += 1) {
      const { items, total } = await repository.list({ status, to: cutoff, page, pageSize: PAGE_SIZE });
      for (const dossier of items) {
        if (dossier.personalDataErasedAt || Date.parse(dossier.updatedAt) >= cutoff.getTime()) continue;
        await repository.erasePersonalData(dossier.code);
        erased.push(dossier.code);
      }
      if (page * PAGE_SIZE >= total) break;
    }
  }
  if (erased.length) options.logger.info({ count: erased.length, retentionDays: options.retentionDays }, 'personal data erased after the retention period');
  return erased;
}
