import { formatDossierCode } from '../domain/dossierCode';
import { vietnamDateOf, type LocalDate } from '../domain/vietnamTime';

/**
 * Daily counters behind dossier codes. `next` must be atomic across every instance that serves the same
 * agency: two callers never get the same number for one agency and day.
 */
export interface DossierSequence {
  /** 1 for the agency's first dossier of `date`, then 2, 3, … */
  next(agencyId: string, date: LocalDate): Promise<number>;
}

/** The next dossier code for a receipt at `receivedAt`, dated in Vietnamese local time. */
export async function issueDossierCode(sequence: DossierSequence, agencyId: string, receivedAt: Date): Promise<string> {
  const date = vietnamDateOf(receivedAt);
  return formatDossierCode({ agencyId, date, sequence: await sequence.next(agencyId, date) });
}
