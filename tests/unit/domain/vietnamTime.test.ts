import {
  addDays,
  formatVietnamDate,
  formatVietnamDateTime,
  dayOfWeek,
  isLocalDate,
  parseTimeOfDay,
  toVietnamDateTime,
  vietnamDateOf,
  vietnamInstant,
} from '../../../src/domain/vietnamTime';

describe('Vietnam local time (UTC+7, no DST)', () => {
  it('moves to the next date at 17:00 UTC', () => {
    expect(toVietnamDateTime(new Date('2026-02-12T16:59:00Z'))).toEqual({ date: '2026-02-12', minutesOfDay: 23 * 60 + 59 });
    expect(toVietnamDateTime(new Date('2026-02-12T17:00:00Z'))).toEqual({ date: '2026-02-13', minutesOfDay: 0 });
    expect(vietnamDateOf(new Date('2026-12-31T17:30:00Z'))).toBe('2027-01-01');
  });

  it('does not depend on the machine time zone', () => {
    const saved = process.env.TZ;
    try {
      process.env.TZ = 'America/Los_Angeles';
      expect(toVietnamDateTime(new Date('2026-03-08T10:30:00Z'))).toEqual({ date: '2026-03-08', minutesOfDay: 17 * 60 + 30 });
    } finally {
      process.env.TZ = saved;
    }
  });

  it('converts a local date and time back to the instant', () => {
    expect(vietnamInstant('2026-02-13', 16 * 60 + 30).toISOString()).toBe('2026-02-13T09:30:00.000Z');
    expect(vietnamInstant('2026-02-13').toISOString()).toBe('2026-02-12T17:00:00.000Z');
  });

  it('adds days across month and year ends and knows weekdays', () => {
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
    expect(addDays('2028-02-28', 1)).toBe('2028-02-29');
    expect(addDays('2026-03-01', -1)).toBe('2026-02-28');
    expect(dayOfWeek('2026-02-17')).toBe(2);
    expect(dayOfWeek('2027-02-06')).toBe(6);
  });

  it('validates dates and times of day', () => {
    expect(isLocalDate('2026-02-28')).toBe(true);
    expect(isLocalDate('2026-02-29')).toBe(false);
    expect(isLocalDate('2026-2-28')).toBe(false);
    expect(parseTimeOfDay('16:30')).toBe(990);
    expect(parseTimeOfDay('7:05')).toBe(425);
    expect(() => parseTimeOfDay('24:00')).toThrow(RangeError);
    expect(() => parseTimeOfDay('16h30')).toThrow(RangeError);
  });
});

describe('formatVietnamDate / formatVietnamDateTime', () => {
  test('writes dates as dd/mm/yyyy and instants in Vietnamese time', () => {
    expect(formatVietnamDate('2026-03-02')).toBe('02/03/2026');
    // 17:30 UTC on 31 Dec is already 00:30 on 1 Jan in Vietnam.
    expect(formatVietnamDateTime(new Date('2026-12-31T17:30:00Z'))).toBe('01/01/2027 00:30');
  });
});
