import { parseDossierCode } from '../domain/dossierCode';
import { withoutPersonalData, type Dossier, type DossierDraft, type NotificationRecord, type OwnerKey } from './dossier';
import { applyHistoryEntry, buildNewDossier, historyEntry, phoneIndexKey } from './dossierChanges';
import { assertListQuery, type DossierListQuery, type DossierPage, type DossierRepository } from './dossierRepository';
import { issueDossierCode, type DossierSequence } from './dossierSequence';
import { DossierNotFoundError } from './errors';
import { InMemoryDossierSequence } from './inMemoryDossierSequence';
import { assertTransition, type DossierStatus, type TransitionRequest } from './status';

export interface InMemoryDossierRepositoryOptions {
  readonly agencyId: string;
  readonly sequence?: DossierSequence;
  readonly clock?: () => Date;
}

function newestFirst(a: Dossier, b: Dossier): number {
  return b.createdAt.localeCompare(a.createdAt) || b.code.localeCompare(a.code);
}

/** Dossiers in this process only: for tests and development. Returns copies, so callers cannot alter it. */
export class InMemoryDossierRepository implements DossierRepository {
  private readonly dossiers = new Map<string, Dossier>();
  private readonly agencyId: string;
  private readonly sequence: DossierSequence;
  private readonly clock: () => Date;

  constructor(options: InMemoryDossierRepositoryOptions) {
    this.agencyId = options.agencyId;
    this.sequence = options.sequence ?? new InMemoryDossierSequence();
    this.clock = options.clock ?? (() => new Date());
  }

  async create(draft: DossierDraft): Promise<Dossier> {
    const receivedAt = draft.receivedAt ?? this.clock();
    let code = await issueDossierCode(this.sequence, this.agencyId, receivedAt);
    while (this.dossiers.has(code)) code = await issueDossierCode(this.sequence, this.agencyId, receivedAt);
    const dossier = buildNewDossier(draft, code, receivedAt);
    this.dossiers.set(code, structuredClone(dossier));
    return dossier;
  }

  async get(code: string): Promise<Dossier | null> {
    const found = this.find(code);
    return found ? structuredClone(found) : null;
  }

  async listByPhone(phone: string): Promise<Dossier[]> {
    const key = phoneIndexKey(phone);
    return this.select((d) => d.applicant.phone === key);
  }

  async listByOwner(owner: OwnerKey): Promise<Dossier[]> {
    return this.select((d) => d.owner.channelId === owner.channelId && d.owner.userId === owner.userId);
  }

  async list(query: DossierListQuery): Promise<DossierPage> {
    assertListQuery(query);
    const from = query.from?.getTime() ?? -Infinity;
    const to = query.to?.getTime() ?? Infinity;
    const matching = this.select((d) => {
      const created = Date.parse(d.createdAt);
      return (
        (query.status === undefined || d.status === query.status) &&
        (query.procedureCode === undefined || d.procedureCode === query.procedureCode) &&
        created >= from &&
        created < to
      );
    });
    const start = (query.page - 1) * query.pageSize;
    return { items: matching.slice(start, start + query.pageSize), total: matching.length, page: query.page, pageSize: query.pageSize };
  }

  async transition(code: string, to: DossierStatus, request: TransitionRequest): Promise<Dossier> {
    const current = this.find(code);
    if (!current) throw new DossierNotFoundError(code);
    assertTransition(current.status, to, request);
    const updated = applyHistoryEntry(current, historyEntry(current.status, to, request, this.clock()));
    this.dossiers.set(current.code, structuredClone(updated));
    return structuredClone(updated);
  }

  async recordNotification(code: string, notification: NotificationRecord): Promise<void> {
    const current = this.find(code);
    if (!current) throw new DossierNotFoundError(code);
    this.dossiers.set(current.code, { ...current, notifications: [...current.notifications, structuredClone(notification)] });
  }

  async erasePersonalData(code: string): Promise<Dossier> {
    const current = this.find(code);
    if (!current) throw new DossierNotFoundError(code);
    const erased = current.personalDataErasedAt ? current : withoutPersonalData(current, this.clock());
    this.dossiers.set(current.code, structuredClone(erased));
    return structuredClone(erased);
  }

  private find(code: string): Dossier | undefined {
    const parsed = parseDossierCode(code);
    return parsed ? this.dossiers.get(parsed.code) : undefined;
  }

  private select(predicate: (dossier: Dossier) => boolean): Dossier[] {
    return [...this.dossiers.values()].filter(predicate).sort(newestFirst).map((d) => structuredClone(d));
  }
}
