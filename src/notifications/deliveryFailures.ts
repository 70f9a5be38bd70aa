import type { DossierStatus } from '../dossiers/status';

/** A notification that never reached the citizen, for the officers' list: they tell the citizen another way. */
export interface DeliveryFailure {
  readonly code: string;
  readonly procedureName: string;
  readonly to: DossierStatus;
  /** 'webchat', 'botframework:msteams', 'zalo', or the owner's channel id when no notifier serves it. */
  readonly channel: string;
  /** Vietnamese, for officers. */
  readonly error: string;
  readonly attempts: number;
  /** ISO 8601 instant of the last attempt. */
  readonly at: string;
}

/** The newest failures, capped; older ones remain in each dossier's own notification records. */
export interface DeliveryFailureLog {
  record(failure: DeliveryFailure): Promise<void>;
  /** Newest first. */
  list(limit: number): Promise<DeliveryFailure[]>;
}

export const MAX_KEPT_FAILURES = 1000;

export class MemoryDeliveryFailureLog implements DeliveryFailureLog {
  private readonly failures: DeliveryFailure[] = [];

  async record(failure: DeliveryFailure): Promise<void> {
    this.failures.unshift(structuredClone(failure));
    this.failures.length = Math.min(this.failures.length, MAX_KEPT_FAILURES);
  }

  async list(limit: number): Promise<DeliveryFailure[]> {
    return this.failures.slice(0, limit).map((f) => structuredClone(f));
  }
}
