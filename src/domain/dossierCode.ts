import { isLocalDate, type LocalDate } from './vietnamTime';

/**
 * Dossier codes in the national one-stop form `<agency identifier>-<yymmdd>-<4-digit daily sequence>`,
 * e.g. `000.00.21.H55-261128-0001`. The agency identifier (mã định danh) comes from configuration.
 */
export interface DossierCodeParts {
  /** Upper-case agency identifier, e.g. `000.00.21.H55`. */
  readonly agencyId: string;
  /** Day of receipt in Vietnamese local time. */
  readonly date: LocalDate;
  /** 1–9999, the dossier's place in that agency's day. */
  readonly sequence: number;
}

export interface ParsedDossierCode extends DossierCodeParts {
  /** The canonical spelling, as formatDossierCode writes it. */
  readonly code: string;
}

export const MAX_DAILY_SEQUENCE = 9999;

const AGENCY_ID = /^[0-9A-Z]+(?:\.[0-9A-Z]+)*$/;
const CODE = /^([0-9A-Z]+(?:\.[0-9A-Z]+)*)-(\d{2})(\d{2})(\d{2})-(\d{4})$/;
const DASHES = /[\u2010-\u2015\u2212]/g;
const SPACES = /\s+/g;

/** True when the text is usable as an agency identifier (letters, digits and dots, any case). */
export function isAgencyId(text: string): boolean {
  return AGENCY_ID.test(text.trim().toUpperCase());
}

export function formatDossierCode(parts: DossierCodeParts): string {
  const agencyId = parts.agencyId.trim().toUpperCase();
  if (!AGENCY_ID.test(agencyId)) throw new RangeError(`invalid agency identifier: ${parts.agencyId}`);
  if (!isLocalDate(parts.date)) throw new RangeError(`invalid date: ${parts.date}`);
  if (!Number.isInteger(parts.sequence) || parts.sequence < 1 || parts.sequence > MAX_DAILY_SEQUENCE) {
    throw new RangeError(`daily sequence must be 1–${MAX_DAILY_SEQUENCE}: ${parts.sequence}`);
  }
  const yymmdd = parts.date.slice(2, 4) + parts.date.slice(5, 7) + parts.date.slice(8, 10);
  return `${agencyId}-${yymmdd}-${String(parts.sequence).padStart(4, '0')}`;
}

/**
 * Reads a code as a citizen may type it: any case, spaces around the parts, typographic dashes.
 * `"000.00.21.h55 - 261128 - 0001"` gives `000.00.21.H55-261128-0001`. Returns null for anything else.
 */
export function parseDossierCode(text: string): ParsedDossierCode | null {
  const compact = text.normalize('NFKC').replace(DASHES, '-').replace(SPACES, '').toUpperCase();
  const match = CODE.exec(compact);
  if (!match) return null;
  const [, agencyId = '', yy = '', mm = '', dd = '', seq = ''] = match;
  const date = `20${yy}-${mm}-${dd}`;
  const sequence = Number(seq);
  if (!isLocalDate(date) || sequence < 1) return null;
  return { agencyId, date, sequence, code: formatDossierCode({ agencyId, date, sequence }) };
}

export function isDossierCode(text: string): boolean {
  return parseDossierCode(text) !== null;
}
