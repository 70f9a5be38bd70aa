import { parseCccd, isCccd } from '../../../src/domain/cccd';
import { CCCD_PROVINCE_CODES } from '../../../src/domain/cccdProvinceCodes';

/** The 63 codes of Thông tư 07/2016/TT-BCA, written out independently of the source table. */
const TT07_CODES =
  '001 002 004 006 008 010 011 012 014 015 017 019 020 022 024 025 026 027 030 031 033 034 035 036 037 038 040 042 044 045 046 048 049 051 052 054 056 058 060 062 064 066 067 068 070 072 074 075 077 079 080 082 083 084 086 087 089 091 092 093 094 095 096'.split(' ');

describe('parseCccd', () => {
  it('reads province, gender and birth year', () => {
    expect(parseCccd('019095001234')).toEqual({
      ok: true,
      value: { digits: '019095001234', provinceCode: '019', provinceName: 'Thái Nguyên', gender: 'male', birthYear: 1995 },
    });
    expect(parseCccd('001305123456')).toMatchObject({ ok: true, value: { gender: 'female', birthYear: 2005 } });
    expect(parseCccd('001288123456')).toMatchObject({ ok: true, value: { gender: 'male', birthYear: 2088 } });
    expect(parseCccd('001188123456')).toMatchObject({ ok: true, value: { gender: 'female', birthYear: 1988 } });
  });

  it.each([
    ['0 1 9 0 9 5 0 0 1 2 3 4'],
    ['019-095-001-234'],
    ['019.095.001.234'],
    ['０１９０９５００１２３４'],
  ])('ignores separators and full-width digits in %j', (text) => {
    expect(parseCccd(text)).toMatchObject({ ok: true, value: { digits: '019095001234' } });
  });

  it.each([[''], ['01909500123'], ['0190950012345'], ['01909500123a'], ['019095 00123x']])('refuses the format of %j', (text) => {
    expect(parseCccd(text)).toEqual({ ok: false, error: 'format' });
  });

  it('accepts exactly the 63 province codes of Thông tư 07/2016/TT-BCA', () => {
    expect(Object.keys(CCCD_PROVINCE_CODES).sort()).toEqual(TT07_CODES);
    for (let code = 0; code < 1000; code += 1) {
      const prefix = String(code).padStart(3, '0');
      const result = parseCccd(`${prefix}095001234`);
      expect(result.ok ? prefix : `refused ${prefix}`).toBe(TT07_CODES.includes(prefix) ? prefix : `refused ${prefix}`);
      if (!result.ok) expect(result.error).toBe('province');
    }
  });

  it('cross-checks the birth year with a date of birth', () => {
    expect(parseCccd('019095001234', { dateOfBirth: '1995-07-14' }).ok).toBe(true);
    expect(parseCccd('019095001234', { dateOfBirth: '1996-07-14' })).toEqual({ ok: false, error: 'birth_year_mismatch' });
    expect(parseCccd('019295001234', { dateOfBirth: '1995-07-14' })).toEqual({ ok: false, error: 'birth_year_mismatch' });
  });

  it('refuses a birth year after today when today is given', () => {
    expect(parseCccd('019227001234', { today: '2026-11-29' })).toEqual({ ok: false, error: 'birth_year_in_future' });
    expect(parseCccd('019226001234', { today: '2026-11-29' }).ok).toBe(true);
  });

  it('isCccd agrees with parseCccd', () => {
    expect(isCccd('019095001234')).toBe(true);
    expect(isCccd('003095001234')).toBe(false);
  });
});
