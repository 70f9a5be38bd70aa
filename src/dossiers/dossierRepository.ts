import type { Dossier, DossierDraft, NotificationRecord, OwnerKey } from './dossier';
import type { DossierStatus, TransitionRequest } from './status';

export interface DossierListQuery {
  readonly status?: DossierStatus;
  readonly procedureCode?: string;
  /** Created at or after this instant. */
  readonly from?: Date;
  /** Created before this instant. */
  readonly to?: Date;
  /** 1-based. */
  readonly page: number;
  /** 1–100. */
  readonly pageSize: number;
}

export interface DossierPage {
  readonly items: readonly Dossier[];
  readonly total: number;
  readonly page: number;
  readonly pageSize: number;
}

export const MAX_PAGE_SIZE = 100;

/**
 * Where dossiers live. Two implementations pass one contract suite (tests/integration/
 * dossierRepository.test.ts): InMemoryDossierRepository for tests and development, RedisDossierRepository
 * for deployments. Lists are newest first. Codes may be passed in any spelling parseDossierCode accepts.
 *
 * @example
 *   const dossier = await repository.create(draft);            // code 000.00.21.H55-261128-0001
 *   await repository.transition(dossier.code, 'processing', { actor: officer });
 */
export interface DossierRepository {
  /** Assigns the next code of the agency's day (atomic across instances) and records receipt. */
  create(draft: DossierDraft): Promise<Dossier>;
  get(code: string): Promise<Dossier | null>;
  listByPhone(phone: string): Promise<Dossier[]>;
  listByOwner(owner: OwnerKey): Promise<Dossier[]>;
  /** For officers. */
  list(query: DossierListQuery): Promise<DossierPage>;
  /**
   * Atomically moves a dossier to `to` and appends a history entry. Throws InvalidTransitionError when the
   * rules refuse (checked against the status current at write time), DossierNotFoundError when absent.
   */
  transition(code: string, to: DossierStatus, request: TransitionRequest): Promise<Dossier>;
  /** Appends a notification attempt; throws DossierNotFoundError when absent. */
  recordNotification(code: string, notification: NotificationRecord): Promise<void>;
  /**
   * Erases the applicant's personal data (see withoutPersonalData) and drops the dossier from the phone
   * index; idempotent. Throws DossierNotFoundError when absent.
   */
  erasePersonalData(code: string): Promise<Dossier>;
}

/** Throws RangeError for a page or page size out of range. */
export function assertListQuery(query: DossierListQuery): void {
  if (!Number.isInteger(query.page) || query.page < 1) throw new RangeError(`page must be ≥ 1: ${query.page}`);
  if (!Number.isInteger(query.pageSize) || query.pageSize < 1 || query.pageSize > MAX_PAGE_SIZE) {
    throw new RangeError(`pageSize must be 1–${MAX_PAGE_SIZE}: ${query.pageSize}`);
  }
}
