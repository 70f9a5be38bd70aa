/**
 * Pure parsers for one raw record crawled from dichvucong.gov.vn (see /work/shared/data/README.md).
 * The portal's table cells arrive concatenated without separators; every parser here is defensive:
 * what it cannot read with confidence it leaves empty and names in `issues`, it never guesses.
 */
import type {
  DocumentRequirement,
  Fee,
  LegalBasis,
  Level,
  ProcedureRecord,
  ProcessingTime,
  Submission,
  SubmissionMethod,
} from '../src/catalogue/schema';
import { SUBMISSION_METHODS } from '../src/catalogue/schema';

export const RAW_KEYS = [
  'ma_thu_tuc',
  'detail_url',
  'formality_id',
  'ten_thu_tuc',
  'so_quyet_dinh',
  'cap_thuc_hien',
  'loai_thu_tuc',
  'linh_vuc',
  'doi_tuong_thuc_hien',
  'co_quan_co_tham_quyen',
  'dia_chi_tiep_nhan',
  'co_quan_duoc_uy_quyen',
  'co_quan_phoi_hop',
  'thu_tuc_lien_quan',
  'trinh_tu_thuc_hien',
  'cach_thuc_thuc_hien',
  'thanh_phan_ho_so',
  'can_cu_phap_ly',
  'co_quan_thuc_hien',
  'yeu_cau_dieu_kien',
  'ket_qua_xu_ly',
] as const;
export type RawRecord = Record<(typeof RAW_KEYS)[number], string>;

/** A field that was present in the source but could not be (fully) parsed. */
export interface ParseIssue {
  field: string;
  problem: string;
  /** 'missing': the source says "Không có thông tin" or is empty; 'unparsed': text we could not read. */
  kind: 'missing' | 'unparsed';
}

export interface ParsedRecord {
  record: ProcedureRecord;
  issues: ParseIssue[];
}

export interface ImportContext {
  ministry: string;
  importDate: string;
  snapshot: string;
}

/** Portal placeholder for an empty cell. */
const NO_INFO = 'Không có thông tin';

export const MINISTRY_NAMES: Readonly<Record<string, string>> = {
  'bo-cong-an': 'Bộ Công an',
  'bo-tai-chinh': 'Bộ Tài chính',
  'bo-nong-nghiep-mt': 'Bộ Nông nghiệp và Môi trường',
  'bo-xay-dung': 'Bộ Xây dựng',
  'bo-tu-phap': 'Bộ Tư pháp',
  'ngan-hang-nha-nuoc': 'Ngân hàng Nhà nước Việt Nam',
  'toa-an-nhan-dan': 'Tòa án nhân dân',
};

/** Validates the shape of a raw JSON object: every known key must be a string. */
export function asRawRecord(value: unknown): RawRecord | string {
  if (typeof value !== 'object' || value === null) return 'not an object';
  const obj = value as Record<string, unknown>;
  for (const key of RAW_KEYS) {
    if (typeof obj[key] !== 'string') return `missing or non-string key ${key}`;
  }
  return obj as RawRecord;
}

export function clean(text: string): string {
  return text.normalize('NFC').replace(/\u00a0/g, ' ').replace(/[ \t]+/g, ' ').trim();
}

function textOrNull(text: string): string | null {
  const t = clean(text);
  return t === '' || t === NO_INFO ? null : t;
}

// ---------------------------------------------------------------- levels, subjects

const LEVEL_NAMES: Readonly<Record<string, Level>> = {
  'Cấp bộ': 'ministry',
  'Cấp tỉnh': 'province',
  'Cấp xã': 'commune',
  'Cơ quan khác': 'other',
};

export function parseLevels(text: string): { levels: Level[]; unknown: string[] } {
  const levels: Level[] = [];
  const unknown: string[] = [];
  for (const part of splitTopLevel(text)) {
    const level = LEVEL_NAMES[part];
    if (level) {
      if (!levels.includes(level)) levels.push(level);
    } else unknown.push(part);
  }
  return { levels, unknown };
}

/** Splits on commas outside parentheses: "Tổ chức (không bao gồm doanh nghiệp, HTX), Doanh nghiệp". */
export function splitTopLevel(text: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let current = '';
  for (const ch of clean(text)) {
    if (ch === '(') depth++;
    if (ch === ')') depth = Math.max(0, depth - 1);
    if (ch === ',' && depth === 0) {
      parts.push(current);
      current = '';
    } else current += ch;
  }
  parts.push(current);
  return parts.map((p) => p.trim()).filter((p) => p !== '' && p !== NO_INFO);
}

// ---------------------------------------------------------------- submission (cách thức thực hiện)

const SUBMISSION_HEADER = 'Hình thức nộpThời gianPhí, lệ phíMô tả';
const METHOD_NAMES: ReadonlyArray<[string, SubmissionMethod]> = [
  ['Trực tiếp', 'truc_tiep'],
  ['Trực tuyến', 'truc_tuyen'],
  ['Dịch vụ bưu chính', 'buu_chinh'],
];
/** A method name starts a table row only when a time cell follows it (a number or the no-info marker). */
const ROW_START = /(Trực tiếp|Trực tuyến|Dịch vụ bưu chính)(?=\d|Không có thông tin|Trong ngày|Miễn phí)/g;
const TIME_CELL = /^(?:(\d+(?:[.,]\d+)?)\s*(Ngày làm việc|ngày làm việc|Ngày|Giờ|Tháng|Năm)?|(Trong ngày))/;
const TIME_UNITS: Readonly<Record<string, ProcessingTime['unit'] | null>> = {
  'ngày làm việc': 'working_days',
  ngày: 'days',
  giờ: 'hours',
  'trong ngày': 'same_day',
  tháng: null,
  năm: null,
};
const MONEY = /^(\d{1,3}(?:,\d{3})+|\d{1,3}(?:\.\d{3})+|\d+)\s*(?:Việt Nam Đồng|VNĐ|Đồng|đồng)/;
/** Money amounts written in a description ("2.000.000 đồng", "15000000/lần"). */
const MONEY_IN_TEXT = /\d{1,3}(?:[.,]\d{3})+|\d{4,}\s*(?:đồng|Đồng|VNĐ|\/)/;

/** Every VND amount written in a note, e.g. "(1.750.000 đồng/hồ sơ)" → [1750000]. */
export function amountsIn(text: string): number[] {
  const out: number[] = [];
  for (const m of text.matchAll(/(\d{1,3}(?:[.,]\d{3})+|\d{4,})(?=\s*(?:đồng|Đồng|VNĐ|\/|\s*Việt Nam Đồng))/g)) {
    out.push(Number((m[1] ?? '').replace(/[.,]/g, '')));
  }
  return out;
}

export interface SubmissionParse {
  submission: Submission[];
  issues: ParseIssue[];
}

export function parseSubmission(raw: string): SubmissionParse {
  const issues: ParseIssue[] = [];
  let text = clean(raw);
  if (text === '' || text === NO_INFO) return { submission: [], issues };
  if (text.startsWith(SUBMISSION_HEADER)) text = text.slice(SUBMISSION_HEADER.length);
  const starts = [...text.matchAll(ROW_START)].map((m) => m.index);
  if (starts.length === 0 || starts[0] !== 0) {
    issues.push({ field: 'submission', problem: 'no submission rows recognised', kind: 'unparsed' });
    if (starts.length === 0) return { submission: [], issues };
  }
  const rows: Submission[] = [];
  starts.forEach((start, i) => {
    const row = text.slice(start, starts[i + 1] ?? text.length);
    rows.push(parseSubmissionRow(row, issues));
  });
  const order = (m: SubmissionMethod): number => SUBMISSION_METHODS.indexOf(m);
  rows.sort((a, b) => order(a.method) - order(b.method));
  return { submission: rows, issues };
}

function parseSubmissionRow(row: string, issues: ParseIssue[]): Submission {
  const entry = METHOD_NAMES.find(([name]) => row.startsWith(name));
  const [name, method] = entry ?? METHOD_NAMES[0]!;
  let rest = row.slice(name.length);
  let time: ProcessingTime | null = null;

  const t = TIME_CELL.exec(rest);
  if (t) {
    const timeText = t[0].trim();
    rest = rest.slice(t[0].length);
    if (t[3]) time = { amount: null, unit: 'same_day', text: timeText };
    else {
      const unitName = t[2]?.toLowerCase();
      const unit = unitName === undefined ? undefined : TIME_UNITS[unitName];
      const amount = Number((t[1] ?? '').replace(',', '.'));
      if (unit && Number.isFinite(amount)) time = { amount, unit, text: timeText };
      else if (unitName === undefined) issues.push({ field: `submission.${method}.time`, problem: `unit missing in "${timeText}"`, kind: 'unparsed' });
      else issues.push({ field: `submission.${method}.time`, problem: `unsupported unit in "${timeText}"`, kind: 'unparsed' });
    }
  } else if (rest.startsWith(NO_INFO)) {
    rest = rest.slice(NO_INFO.length);
    issues.push({ field: `submission.${method}.time`, problem: 'no information', kind: 'missing' });
  }

  const { cell, description } = splitFeeCell(rest.trim());
  const fee = parseFeeCell(cell, description, method, issues);
  const submission: Submission = { method, time, fee };
  if (time === null && fee === null) submission.text = clean(row);
  else if (description !== '') submission.text = description;
  return submission;
}

/**
 * Splits "3,500,000 Việt Nam Đồng(/hồ sơ)(áp dụng ...)Mô tả..." into the fee cell with its attached
 * parenthesised notes and the description that follows.
 */
export function splitFeeCell(rest: string): { cell: string; description: string } {
  const head = /^(Miễn phí|\d[\d.,]*\s*(?:Việt Nam Đồng|VNĐ|Đồng|đồng)|Không có thông tin)?/.exec(rest);
  let end = head?.[0].length ?? 0;
  while (rest[end] === '(') {
    let depth = 0;
    let i = end;
    for (; i < rest.length; i++) {
      if (rest[i] === '(') depth++;
      else if (rest[i] === ')' && --depth === 0) break;
    }
    if (depth !== 0) {
      end = rest.length;
      break;
    }
    end = i + 1;
  }
  return { cell: rest.slice(0, end).trim(), description: rest.slice(end).trim() };
}

function parseFeeCell(cell: string, description: string, method: SubmissionMethod, issues: ParseIssue[]): Fee | null {
  const field = `submission.${method}.fee`;
  if (cell.startsWith('Miễn phí')) {
    const rest = cell.slice('Miễn phí'.length);
    if (MONEY_IN_TEXT.test(rest) || MONEY_IN_TEXT.test(description)) {
      issues.push({ field, problem: 'marked free but the fee note names amounts', kind: 'unparsed' });
      return { text: cell };
    }
    return { free: true, text: cell };
  }
  const money = MONEY.exec(cell);
  if (money) {
    const amount = Number((money[1] ?? '').replace(/[.,]/g, ''));
    const rest = cell.slice(money[0].length);
    if (amountsIn(rest).some((a) => a !== amount)) {
      issues.push({ field, problem: 'several amounts; kept as text', kind: 'unparsed' });
      return { text: cell };
    }
    return { amount, text: cell };
  }
  if ((cell === '' && description === '') || cell.startsWith(NO_INFO)) {
    issues.push({ field, problem: 'no information', kind: 'missing' });
    return null;
  }
  issues.push({ field, problem: `fee cell not recognised: "${(cell || description).slice(0, 40)}"`, kind: 'unparsed' });
  return null;
}

// ---------------------------------------------------------------- documents (thành phần hồ sơ)

const DOC_TABLE_HEADER = 'Tên giấy tờMẫu đơn, tờ khaiSố lượng';
const QUANTITY = /(\d+) bản (chính|sao)(?:,\s*(\d+) bản (chính|sao))?/g;
const FORM_EXT = /\.(?:docx?|pdf|xlsx?|odt|rar|zip)$/i;
/** Words a form file name usually starts with when it is glued to the document name. */
const FORM_START = /(?<=[^\s])(Mẫu|Mau|mẫu|mau|Mus|Phụ lục|Phu luc|PL|TK|Tờ khai|Form|BM)/g;
const NOTE_START = /^(Trường hợp|Lưu ý|Ghi chú|Chú ý|Ngoài ra|Nếu|Hệ thống|Đối với trường hợp)/;

export interface DocumentsParse {
  documents: DocumentRequirement[];
  notes: string[];
  issues: ParseIssue[];
}

export function parseDocuments(raw: string): DocumentsParse {
  const issues: ParseIssue[] = [];
  const documents: DocumentRequirement[] = [];
  const notes: string[] = [];
  const text = clean(raw);
  if (text === '' || text === NO_INFO) return { documents, notes, issues };
  const groups = text.split(DOC_TABLE_HEADER);
  if (groups.length < 2) {
    issues.push({ field: 'documents', problem: 'no document table', kind: 'unparsed' });
    return { documents, notes, issues };
  }
  // groups[0] is the heading of the first table; each later group holds rows then the next heading.
  let heading = groupHeading(groups[0] ?? '');
  for (let g = 1; g < groups.length; g++) {
    const body = groups[g] ?? '';
    const { rows, tail } = splitRows(body);
    for (const row of rows) {
      const doc = documentFromRow(row, heading, issues);
      const note = row.name.replace(/^[-+•*\s]+/, '').trim();
      if (doc !== 'note') documents.push(doc);
      else if (note !== '') notes.push(note);
    }
    if (g < groups.length - 1) heading = groupHeading(tail);
    else if (tail.trim() !== '') {
      issues.push({ field: 'documents', problem: 'text after the last quantity', kind: 'unparsed' });
      notes.push(tail.trim());
    }
  }
  return { documents, notes, issues };
}

function groupHeading(text: string): string | undefined {
  const t = text.replace(/^[-\s]+$/, '').trim();
  return t === '' ? undefined : t.replace(/:$/, '').replace(/^\*\s*/, '');
}

interface RawRow {
  name: string;
  originals: number;
  copies: number;
}

function splitRows(body: string): { rows: RawRow[]; tail: string } {
  const rows: RawRow[] = [];
  let last = 0;
  for (const m of body.matchAll(QUANTITY)) {
    const counts = { chính: 0, sao: 0 };
    counts[m[2] as 'chính' | 'sao'] = Number(m[1]);
    if (m[3] !== undefined) counts[m[4] as 'chính' | 'sao'] = Number(m[3]);
    rows.push({ name: body.slice(last, m.index).trim(), originals: counts.chính, copies: counts.sao });
    last = m.index + m[0].length;
  }
  return { rows, tail: body.slice(last) };
}

function documentFromRow(row: RawRow, heading: string | undefined, issues: ParseIssue[]): DocumentRequirement | 'note' {
  const { name, form } = splitForm(row.name, issues);
  const bare = name.replace(/^[-+•*]\s*/, '').replace(/[;,]\s*$/, '').trim();
  if (row.originals === 0 && row.copies === 0 && (NOTE_START.test(bare) || bare === '')) return 'note';
  if (bare === '') {
    issues.push({ field: 'documents', problem: 'row without a name', kind: 'unparsed' });
    return 'note';
  }
  const doc: DocumentRequirement = { name: bare, originals: row.originals, copies: row.copies };
  if (form !== undefined) doc.form = form;
  if (heading !== undefined) doc.when = heading;
  return doc;
}

/**
 * Separates a trailing form file name ("...năm 2025;Mẫu số 03.docx") from the document name. Only
 * splits at a glued form word or at ";" / ")" directly followed by the file name; otherwise the
 * text stays in the name and the split is reported.
 */
export function splitForm(text: string, issues: ParseIssue[]): { name: string; form?: string } {
  if (!FORM_EXT.test(text)) return { name: text };
  const firstExt = /\.(?:docx?|pdf|xlsx?|odt|rar|zip)/i.exec(text);
  const limit = firstExt ? firstExt.index : text.length;
  let start = -1;
  for (const m of text.matchAll(FORM_START)) {
    if (m.index < limit && m.index >= limit - 120) start = m.index;
  }
  if (start < 0) {
    const sep = Math.max(text.lastIndexOf(';', limit), text.lastIndexOf(')', limit));
    if (sep >= 0 && sep >= limit - 120 && text[sep + 1] !== ' ') start = sep + 1;
  }
  if (start <= 0) {
    issues.push({ field: 'documents.form', problem: 'form file name could not be separated', kind: 'unparsed' });
    return { name: text };
  }
  return { name: text.slice(0, start).trim(), form: text.slice(start).trim() };
}

// ---------------------------------------------------------------- legal basis (căn cứ pháp lý)

const LEGAL_HEADER = 'Tên văn bản pháp lýMã văn bản';
/** Document number as a table cell: followed by the end, the next title (capital + lower case) or a digit. */
const LEGAL_NUMBER = /\d+(?:\/\d{4})?\/\p{Lu}[\p{Lu}0-9-]*?[\p{Lu}0-9](?=$|\p{Lu}\p{Ll}|\d+(?:\/\d{4})?\/\p{Lu})/gu;

export function parseLegalBasis(raw: string): { legalBasis: LegalBasis[]; issues: ParseIssue[] } {
  const issues: ParseIssue[] = [];
  let text = clean(raw);
  if (text === '' || text === NO_INFO) return { legalBasis: [], issues };
  if (text.startsWith(LEGAL_HEADER)) text = text.slice(LEGAL_HEADER.length);
  const items: LegalBasis[] = [];
  let last = 0;
  let previousStart = 0;
  for (const m of text.matchAll(LEGAL_NUMBER)) {
    const title = text.slice(last, m.index).trim();
    const previous = items[items.length - 1];
    if (title === '' && previous) {
      // "Nghị định 137/2020/NĐ-CP137/2020/NĐ-CP": the first number belonged to the title.
      previous.title = text.slice(previousStart, m.index).trim();
      previous.number = m[0];
    } else {
      items.push({ title, number: m[0] });
      previousStart = last;
    }
    last = m.index + m[0].length;
  }
  const tail = text.slice(last).trim();
  if (tail !== '') {
    issues.push({ field: 'legalBasis', problem: 'text without a document number', kind: 'unparsed' });
    items.push({ title: tail });
  }
  for (const item of items) if (item.title === '' && item.number) item.title = item.number;
  return { legalBasis: items, issues };
}

// ---------------------------------------------------------------- steps, conditions, result

export function parseParagraphs(raw: string): string[] {
  return raw
    .normalize('NFC')
    .split(/\n+/)
    .map((l) => clean(l))
    .filter((l) => l !== '' && l !== NO_INFO);
}

const RESULT_END = /Mã: KQ\.|Từ khóa(?:Không có thông tin)?Mô tả|Chọn cơ quan thực hiện/;

export function parseResult(raw: string): string | null {
  const text = clean(raw);
  const m = RESULT_END.exec(text);
  return textOrNull(m ? text.slice(0, m.index) : text);
}

// ---------------------------------------------------------------- whole record

export function parseRecord(raw: RawRecord, ctx: ImportContext): ParsedRecord {
  const issues: ParseIssue[] = [];
  const code = clean(raw.ma_thu_tuc);
  const levels = parseLevels(raw.cap_thuc_hien);
  if (levels.unknown.length > 0) issues.push({ field: 'levels', problem: `unknown level ${levels.unknown.join(', ')}`, kind: 'unparsed' });
  if (levels.levels.length === 0) issues.push({ field: 'levels', problem: 'no level', kind: 'unparsed' });
  const submission = parseSubmission(raw.cach_thuc_thuc_hien);
  const docs = parseDocuments(raw.thanh_phan_ho_so);
  const legal = parseLegalBasis(raw.can_cu_phap_ly);
  issues.push(...submission.issues, ...docs.issues, ...legal.issues);

  const record: ProcedureRecord = {
    code,
    name: clean(raw.ten_thu_tuc),
    domain: textOrNull(raw.linh_vuc) ?? '',
    ministry: ctx.ministry,
    procedureType: textOrNull(raw.loai_thu_tuc),
    levels: levels.levels,
    subjects: splitTopLevel(raw.doi_tuong_thuc_hien),
    submission: submission.submission,
    documents: docs.documents,
    steps: parseParagraphs(raw.trinh_tu_thuc_hien),
    conditions: parseParagraphs(raw.yeu_cau_dieu_kien),
    result: parseResult(raw.ket_qua_xu_ly),
    legalBasis: legal.legalBasis,
    competentAgency: textOrNull(raw.co_quan_thuc_hien) ?? textOrNull(raw.co_quan_co_tham_quyen),
    decisionNumber: textOrNull(raw.so_quyet_dinh),
    sourceUrl: textOrNull(raw.detail_url),
    importDate: ctx.importDate,
    provenance: { source: 'dichvucong.gov.vn', snapshot: ctx.snapshot },
  };
  if (docs.notes.length > 0) record.documentNotes = docs.notes;
  const failed = issues.filter((i) => i.kind === 'unparsed');
  const unparsed = [...new Set(failed.map((i) => i.field.split('.')[0] ?? i.field))].sort();
  if (unparsed.length > 0) record.provenance.unparsed = unparsed;
  return { record, issues };
}
