import { parseCccd } from '../domain/cccd';
import { isMobilePhone, normalizePhone } from '../domain/phone';
import type { SubmissionMethod as CatalogueMethod } from '../catalogue';
import type { SubmissionMethod as DossierMethod } from '../dossiers/dossier';
import { foldReply } from './vietnameseReplies';

/** The fields a dossier draft collects, in the order they are asked. */
export const DOSSIER_FIELDS = ['fullName', 'dateOfBirth', 'cccd', 'phone', 'commune', 'procedureCode', 'method'] as const;
export type DossierField = (typeof DOSSIER_FIELDS)[number];

/** "Nguyễn Văn An": 2–7 words of letters; extra spaces removed, each word capitalised. */
export function parseFullName(text: string): string | null {
  const cleaned = text.normalize('NFC').replace(/^(tôi\s+)?(tên\s+(là\s+)?|họ tên\s+(là\s+)?)/i, '').replace(/\s+/g, ' ').trim();
  const words = cleaned.split(' ');
  if (words.length < 2 || words.length > 7 || !words.every((w) => /^\p{L}+$/u.test(w))) return null;
  return words.map((w) => w.charAt(0).toLocaleUpperCase('vi') + w.slice(1).toLocaleLowerCase('vi')).join(' ');
}

/** dd/mm/yyyy (or with - or .) → YYYY-MM-DD; a real past date, age under 120. */
export function parseDateOfBirth(text: string, now: Date): string | null {
  const m = /^\s*(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})\s*$/.exec(text);
  if (!m) return null;
  const [day, month, year] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return null;
  if (date.getTime() > now.getTime() || year < now.getUTCFullYear() - 120) return null;
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** A CCCD that fits the date of birth (century/gender digit and birth year). */
export function parseCccdFor(text: string, dateOfBirth: string | undefined): string | null {
  const digits = text.replace(/[\s.-]/g, '');
  const result = parseCccd(digits, dateOfBirth ? { dateOfBirth } : {});
  return result.ok ? digits : null;
}

/** A mobile number in national form (0xxxxxxxxx). */
export function parseMobile(text: string): string | null {
  return isMobilePhone(text) ? normalizePhone(text) : null;
}

const METHOD_WORDS: Record<CatalogueMethod, string[]> = {
  truc_tiep: ['truc tiep', 'den noi', 'tai xa', 'mang den', 'nop truc tiep'],
  truc_tuyen: ['truc tuyen', 'online', 'qua mang', 'dich vu cong', 'nop truc tuyen'],
  buu_chinh: ['buu chinh', 'buu dien', 'gui buu dien', 'qua buu chinh'],
};

export const TO_DOSSIER_METHOD: Record<CatalogueMethod, DossierMethod> = { truc_tiep: 'in_person', truc_tuyen: 'online', buu_chinh: 'postal' };

/** Which of the offered methods the reply names ("trực tiếp", "2", "online"…). */
export function parseMethod(text: string, offered: readonly CatalogueMethod[], labels: Record<CatalogueMethod, string>): CatalogueMethod | null {
  const folded = foldReply(text);
  const n = Number(folded);
  if (Number.isInteger(n) && n >= 1 && n <= offered.length) return offered[n - 1] ?? null;
  return offered.find((m) => foldReply(labels[m]) === folded || METHOD_WORDS[m].some((w) => ` ${folded} `.includes(` ${w} `))) ?? null;
}

const FIELD_WORDS: Array<[DossierField, string[]]> = [
  ['fullName', ['ho ten', 'ten']],
  ['dateOfBirth', ['ngay sinh', 'sinh nhat', 'nam sinh']],
  ['cccd', ['can cuoc', 'cccd', 'so dinh danh', 'cmnd']],
  ['phone', ['so dien thoai', 'dien thoai', 'sdt', 'so dt']],
  ['commune', ['xa', 'dia chi', 'noi o']],
  ['method', ['cach nop', 'hinh thuc']],
  ['procedureCode', ['thu tuc']],
];

/** Which field a correction names: "sửa số điện thoại", "sai ngày sinh", "Số điện thoại". */
export function fieldNamed(text: string): DossierField | null {
  const folded = ` ${foldReply(text)} `;
  for (const [field, words] of FIELD_WORDS) if (words.some((w) => folded.includes(` ${w} `))) return field;
  return null;
}
