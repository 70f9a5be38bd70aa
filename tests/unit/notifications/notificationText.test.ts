import path from 'node:path';
import { Responses } from '../../../src/bot/responses';
import { STATUS_LABELS_VI } from '../../../src/dossiers/status';
import { statusChangeMessage, type StatusMessageInput } from '../../../src/notifications/notificationText';

const responses = Responses.load(path.resolve(__dirname, '../../../data'));
const base: StatusMessageInput = {
  code: 'DEMO-260302-0007',
  procedureName: 'Thủ tục đăng ký khai sinh',
  to: 'processing',
  office: 'Bộ phận Một cửa – Ủy ban nhân dân xã Định Hóa',
};

describe('statusChangeMessage', () => {
  it.each(['processing', 'awaiting_supplement', 'result_ready', 'returned', 'rejected', 'cancelled'] as const)(
    'for %s names the code, the procedure and the new status politely',
    (to) => {
      const text = statusChangeMessage(responses, { ...base, to, reason: to === 'rejected' ? 'Thiếu giấy chứng sinh' : undefined });
      expect(text).toContain(base.code);
      expect(text).toContain(base.procedureName);
      expect(text).toContain(`"${STATUS_LABELS_VI[to]}"`);
      expect(text.startsWith('Dạ,')).toBe(true);
      expect(text).toBe(text.normalize('NFC'));
      expect(text).not.toMatch(/\{\w+\}/);
    },
  );

  it('a supplement request says what to bring and where, quoting the note once', () => {
    const text = statusChangeMessage(responses, { ...base, to: 'awaiting_supplement', note: 'bản sao giấy đăng ký kết hôn của cha mẹ.' });
    expect(text).toContain('cần nộp thêm: bản sao giấy đăng ký kết hôn của cha mẹ.');
    expect(text.split('giấy đăng ký kết hôn').length - 1).toBe(1);
    expect(text).toContain(base.office);
  });

  it('a supplement request without a note sends the citizen to the office for details', () => {
    const text = statusChangeMessage(responses, { ...base, to: 'awaiting_supplement' });
    expect(text).toContain('cần nộp thêm giấy tờ');
    expect(text).toContain(base.office);
  });

  it('a ready result invites the citizen to come and receive it', () => {
    const text = statusChangeMessage(responses, { ...base, to: 'result_ready', note: 'Đã ký' });
    expect(text).toContain(`đến ${base.office} để nhận kết quả`);
    expect(text).toContain('Ghi chú của cán bộ: Đã ký.');
  });

  it('a rejection gives the reason', () => {
    expect(statusChangeMessage(responses, { ...base, to: 'rejected', reason: '  Hồ sơ thiếu tờ khai.  ' })).toContain('Lý do: Hồ sơ thiếu tờ khai.');
  });
});
