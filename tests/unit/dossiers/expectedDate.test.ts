import path from 'node:path';
import fc from 'fast-check';
import { effectiveReceiptDay, expectedResultDate, type ProcessingTime } from '../../../src/domain/expectedDate';
import { addDays, vietnamInstant } from '../../../src/domain/vietnamTime';
import { MissingHolidayDataError, WorkingCalendar } from '../../../src/domain/workingCalendar';
import { loadHolidayFiles, loadWorkingCalendar, toHolidayYear } from '../../../src/dossiers/holidayFiles';

const HOLIDAY_DIR = path.resolve(__dirname, '../../../data/holidays');
const calendar = loadWorkingCalendar(HOLIDAY_DIR);

/** An instant given as Vietnamese local date and HH:MM. */
function local(date: string, time: string): Date {
  const [h, m] = time.split(':').map(Number);
  return vietnamInstant(date, (h ?? 0) * 60 + (m ?? 0));
}

const workingDays = (value: number): ProcessingTime => ({ unit: 'working_days', value });

describe('expectedResultDate over Tết Bính Ngọ 2026 (office closed 14–22/02/2026)', () => {
  it.each([
    ['2026-02-12', '09:00', 3, '2026-02-24'],
    ['2026-02-13', '10:00', 1, '2026-02-23'],
    ['2026-02-13', '16:29', 1, '2026-02-23'],
    ['2026-02-13', '16:30', 1, '2026-02-24'],
    ['2026-02-13', '16:45', 1, '2026-02-24'],
    ['2026-02-18', '10:00', 5, '2026-03-02'],
    ['2026-02-10', '08:00', 10, '2026-03-03'],
  ])('received %s %s, %d working day(s) → %s', (date, time, days, expected) => {
    expect(expectedResultDate(local(date, time), workingDays(days), calendar)).toBe(expected);
  });

  it('treats a dossier received during Tết as received on the first working day after it', () => {
    expect(effectiveReceiptDay(local('2026-02-18', '10:00'), calendar, '16:30')).toBe('2026-02-23');
    expect(expectedResultDate(local('2026-02-18', '10:00'), { unit: 'same_day', value: 0 }, calendar)).toBe('2026-02-23');
  });

  it('reads the cut-off in Vietnamese time, not UTC', () => {
    // 09:40 UTC is 16:40 in Hà Nội: after the cut-off although the UTC date is the same.
    expect(expectedResultDate(new Date('2026-02-13T09:40:00Z'), workingDays(1), calendar)).toBe('2026-02-24');
    // 17:30 UTC on the 12th is 00:30 on the 13th in Hà Nội.
    expect(effectiveReceiptDay(new Date('2026-02-12T17:30:00Z'), calendar, '16:30')).toBe('2026-02-13');
  });

  it('honours a configured cut-off', () => {
    const schedule = { cutoff: '17:00', opening: '07:30' };
    expect(expectedResultDate(local('2026-02-13', '16:45'), workingDays(1), calendar, schedule)).toBe('2026-02-23');
  });

  it('ends a period in calendar days that falls in Tết on the next working day', () => {
    expect(expectedResultDate(local('2026-02-11', '10:00'), { unit: 'days', value: 5 }, calendar)).toBe('2026-02-23');
    expect(expectedResultDate(local('2026-02-02', '10:00'), { unit: 'days', value: 7 }, calendar)).toBe('2026-02-09');
  });

  it('counts hours from receipt and lands on a working day', () => {
    expect(expectedResultDate(local('2026-02-12', '08:00'), { unit: 'hours', value: 8 }, calendar)).toBe('2026-02-12');
    expect(expectedResultDate(local('2026-02-13', '15:00'), { unit: 'hours', value: 24 }, calendar)).toBe('2026-02-23');
    // After the cut-off, hours run from opening time on the next working day.
    expect(expectedResultDate(local('2026-02-13', '16:40'), { unit: 'hours', value: 4 }, calendar)).toBe('2026-02-23');
    expect(expectedResultDate(local('2026-02-13', '16:40'), { unit: 'hours', value: 40 }, calendar)).toBe('2026-02-24');
  });
});

describe('expectedResultDate over Tết Đinh Mùi 2027 (statutory days, mùng 1 on a Saturday)', () => {
  it.each([
    ['2027-02-04', '10:00', 1, '2027-02-12'],
    ['2027-02-04', '10:00', 2, '2027-02-15'],
    ['2027-02-04', '16:30', 1, '2027-02-15'],
    ['2027-02-03', '14:00', 3, '2027-02-15'],
  ])('received %s %s, %d working day(s) → %s', (date, time, days, expected) => {
    expect(expectedResultDate(local(date, time), workingDays(days), calendar)).toBe(expected);
  });

  it('closes the office for Tết and both compensatory days', () => {
    for (const day of ['2027-02-05', '2027-02-08', '2027-02-09', '2027-02-10', '2027-02-11']) {
      expect(calendar.isWorkingDay(day)).toBe(false);
    }
    expect(calendar.isWorkingDay('2027-02-04')).toBe(true);
    expect(calendar.isWorkingDay('2027-02-12')).toBe(true);
  });

  it('same-day after the cut-off on the last day before Tết moves past Tết', () => {
    expect(expectedResultDate(local('2027-02-04', '16:31'), { unit: 'same_day', value: 0 }, calendar)).toBe('2027-02-12');
  });
});

describe('swapped days and make-up Saturdays', () => {
  it('counts the make-up Saturday 10/01/2026 and skips the swapped Friday 02/01/2026', () => {
    expect(expectedResultDate(local('2026-01-09', '10:00'), workingDays(1), calendar)).toBe('2026-01-10');
    expect(expectedResultDate(local('2025-12-31', '10:00'), workingDays(1), calendar)).toBe('2026-01-05');
  });

  it('skips Giỗ Tổ and its compensatory Monday in 2026', () => {
    expect(expectedResultDate(local('2026-04-24', '09:00'), workingDays(1), calendar)).toBe('2026-04-28');
    expect(expectedResultDate(local('2026-04-29', '09:00'), workingDays(1), calendar)).toBe('2026-05-04');
  });
});

describe('working-day counting (property)', () => {
  it('ends on a working day exactly N working days after the effective receipt day', () => {
    const instant = fc.date({ min: new Date('2025-01-01T00:00:00Z'), max: new Date('2027-10-31T00:00:00Z'), noInvalidDate: true });
    fc.assert(
      fc.property(instant, fc.integer({ min: 0, max: 30 }), (receivedAt, n) => {
        const start = effectiveReceiptDay(receivedAt, calendar, '16:30');
        const due = expectedResultDate(receivedAt, workingDays(n), calendar);
        expect(calendar.isWorkingDay(due)).toBe(true);
        let counted = 0;
        for (let day = addDays(start, 1); day <= due; day = addDays(day, 1)) if (calendar.isWorkingDay(day)) counted += 1;
        expect(counted).toBe(n);
      }),
    );
  });
});

describe('years without holiday data', () => {
  it('refuses to guess by default', () => {
    const only2026 = new WorkingCalendar(loadHolidayFiles(HOLIDAY_DIR).filter((f) => f.year === 2026).map(toHolidayYear));
    expect(() => expectedResultDate(local('2026-12-30', '10:00'), workingDays(5), only2026)).toThrow(MissingHolidayDataError);
  });

  it('counts weekends only when asked to', () => {
    const estimate = new WorkingCalendar([], { missingYear: 'weekends_only' });
    expect(expectedResultDate(local('2030-02-01', '10:00'), workingDays(1), estimate)).toBe('2030-02-04');
  });

  it('refuses negative or non-finite processing times', () => {
    expect(() => expectedResultDate(local('2026-03-02', '10:00'), workingDays(-1), calendar)).toThrow(RangeError);
    expect(() => expectedResultDate(local('2026-03-02', '10:00'), workingDays(Number.NaN), calendar)).toThrow(RangeError);
  });
});
