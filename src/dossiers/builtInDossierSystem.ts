import type { Logger } from 'pino';
import { DEFAULT_OFFICE_SCHEDULE, expectedResultDate, type OfficeSchedule, type ProcessingTime } from '../domain/expectedDate';
import type { LocalDate } from '../domain/vietnamTime';
import { MissingHolidayDataError, type WorkingCalendar } from '../domain/workingCalendar';
import type { Dossier } from './dossier';
import type { DossierRepository } from './dossierRepository';
import type {
  DossierStatusChange,
  DossierStatusReport,
  DossierSubmission,
  DossierSystem,
  StatusChangeListener,
  SubmissionReceipt,
} from './dossierSystem';
import type { DossierStatus, TransitionRequest } from './status';

export interface BuiltInDossierSystemOptions {
  readonly repository: DossierRepository;
  readonly calendar: WorkingCalendar;
  readonly logger: Logger;
  readonly schedule?: OfficeSchedule;
  readonly clock?: () => Date;
}

/** Our own registry: dossiers live in a DossierRepository and officers change their status through `transition`. */
export class BuiltInDossierSystem implements DossierSystem {
  readonly id = 'built-in';
  private readonly listeners = new Set<StatusChangeListener>();
  private readonly schedule: OfficeSchedule;
  private readonly clock: () => Date;

  constructor(private readonly options: BuiltInDossierSystemOptions) {
    this.schedule = options.schedule ?? DEFAULT_OFFICE_SCHEDULE;
    this.clock = options.clock ?? (() => new Date());
  }

  async submit(submission: DossierSubmission): Promise<SubmissionReceipt> {
    const receivedAt = this.clock();
    const { processingTime, ...draft } = submission;
    const expectedDate = processingTime ? this.dueDate(receivedAt, processingTime) : null;
    const dossier = await this.options.repository.create({ ...draft, receivedAt, expectedDate });
    return { code: dossier.code, status: dossier.status, receivedAt: dossier.createdAt, expectedDate: dossier.expectedDate };
  }

  async getStatus(code: string): Promise<DossierStatusReport | null> {
    const dossier = await this.options.repository.get(code);
    return dossier ? statusReport(dossier) : null;
  }

  onStatusChange(listener: StatusChangeListener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Stores the change (refused with InvalidTransitionError when the rules forbid it), then tells every listener. */
  async transition(code: string, to: DossierStatus, request: TransitionRequest): Promise<Dossier> {
    const updated = await this.options.repository.transition(code, to, request);
    const entry = updated.history[updated.history.length - 1];
    if (entry?.from) {
      const { note, reason } = entry;
      await this.emit({ code: updated.code, from: entry.from, to: entry.to, at: entry.at, actor: entry.actor, ...(note ? { note } : {}), ...(reason ? { reason } : {}) });
    }
    return updated;
  }

  private async emit(change: DossierStatusChange): Promise<void> {
    const results = await Promise.allSettled([...this.listeners].map(async (listener) => listener(change)));
    for (const result of results) {
      if (result.status === 'rejected') {
        this.options.logger.error({ err: result.reason, code: change.code, to: change.to }, 'dossier status listener failed');
      }
    }
  }

  /** A missing holiday year means no promised date rather than a failed submission. */
  private dueDate(receivedAt: Date, time: ProcessingTime): LocalDate | null {
    try {
      return expectedResultDate(receivedAt, time, this.options.calendar, this.schedule);
    } catch (err) {
      if (!(err instanceof MissingHolidayDataError)) throw err;
      this.options.logger.warn({ year: err.year }, 'no holiday data for the due date; dossier stored without one');
      return null;
    }
  }
}

function statusReport(dossier: Dossier): DossierStatusReport {
  const last = dossier.history[dossier.history.length - 1];
  const rejection = dossier.status === 'rejected' ? last?.reason : undefined;
  return {
    code: dossier.code,
    status: dossier.status,
    procedureName: dossier.procedureName,
    expectedDate: dossier.expectedDate,
    updatedAt: dossier.updatedAt,
    applicantPhone: dossier.applicant.phone,
    ...(last?.note ? { lastNote: last.note } : {}),
    ...(rejection ? { rejectionReason: rejection } : {}),
  };
}
