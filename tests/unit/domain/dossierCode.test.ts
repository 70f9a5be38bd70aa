import fc from 'fast-check';
import { formatDossierCode, isDossierCode, parseDossierCode } from '../../../src/domain/dossierCode';

describe('formatDossierCode', () => {
  it('writes agency, yymmdd and a four-digit sequence', () => {
    expect(formatDossierCode({ agencyId: '000.00.21.H55', date: '2026-11-28', sequence: 1 })).toBe('000.00.21.H55-261128-0001');
    expect(formatDossierCode({ agencyId: '000.00.21.h55', date: '2027-01-05', sequence: 123 })).toBe('000.00.21.H55-270105-0123');
  });

  it.each([0, -1, 10000, 1.5])('refuses sequence %p', (sequence) => {
    expect(() => formatDossierCode({ agencyId: '000.00.21.H55', date: '2026-11-28', sequence })).toThrow(RangeError);
  });

  it('refuses impossible dates and malformed agency identifiers', () => {
    expect(() => formatDossierCode({ agencyId: '000.00.21.H55', date: '2026-02-30', sequence: 1 })).toThrow(RangeError);
    expect(() => formatDossierCode({ agencyId: '000..21', date: '2026-02-03', sequence: 1 })).toThrow(RangeError);
    expect(() => formatDossierCode({ agencyId: 'H55-21', date: '2026-02-03', sequence: 1 })).toThrow(RangeError);
  });
});

describe('parseDossierCode', () => {
  it.each([
    ['000.00.21.H55-261128-0001'],
    ['000.00.21.h55 - 261128 - 0001'],
    ['  000.00.21.H55-261128-0001\n'],
    ['000.00.21.H55 – 261128 – 0001'],
    ['０００.００.２１.Ｈ５５-２６１１２８-０００１'],
  ])('reads %j', (text) => {
    expect(parseDossierCode(text)).toEqual({
      agencyId: '000.00.21.H55',
      date: '2026-11-28',
      sequence: 1,
      code: '000.00.21.H55-261128-0001',
    });
  });

  it.each([
    [''],
    ['000.00.21.H55-261128-001'],
    ['000.00.21.H55-261128-00001'],
    ['000.00.21.H55-261328-0001'],
    ['000.00.21.H55-260229-0001'],
    ['000.00.21.H55-261128-0000'],
    ['000.00.21.H55/261128/0001'],
    ['261128-0001'],
  ])('refuses %j', (text) => {
    expect(parseDossierCode(text)).toBeNull();
    expect(isDossierCode(text)).toBe(false);
  });

  it('accepts 29 February in a leap year only', () => {
    expect(isDossierCode('000.00.21.H55-280229-0001')).toBe(true);
    expect(isDossierCode('000.00.21.H55-270229-0001')).toBe(false);
  });

  it('round-trips every code it formats', () => {
    const agency = fc.stringMatching(/^[0-9A-Z]{1,3}(\.[0-9A-Z]{1,3}){0,3}$/);
    const date = fc.date({ min: new Date('2000-01-01T00:00:00Z'), max: new Date('2099-12-31T00:00:00Z'), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10));
    fc.assert(
      fc.property(agency, date, fc.integer({ min: 1, max: 9999 }), (agencyId, day, sequence) => {
        const code = formatDossierCode({ agencyId, date: day, sequence });
        expect(parseDossierCode(code)).toEqual({ agencyId, date: day, sequence, code });
        expect(parseDossierCode(code.toLowerCase().split('-').join(' - '))?.code).toBe(code);
      }),
    );
  });
});
