import type { LocalDate } from '../domain/vietnamTime';
import type { DossierSequence } from './dossierSequence';

/** Counters in this process only: for tests and single-instance development, never for a deployment. */
export class InMemoryDossierSequence implements DossierSequence {
  private readonly counters = new Map<string, number>();

  async next(agencyId: string, date: LocalDate): Promise<number> {
    const key = `${agencyId.toUpperCase()}|${date}`;
    const value = (this.counters.get(key) ?? 0) + 1;
    this.counters.set(key, value);
    return value;
  }
}
