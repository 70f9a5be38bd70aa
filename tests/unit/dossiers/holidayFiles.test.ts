import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { dayOfWeek } from '../../../src/domain/vietnamTime';
import { HolidayDataError, loadHolidayFiles, readHolidayFile } from '../../../src/dossiers/holidayFiles';

const HOLIDAY_DIR = path.resolve(__dirname, '../../../data/holidays');
const files = loadHolidayFiles(HOLIDAY_DIR);

/** Lunar dates converted independently (Hồ Ngọc Đức's algorithm, UTC+7). */
const LUNAR_NEW_YEAR: Record<number, string> = { 2025: '2025-01-29', 2026: '2026-02-17', 2027: '2027-02-06' };
const HUNG_KINGS_DAY: Record<number, string> = { 2025: '2025-04-07', 2026: '2026-04-26', 2027: '2027-04-16' };

describe('data/holidays', () => {
  it('covers 2025, 2026 and 2027, each with a source note', () => {
    expect(files.map((f) => f.year)).toEqual([2025, 2026, 2027]);
    for (const file of files) expect(file.source.length).toBeGreaterThan(40);
  });

  it.each(files.map((f) => [f.year, f] as const))('%d lists the statutory days of Bộ luật Lao động Điều 112', (year, file) => {
    const dates = file.holidays.map((h) => h.date);
    for (const fixed of ['01-01', '04-30', '05-01', '09-02']) expect(dates).toContain(`${year}-${fixed}`);
    expect(dates).toContain(LUNAR_NEW_YEAR[year]);
    expect(dates).toContain(HUNG_KINGS_DAY[year]);
    const tet = file.holidays.filter((h) => h.kind === 'holiday' && h.name.startsWith('Tết Nguyên đán'));
    expect(tet).toHaveLength(5);
    const quocKhanh = file.holidays.filter((h) => h.kind === 'holiday' && h.name.startsWith('Quốc khánh'));
    expect(quocKhanh).toHaveLength(2);
  });

  it('gives a compensatory weekday for every statutory day that falls on a weekend', () => {
    for (const file of files) {
      const onWeekend = file.holidays.filter((h) => h.kind === 'holiday' && [0, 6].includes(dayOfWeek(h.date))).length;
      const compensatory = file.holidays.filter((h) => h.kind === 'compensatory').length;
      expect(compensatory).toBe(onWeekend);
    }
  });

  it('lists make-up working days only on weekends and days off only once', () => {
    for (const file of files) {
      for (const w of file.workingWeekends) expect([0, 6]).toContain(dayOfWeek(w.date));
      const dates = file.holidays.map((h) => h.date);
      expect(new Set(dates).size).toBe(dates.length);
    }
  });
});

describe('readHolidayFile', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(path.join(os.tmpdir(), 'holidays-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  const write = (name: string, body: unknown): string => {
    const file = path.join(dir, name);
    writeFileSync(file, typeof body === 'string' ? body : JSON.stringify(body));
    return file;
  };
  const valid = { year: 2030, source: 'test', holidays: [], workingWeekends: [] };

  it('names the file and the problem', () => {
    expect(() => readHolidayFile(write('a.json', '{'))).toThrow(HolidayDataError);
    expect(() => readHolidayFile(write('b.json', { ...valid, source: '' }))).toThrow(/b\.json/);
    const badDate = { ...valid, holidays: [{ date: '2030-02-30', name: 'x', kind: 'holiday', confirmed: true }] };
    expect(() => readHolidayFile(write('c.json', badDate))).toThrow(/calendar date/);
    const otherYear = { ...valid, holidays: [{ date: '2031-01-01', name: 'x', kind: 'holiday', confirmed: true }] };
    expect(() => readHolidayFile(write('d.json', otherYear))).toThrow(/not in 2030/);
  });

  it('refuses a file whose name and year disagree', () => {
    write('2031.json', valid);
    expect(() => loadHolidayFiles(dir)).toThrow(/year 2030/);
  });
});
