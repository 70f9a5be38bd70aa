import { formatFee, formatVnd } from '../../src/bot/procedureAnswers';

describe('formatFee', () => {
  test.each([
    [{ amount: 10000, text: '10,000 Việt Nam Đồng(- Đăng ký tạm trú theo danh sách: thu 10.000 đồng/người/lần)' }, '10.000 đồng (Đăng ký tạm trú theo danh sách: thu 10.000 đồng/người/lần)'],
    [{ amount: 2000, text: '2,000 Việt Nam Đồng(/trang)' }, '2.000 đồng/trang'],
    [{ amount: 7000, text: '7,000 Việt Nam Đồng' }, '7.000 đồng'],
    [{ free: true, text: 'Miễn phí' }, 'Miễn phí'],
    [{ text: 'Miễn phí(Miễn lệ phí. Phí cấp bản sao Trích lục kết hôn theo Thông tư 281/2016/TT-BTC.)' }, 'Miễn phí (Miễn lệ phí. Phí cấp bản sao Trích lục kết hôn theo Thông tư 281/2016/TT-BTC.)'],
  ])('%j → %s', (fee, expected) => {
    expect(formatFee(fee)).toBe(expected);
  });

  test('a curated statement with parentheses inside is shown exactly as written', () => {
    const text = 'Miễn lệ phí khi đăng ký khai sinh đúng hạn (trong 60 ngày kể từ ngày sinh). Phí cấp bản sao: 8.000 đồng/bản.';
    expect(formatFee({ text })).toBe(text);
  });
});

describe('formatVnd', () => {
  test('uses the Vietnamese thousands separator', () => {
    expect(formatVnd(1234567)).toBe('1.234.567 đồng');
  });
});
