import { personalDocuments, type ChecklistAnswers } from '../bot/checklist';
import type { Catalogue, Procedure } from '../catalogue';
import { maskPhone } from '../domain/mask';
import { formatVietnamDate, formatVietnamDateTime } from '../domain/vietnamTime';
import type { Dossier } from '../dossiers/dossier';
import { STATUS_LABELS_VI } from '../dossiers/status';

export interface SlipOffice {
  readonly name: string;
  readonly address: string | null;
  readonly phone: string | null;
  /** Where to find the address or phone when data/agencies does not have them. */
  readonly whereToAsk: string | null;
}

/** What an appointment slip (phiếu hẹn) shows, all facts from the dossier and data/. */
export interface SlipView {
  readonly code: string;
  readonly procedureName: string;
  readonly applicantName: string;
  readonly maskedPhone: string;
  /** dd/mm/yyyy hh:mm, Vietnamese time. */
  readonly receivedAt: string;
  /** dd/mm/yyyy, or null when no date was promised. */
  readonly expectedDate: string | null;
  readonly statusLabel: string;
  readonly office: SlipOffice;
  /**
   * Documents this applicant needs whose originals the catalogue asks for (conditions decided by the
   * dossier's checklist answers); null when the procedure is no longer in the catalogue.
   */
  readonly originals: ReadonlyArray<{ readonly name: string; readonly when?: string }> | null;
  /** Some documents depend on answers the dossier does not have: the citizen should ask the office. */
  readonly originalsUndecided: boolean;
}

export function slipView(dossier: Dossier, catalogue: Catalogue): SlipView {
  const oneStop = catalogue.agencies.oneStop;
  const procedure = catalogue.get(dossier.procedureCode);
  return {
    code: dossier.code,
    procedureName: dossier.procedureName,
    applicantName: dossier.applicant.fullName,
    maskedPhone: maskPhone(dossier.applicant.phone),
    receivedAt: formatVietnamDateTime(new Date(dossier.createdAt)),
    expectedDate: dossier.expectedDate ? formatVietnamDate(dossier.expectedDate) : null,
    statusLabel: STATUS_LABELS_VI[dossier.status],
    office: { name: oneStop.name, address: oneStop.address, phone: oneStop.phone, whereToAsk: oneStop.whereToAsk },
    originals: procedure ? originalsOf(procedure, answersOf(dossier.checklistAnswers)) : null,
    originalsUndecided: procedure ? undecided(procedure, answersOf(dossier.checklistAnswers)) : false,
  };
}

/** Checklist answers as the checklist keeps them: question → 'yes' | 'no' (booleans accepted). */
function answersOf(raw: Readonly<Record<string, boolean | string>>): ChecklistAnswers {
  const answers: Record<string, 'yes' | 'no'> = {};
  for (const [ask, value] of Object.entries(raw)) {
    if (value === true || value === 'yes') answers[ask] = 'yes';
    else if (value === false || value === 'no') answers[ask] = 'no';
  }
  return answers;
}

function undecided(procedure: Procedure, answers: ChecklistAnswers): boolean {
  return procedure.documents.some((d) => d.condition && (d.originals ?? 0) > 0 && answers[d.condition.ask] === undefined);
}

function originalsOf(procedure: Procedure, answers: ChecklistAnswers): Array<{ name: string; when?: string }> {
  const seen = new Set<string>();
  const out: Array<{ name: string; when?: string }> = [];
  for (const doc of personalDocuments(procedure, answers)) {
    const key = `${doc.name}|${doc.when ?? ''}`;
    if ((doc.originals ?? 0) < 1 || seen.has(key)) continue;
    seen.add(key);
    out.push({ name: doc.name, ...(doc.when ? { when: doc.when } : {}) });
  }
  return out;
}

