import { fromTelex, isSyllable, repairWord, splitRunTogether } from '../../../src/nlu/syllables';
import { smallRecognizer } from './fixtures';

describe('Vietnamese syllable shape', () => {
  it('accepts syllables and rejects abbreviations and foreign words', () => {
    for (const w of ['toi', 'nguyen', 'nghieng', 'quyen', 'giay', 'khuya', 'thuong', 'ky', 'ki']) expect([w, isSyllable(w)]).toEqual([w, true]);
    for (const w of ['cccd', 'bhyt', 'zalo', 'online', 'vneid', 'facebook', 'ce', 'ka']) expect([w, isSyllable(w)]).toEqual([w, false]);
  });
});

describe('repairWord', () => {
  it('reads Telex typed with the input method off, the tone key at the end or before the final', () => {
    expect(fromTelex('ddawng')).toBe('đăng');
    expect(fromTelex('kys')).toBe('ký');
    expect(fromTelex('tajm')).toBe('tạm');
    expect(fromTelex('nguowif')).toBe('người');
    expect(fromTelex('giaays')).toBe('giấy');
    expect(fromTelex('khoong')).toBe('không');
    expect(fromTelex('online')).toBeNull();
  });

  it('splits two syllables typed together only when exactly one split fits', () => {
    expect(splitRunTogether('khaisinh')).toEqual(['khai', 'sinh']);
    expect(splitRunTogether('đăngký')).toEqual(['đăng', 'ký']);
    expect(splitRunTogether('visa')).toBeNull();
    expect(splitRunTogether('facebook')).toBeNull();
  });

  it('leaves syllables, abbreviations and foreign words as typed', () => {
    for (const w of ['khai', 'sinh', 'cccd', 'gks', 'zalo', 'vneid', 'hihi', 'visa']) expect(repairWord(w)).toEqual([w]);
    expect(repairWord('thuongtru')).toEqual(['thuong', 'tru']);
  });

  it('lets the recognizer understand what the keyboard did', () => {
    const r = smallRecognizer();
    expect(r.recognize('dangky khaisinh cho con').procedure?.code).toBe('1.001193');
    expect(r.recognize('ddawng kys khai sinh').procedure?.code).toBe('1.001193');
  });
});
