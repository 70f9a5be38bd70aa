import { cleanInput, normalizeText, normalizeTonePlacement, hasDiacritics, MAX_INPUT_CHARS } from '../../../src/nlu/normalize';
import { foldedPattern, foldText, foldWord, soundKey } from '../../../src/nlu/fold';

describe('normalizeText', () => {
  it('composes NFD input to NFC so syllables stay whole', () => {
    const nfd = 'Tôi muốn đăng ký'.normalize('NFD');
    expect(normalizeText(nfd)).toBe('tôi muốn đăng ký');
  });

  it.each([
    ['hoà', 'hòa'],
    ['thuỷ', 'thủy'],
    ['khoẻ', 'khỏe'],
    ['quý', 'quý'],
    ['của', 'của'],
    ['hòa', 'hòa'],
    ['giâý', 'giấy'],
    ['ngươì', 'người'],
    ['thuộ', 'thuộ'],
    ['hoàng', 'hoàng'],
    ['ngoài', 'ngoài'],
    ['giữ', 'giữ'],
    ['quyển', 'quyển'],
    ['muối', 'muối'],
    ['café', 'café'],
  ])('puts the tone mark of %s where the catalogue has it', (input, expected) => {
    expect(normalizeTonePlacement(input)).toBe(expected);
  });

  it('reads a Telex "dd" left in a word typed with marks as đ', () => {
    expect(normalizeText('ddăng ký ddổi sổ ddỏ')).toBe('đăng ký đổi sổ đỏ');
    expect(normalizeText('ddos')).toBe('ddos');
  });

  it('drops punctuation, emoji and markup but keeps letters and digits', () => {
    expect(normalizeText('<b>Đăng ký</b> khai sinh!!! 😀 ở đâu???')).toBe('đăng ký khai sinh ở đâu');
    expect(normalizeText('<script>alert("x")</script>kết hôn')).toBe('kết hôn');
  });

  it('removes control characters and returns "" for non-strings', () => {
    expect(normalizeText('a\u0000b\u0007c')).toBe('a b c');
    expect(normalizeText(undefined)).toBe('');
    expect(normalizeText(42)).toBe('');
  });

  it('caps very long input', () => {
    expect(cleanInput('khai sinh '.repeat(2000)).length).toBeLessThanOrEqual(MAX_INPUT_CHARS);
  });
});

describe('folding', () => {
  it('drops marks and maps đ to d', () => {
    expect(foldText('đăng ký khai tử')).toBe('dang ki khai tu');
  });

  it('unifies i/y spellings after a consonant and after qu', () => {
    expect(foldWord('kí')).toBe(foldWord('ký'));
    expect(foldWord('lí')).toBe(foldWord('lý'));
    expect(foldWord('quí')).toBe(foldWord('quý'));
    expect(foldWord('thủy')).toBe('thuy');
    expect(foldWord('hay')).toBe('hay');
  });

  it('gives sound-alike syllables one key', () => {
    expect(soundKey('tru')).toBe(soundKey('chu'));
    expect(soundKey('sinh')).toBe(soundKey('xin'));
    expect(soundKey('doanh')).toBe(soundKey('doan'));
    expect(soundKey('khai')).not.toBe(soundKey('khoa'));
  });

  it('detects typed diacritics', () => {
    expect(hasDiacritics('đăng ký')).toBe(true);
    expect(hasDiacritics('dang ky')).toBe(false);
  });
});

describe('foldedPattern', () => {
  it('folds the y-spellings of a pattern the way messages are folded, so "dang ky" matches "đăng ký"', () => {
    const p = foldedPattern('\\b(dang ky|ly hon|quy trinh)\\b');
    expect(p.test(foldText('đăng ký tạm trú'))).toBe(true);
    expect(p.test(foldText('thủ tục ly hôn'))).toBe(true);
    expect(p.test(foldText('quy trình'))).toBe(true);
    expect(new RegExp('\\b(dang ky)\\b').test(foldText('đăng ký'))).toBe(false);
  });

  it('leaves vowel-final y, escapes and longer words alone', () => {
    expect(foldedPattern('\\b(uy ban|\\byeu|quyen)\\b').source).toBe('\\b(uy ban|\\byeu|quyen)\\b');
  });
});

describe('doubled final letters', () => {
  it('takes a doubled final consonant of a syllable for a key held too long, but leaves acronyms alone', () => {
    expect(normalizeText('nộpp hồ sơ mất bao nhiêu tiềnn')).toBe('nộp hồ sơ mất bao nhiêu tiền');
    expect(normalizeText('cccd bị mất')).toBe('cccd bị mất');
    expect(normalizeText('đăng ký xoong')).toBe('đăng ký xoong');
  });
});

describe('doubled final vowels', () => {
  it('types once a final vowel typed twice in an accented word, and leaves unaccented hưu/lưu alone', () => {
    expect(normalizeText('chàoo ad, lệ phíi bao nhiêu ạa')).toBe('chào ad lệ phí bao nhiêu ạ');
    expect(normalizeText('luu tru, luong huu, con cừu')).toBe('luu tru luong huu con cừu');
  });
});
