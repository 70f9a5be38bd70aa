import type { ProcessingTime } from '../domain/expectedDate';
import type { LocalDate } from '../domain/vietnamTime';
import type { Actor, DossierDraft } from './dossier';
import type { DossierStatus } from './status';

/** What the citizen-facing side submits: a draft without a due date, plus the procedure's processing time. */
export interface DossierSubmission extends Omit<DossierDraft, 'expectedDate' | 'receivedAt'> {
  /** From the catalogue; null when the procedure's time did not parse (no due date is then promised). */
  readonly processingTime: ProcessingTime | null;
}

/** What the citizen is told right after submitting. */
export interface SubmissionReceipt {
  readonly code: string;
  readonly status: DossierStatus;
  /** ISO 8601 instant of receipt. */
  readonly receivedAt: string;
  readonly expectedDate: LocalDate | null;
}

/** The current state of a dossier, as a status check shows it. */
export interface DossierStatusReport {
  readonly code: string;
  readonly status: DossierStatus;
  readonly procedureName: string;
  readonly expectedDate: LocalDate | null;
  /** ISO 8601 instant of the last status change. */
  readonly updatedAt: string;
  /** National form; compared with what the citizen types before anything is shown. */
  readonly applicantPhone: string;
  /** Note of the last change, if an officer wrote one. */
  readonly lastNote?: string;
  /** Present when the dossier was rejected. */
  readonly rejectionReason?: string;
}

export interface DossierStatusChange {
  readonly code: string;
  readonly from: DossierStatus;
  readonly to: DossierStatus;
  /** ISO 8601 instant. */
  readonly at: string;
  readonly actor: Actor;
  readonly note?: string;
  readonly reason?: string;
}

/** Called after a status change is stored; awaited, and a failing listener does not undo the change. */
export type StatusChangeListener = (change: DossierStatusChange) => Promise<void> | void;

/**
 * The system of record for dossiers. BuiltInDossierSystem keeps them in our own repository; a deployment
 * attached to a province's one-stop information system (Hệ thống thông tin giải quyết TTHC) implements this
 * port with an HTTP adapter instead. Contract: see src/dossiers/README.md.
 */
export interface DossierSystem {
  /** Stable identifier for logs and metrics, e.g. 'built-in'. */
  readonly id: string;
  submit(submission: DossierSubmission): Promise<SubmissionReceipt>;
  /** null when no dossier has this code. Accepts any spelling parseDossierCode accepts. */
  getStatus(code: string): Promise<DossierStatusReport | null>;
  /** Registers a listener; returns a function that removes it. */
  onStatusChange(listener: StatusChangeListener): () => void;
}
