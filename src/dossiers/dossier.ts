import type { LocalDate } from '../domain/vietnamTime';
import type { DossierStatus } from './status';

/** Who did something to a dossier. Citizens are identified by channel and user id, officers by account. */
export interface Actor {
  readonly kind: 'citizen' | 'officer' | 'system';
  readonly id: string;
  readonly name?: string;
}

export interface Applicant {
  readonly fullName: string;
  readonly dateOfBirth: LocalDate;
  /** 12 digits, as checked by parseCccd. */
  readonly cccd: string;
  /** National form, as returned by normalizePhone. */
  readonly phone: string;
  readonly commune: string;
}

export type SubmissionMethod = 'in_person' | 'online' | 'postal';

/** The conversation a dossier was created in, so status changes can be sent back there. */
export interface DossierOwner {
  readonly channelId: string;
  readonly userId: string;
  /** Opaque to this module (a Bot Framework ConversationReference, a Zalo user…); must survive JSON. */
  readonly conversationRef?: unknown;
}

export type OwnerKey = Pick<DossierOwner, 'channelId' | 'userId'>;

export interface Consent {
  /** Version of the personal-data notice the citizen agreed to. */
  readonly version: string;
  /** ISO 8601 instant. */
  readonly at: string;
}

export interface HistoryEntry {
  /** ISO 8601 instant. */
  readonly at: string;
  readonly actor: Actor;
  /** null for the entry that records receipt. */
  readonly from: DossierStatus | null;
  readonly to: DossierStatus;
  readonly note?: string;
  readonly reason?: string;
}

export interface NotificationRecord {
  /** Where the citizen was told: 'directline', 'zalo', 'sms'… */
  readonly channel: string;
  readonly ok: boolean;
  readonly error?: string;
  /** ISO 8601 instant. */
  readonly at: string;
}

/** A file or photo the citizen sent for the dossier (Zalo); the file itself stays where the channel keeps it. */
export interface DossierAttachment {
  readonly kind: 'image' | 'file';
  readonly url: string;
  readonly contentType: string;
  readonly name?: string;
  readonly size?: number;
  /** ISO 8601 instant. */
  readonly receivedAt: string;
}

export interface Dossier {
  /** National one-stop code, see src/domain/dossierCode.ts. */
  readonly code: string;
  readonly procedureCode: string;
  readonly procedureName: string;
  readonly applicant: Applicant;
  readonly submissionMethod: SubmissionMethod;
  /** Answers to the procedure's document checklist, keyed by checklist item id. */
  readonly checklistAnswers: Readonly<Record<string, boolean | string>>;
  readonly status: DossierStatus;
  /** Oldest first; the first entry records receipt. */
  readonly history: readonly HistoryEntry[];
  /** ISO 8601 instant of receipt. */
  readonly createdAt: string;
  /** ISO 8601 instant of the last status change. */
  readonly updatedAt: string;
  /** Date the result is due, Vietnamese local date; null when the procedure's processing time is unknown. */
  readonly expectedDate: LocalDate | null;
  readonly owner: DossierOwner;
  readonly consent: Consent;
  readonly notifications: readonly NotificationRecord[];
  /** Files sent in the chat while the dossier was being created. */
  readonly attachments?: readonly DossierAttachment[];
  /** ISO 8601 instant the applicant's personal data was erased (retention period over); the rest stays. */
  readonly personalDataErasedAt?: string;
}

/** What a repository needs to create a dossier; it assigns code, status, history and timestamps. */
export interface DossierDraft {
  readonly procedureCode: string;
  readonly procedureName: string;
  readonly applicant: Applicant;
  readonly submissionMethod: SubmissionMethod;
  readonly checklistAnswers: Readonly<Record<string, boolean | string>>;
  readonly expectedDate: LocalDate | null;
  readonly owner: DossierOwner;
  readonly consent: Consent;
  /** Time of receipt; defaults to the repository's clock. Its Vietnamese date goes into the code. */
  readonly receivedAt?: Date;
  /** Recorded in the first history entry; defaults to the citizen who owns the dossier. */
  readonly submittedBy?: Actor;
  readonly attachments?: readonly DossierAttachment[];
}

export function ownerActor(owner: OwnerKey): Actor {
  return { kind: 'citizen', id: `${owner.channelId}:${owner.userId}` };
}

/**
 * The dossier without the applicant's personal data: name, date of birth, CCCD, phone, files and the
 * stored conversation reference are removed; the procedure, status history and commune stay for statistics.
 */
export function withoutPersonalData(dossier: Dossier, at: Date): Dossier {
  const { attachments: _attachments, ...rest } = dossier;
  return {
    ...rest,
    applicant: { fullName: '', dateOfBirth: '', cccd: '', phone: '', commune: dossier.applicant.commune },
    owner: { channelId: dossier.owner.channelId, userId: dossier.owner.userId },
    personalDataErasedAt: at.toISOString(),
  };
}
