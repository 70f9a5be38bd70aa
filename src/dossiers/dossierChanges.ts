import { normalizePhone } from '../domain/phone';
import { ownerActor, type Dossier, type DossierDraft, type HistoryEntry } from './dossier';
import type { DossierStatus, TransitionRequest } from './status';

/** The dossier a draft becomes once it has a code: status 'received' with one history entry. */
export function buildNewDossier(draft: DossierDraft, code: string, receivedAt: Date): Dossier {
  const at = receivedAt.toISOString();
  const { receivedAt: _receivedAt, submittedBy, ...fields } = draft;
  const receipt: HistoryEntry = { at, actor: submittedBy ?? ownerActor(draft.owner), from: null, to: 'received' };
  const phone = normalizePhone(draft.applicant.phone) ?? draft.applicant.phone;
  return {
    ...fields,
    applicant: { ...draft.applicant, phone },
    code,
    status: 'received',
    history: [receipt],
    createdAt: at,
    updatedAt: at,
    notifications: [],
  };
}

/** The history entry recording a status change. */
export function historyEntry(from: DossierStatus, to: DossierStatus, request: TransitionRequest, at: Date): HistoryEntry {
  return {
    at: at.toISOString(),
    actor: request.actor,
    from,
    to,
    ...(request.note?.trim() ? { note: request.note.trim() } : {}),
    ...(request.reason?.trim() ? { reason: request.reason.trim() } : {}),
  };
}

export function applyHistoryEntry(dossier: Dossier, entry: HistoryEntry): Dossier {
  return { ...dossier, status: entry.to, updatedAt: entry.at, history: [...dossier.history, entry] };
}

/** The key a phone index uses: the national form when the number is valid, else the text as given. */
export function phoneIndexKey(phone: string): string {
  return normalizePhone(phone) ?? phone.trim();
}
