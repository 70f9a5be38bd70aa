import type { ResponseVars, Responses } from '../bot/responses';
import { STATUS_LABELS_VI, type DossierStatus } from '../dossiers/status';

export interface StatusMessageInput {
  readonly code: string;
  readonly procedureName: string;
  readonly to: DossierStatus;
  readonly note?: string;
  readonly reason?: string;
  /** Name of the one-stop office, from data/agencies. */
  readonly office: string;
}

/**
 * The citizen's message for a status change, from the "notify.*" responses: what changed, the officer's
 * note or reason, and what to do next. A supplement request quotes the note as what to bring.
 *
 * @example statusChangeMessage(responses, { code, procedureName, to: 'result_ready', office })
 */
export function statusChangeMessage(responses: Responses, input: StatusMessageInput): string {
  const note = clean(input.note);
  const reason = clean(input.reason);
  const vars: ResponseVars = {
    code: input.code,
    procedure: input.procedureName,
    status: STATUS_LABELS_VI[input.to],
    office: input.office,
    note: note ?? '',
    reason: reason ?? '',
  };
  const supplementWithNote = input.to === 'awaiting_supplement' && note !== undefined;
  const lines = [responses.t('notify.statusChanged', vars)];
  if (reason) lines.push(responses.t('notify.reason', vars));
  if (note && !supplementWithNote) lines.push(responses.t('notify.note', vars));
  const nextKey = supplementWithNote ? 'notify.next.awaiting_supplement.withNote' : `notify.next.${input.to}`;
  if (responses.has(nextKey)) lines.push(responses.t(nextKey, vars));
  lines.push(responses.t('notify.checkStatus', vars));
  return lines.join('\n').normalize('NFC');
}

function clean(text: string | undefined): string | undefined {
  const trimmed = text?.trim().replace(/[.。]+$/u, '');
  return trimmed ? trimmed : undefined;
}
