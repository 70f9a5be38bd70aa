import { communeMatcher, extractEntities } from '../../../src/nlu/entities';
import { foldText } from '../../../src/nlu/fold';
import { cleanInput, normalizeText } from '../../../src/nlu/normalize';
import { COMMUNES, NOW } from './fixtures';

const communes = communeMatcher(COMMUNES);
const entities = (text: string, now = NOW) => {
  const cleaned = cleanInput(text);
  return extractEntities(cleaned, foldText(normalizeText(cleaned)), now, communes);
};

describe('extractEntities', () => {
  it.each(['000.00.21.H55-261128-0001', 'mã 000.00.21.h55 - 261128 - 0001 ạ', 'hồ sơ 000.00.21.H55–261128–0001'])(
    'reads the dossier code in "%s" whatever the spacing and case',
    (text) => {
      expect(entities(text).dossierCode).toBe('000.00.21.H55-261128-0001');
    },
  );

  it('reads a code whose agency identifier has no dots, like the development placeholder "DEMO"', () => {
    expect(entities('tt hs DEMO-261015-0044').dossierCode).toBe('DEMO-261015-0044');
    expect(entities('so hs demo - 261122 - 0110 bao gio lay duoc').dossierCode).toBe('DEMO-261122-0110');
    // A phone number split by dashes is no code.
    expect(entities('goi 0912-345-678').dossierCode).toBeUndefined();
  });

  it('rejects a dossier code with an impossible date', () => {
    expect(entities('000.00.21.H55-261340-0001').dossierCode).toBeUndefined();
  });

  it('reads phones in national and +84 form', () => {
    expect(entities('sđt của tôi 0912 345 678').phone).toBe('0912345678');
    expect(entities('gọi +84912345678 nhé').phone).toBe('0912345678');
    expect(entities('số 0123').phone).toBeUndefined();
  });

  it('tells CCCD (12 digits) from CMND (9 digits) and from phones', () => {
    const e = entities('cccd 001203004567, cmnd cũ 125678901, sđt 0987654321');
    expect(e.cccd).toBe('001203004567');
    expect(e.cmnd).toBe('125678901');
    expect(e.phone).toBe('0987654321');
  });

  it('reads absolute dates and relative ones against the injected clock', () => {
    expect(entities('nộp ngày 05/03/2026').dates?.[0]?.value).toBe('2026-03-05');
    expect(entities('nộp ngày 31/02/2026').dates).toBeUndefined();
    expect(entities('tôi nộp hôm qua').dates?.[0]?.value).toBe('2026-11-27');
    expect(entities('nop tuan truoc').dates?.[0]?.value).toBe('2026-11-21');
    // 17:30 UTC is already 00:30 of the next day in Vietnam.
    expect(entities('hôm nay', new Date('2026-11-28T17:30:00Z')).dates?.[0]?.value).toBe('2026-11-29');
  });

  it('reads a name after "tên là", accented or not', () => {
    expect(entities('con tôi tên là Nguyễn Văn An sinh năm 2020').personName).toBe('Nguyễn Văn An');
    expect(entities('ten la tran thi binh sinh 1990').personName).toBe('Tran Thi Binh');
  });

  it('finds current and pre-2025 commune names', () => {
    expect(entities('tôi ở xã Định Hóa').commune).toMatchObject({ name: 'xã Định Hóa', former: false });
    expect(entities('nha o thi tran cho chu').commune).toMatchObject({ name: 'xã Định Hóa', former: true });
    expect(entities('xã Sơn Phú cũ').commune).toMatchObject({ name: 'xã Bình Yên', former: true });
    expect(entities('đăng ký khai sinh').commune).toBeUndefined();
  });
});
