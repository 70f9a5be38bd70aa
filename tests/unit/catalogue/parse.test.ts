import fs from 'node:fs';
import path from 'node:path';
import {
  asRawRecord,
  parseDocuments,
  parseLegalBasis,
  parseRecord,
  parseResult,
  parseSubmission,
  splitTopLevel,
  type RawRecord,
} from '../../../scripts/catalogue-parse';
import { procedureRecordSchema } from '../../../src/catalogue/schema';
import { FIXTURE_RAW_DIR } from './factories';

const ctx = { ministry: 'Bộ Tư pháp', importDate: '2026-07-20', snapshot: 'test' };

function fixture(ministry: string, code: string): RawRecord {
  const raw = asRawRecord(JSON.parse(fs.readFileSync(path.join(FIXTURE_RAW_DIR, ministry, `${code}.json`), 'utf8')));
  if (typeof raw === 'string') throw new Error(raw);
  return raw;
}

describe('parseSubmission', () => {
  it('splits cells that run together and reads time, fee and description', () => {
    const { submission } = parseSubmission(fixture('bo-tu-phap', '9.900002').cach_thuc_thuc_hien);
    const online = submission.find((s) => s.method === 'truc_tuyen');
    expect(online?.time).toEqual({ amount: 7, unit: 'working_days', text: '7 Ngày làm việc' });
    expect(online?.fee).toMatchObject({ amount: 10000 });
    expect(online?.text).toBe('Trực tuyến: nộp qua Cổng Dịch vụ công.');
    expect(submission.find((s) => s.method === 'buu_chinh')?.time).toMatchObject({ amount: 8, unit: 'hours' });
    expect(submission.find((s) => s.method === 'buu_chinh')?.fee).toMatchObject({ amount: 50000 });
  });

  it('orders rows by method and leaves a fee with a second amount as text only', () => {
    const { submission, issues } = parseSubmission(fixture('bo-tu-phap', '9.900002').cach_thuc_thuc_hien);
    expect(submission.map((s) => s.method)).toEqual(['truc_tiep', 'truc_tuyen', 'buu_chinh']);
    const direct = submission.find((s) => s.method === 'truc_tiep');
    expect(direct?.fee?.amount).toBeUndefined();
    expect(direct?.fee?.text).toContain('5.000 đồng');
    expect(issues).toContainEqual(expect.objectContaining({ field: 'submission.truc_tiep.fee', kind: 'unparsed' }));
  });

  it('never guesses a lost time unit (Hộ tịch "Trực tuyến1Miễn phí")', () => {
    const { submission, issues } = parseSubmission(fixture('bo-tu-phap', '9.900001').cach_thuc_thuc_hien);
    expect(submission).toHaveLength(3);
    for (const s of submission) {
      expect(s.time).toBeNull();
      expect(s.fee).toEqual({ free: true, text: 'Miễn phí' });
    }
    expect(issues.filter((i) => i.problem.startsWith('unit missing'))).toHaveLength(3);
  });

  it('does not mark free a fee whose note names an amount, and rejects unsupported units', () => {
    const { submission, issues } = parseSubmission(fixture('bo-xay-dung', '9.900003').cach_thuc_thuc_hien);
    const direct = submission.find((s) => s.method === 'truc_tiep');
    expect(direct?.time).toBeNull();
    expect(direct?.fee?.free).toBeUndefined();
    expect(issues.map((i) => i.problem)).toEqual(
      expect.arrayContaining(['unsupported unit in "2 Tháng"', 'marked free but the fee note names amounts']),
    );
    const online = submission.find((s) => s.method === 'truc_tuyen');
    expect(online).toMatchObject({ time: null, fee: null });
    expect(issues).toContainEqual({ field: 'submission.truc_tuyen.time', problem: 'no information', kind: 'missing' });
    expect(issues).toContainEqual(expect.objectContaining({ field: 'submission.buu_chinh.fee', kind: 'unparsed' }));
  });

  it('ignores a method name inside a description', () => {
    const { submission } = parseSubmission('Hình thức nộpThời gianPhí, lệ phíMô tảTrực tiếp5 NgàyMiễn phíTrực tuyến: không áp dụng');
    expect(submission).toHaveLength(1);
    expect(submission[0]?.text).toBe('Trực tuyến: không áp dụng');
  });
});

describe('parseDocuments', () => {
  it('separates notes with "0 bản chính" from documents and keeps group headings', () => {
    const { documents, notes } = parseDocuments(fixture('bo-tu-phap', '9.900001').thanh_phan_ho_so);
    expect(notes).toEqual(['Trường hợp đã nộp bản điện tử thì không phải nộp bản giấy.']);
    expect(documents.map((d) => d.name)).toEqual([
      'Tờ khai theo mẫu quy định',
      'Văn bản ủy quyền trong trường hợp ủy quyền.',
      'Giấy tờ tùy thân có ảnh.',
    ]);
    expect(documents[0]).toMatchObject({ originals: 1, copies: 0, form: 'Mẫu TK-01.docx', when: 'Giấy tờ phải nộp' });
    expect(documents[2]).toMatchObject({ originals: 0, copies: 0, when: 'Giấy tờ phải xuất trình' });
  });

  it('reads copies and separates a glued form file name only when the boundary is clear', () => {
    const { documents, issues } = parseDocuments(fixture('bo-tu-phap', '9.900002').thanh_phan_ho_so);
    expect(documents[0]).toMatchObject({ form: 'Mẫu số 01.docx' });
    expect(documents[0]?.name).toBe('Đơn đề nghị theo Mẫu số 01 ban hành kèm theo Thông tư mẫu');
    expect(documents[1]).toEqual({ name: 'Bản sao giấy tờ chứng minh', originals: 0, copies: 1 });
    expect(documents[2]?.form).toBeUndefined();
    expect(issues).toContainEqual(expect.objectContaining({ field: 'documents.form' }));
  });

  it('reports a field holding something other than a document table', () => {
    const { documents, issues } = parseDocuments(fixture('bo-xay-dung', '9.900003').thanh_phan_ho_so);
    expect(documents).toEqual([]);
    expect(issues).toEqual([{ field: 'documents', problem: 'no document table', kind: 'unparsed' }]);
  });
});

describe('parseLegalBasis', () => {
  it('splits titles and numbers glued together, including a number repeated in its title', () => {
    const { legalBasis } = parseLegalBasis(fixture('bo-tu-phap', '9.900001').can_cu_phap_ly);
    expect(legalBasis).toEqual([
      { title: 'Luật mẫu về hộ tịch', number: '60/2014/QH13' },
      { title: 'Nghị định 123/2015/NĐ-CP', number: '123/2015/NĐ-CP' },
    ]);
  });

  it('keeps a trailing title without a number and reports it', () => {
    const { legalBasis, issues } = parseLegalBasis(fixture('bo-xay-dung', '9.900003').can_cu_phap_ly);
    expect(legalBasis).toEqual([{ title: 'Quyết định mẫu', number: '10/QĐ-MAU' }, { title: 'Văn bản hướng dẫn chưa có số' }]);
    expect(issues).toHaveLength(1);
  });
});

describe('parseRecord', () => {
  it('produces a schema-valid record with provenance listing unparsed fields', () => {
    for (const [ministry, code] of [['bo-tu-phap', '9.900001'], ['bo-tu-phap', '9.900002'], ['bo-xay-dung', '9.900003']] as const) {
      const { record } = parseRecord(fixture(ministry, code), ctx);
      expect(procedureRecordSchema.safeParse(record).success).toBe(true);
      expect(record).not.toHaveProperty('raw_text');
    }
    const { record } = parseRecord(fixture('bo-xay-dung', '9.900003'), ctx);
    expect(record.provenance.unparsed).toEqual(['documents', 'legalBasis', 'submission']);
    expect(record.levels).toEqual(['ministry', 'other']);
    expect(record.result).toBeNull();
    expect(record.sourceUrl).toBeNull();
  });

  it('cuts the portal widget text off the result and splits subjects outside parentheses', () => {
    expect(parseResult('Trích lục.Mã: KQ.G00.000001Từ khóaKhông có thông tin')).toBe('Trích lục.');
    expect(splitTopLevel('Tổ chức (không bao gồm doanh nghiệp, HTX), Doanh nghiệp')).toEqual([
      'Tổ chức (không bao gồm doanh nghiệp, HTX)',
      'Doanh nghiệp',
    ]);
  });
});
