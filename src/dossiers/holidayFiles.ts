import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { isLocalDate } from '../domain/vietnamTime';
import { WorkingCalendar, type HolidayYear, type WorkingCalendarOptions } from '../domain/workingCalendar';

/** A holiday file that does not follow the format; names the file and the problem. */
export class HolidayDataError extends Error {
  constructor(
    readonly file: string,
    detail: string,
  ) {
    super(`invalid holiday file ${file}: ${detail}`);
    this.name = 'HolidayDataError';
  }
}

const localDate = z.string().refine(isLocalDate, 'expected a calendar date YYYY-MM-DD');

/** Format of data/holidays/<year>.json (see the files themselves for source notes). */
export const holidayFileSchema = z.object({
  year: z.number().int(),
  source: z.string().min(1),
  scope: z.string().optional(),
  pending: z.array(z.string()).optional(),
  holidays: z.array(
    z.object({
      date: localDate,
      name: z.string().min(1),
      kind: z.enum(['holiday', 'compensatory', 'swapped']),
      confirmed: z.boolean(),
    }),
  ),
  workingWeekends: z.array(z.object({ date: localDate, name: z.string().min(1), confirmed: z.boolean() })),
});

export type HolidayFile = z.infer<typeof holidayFileSchema>;

const YEAR_FILE = /^(\d{4})\.json$/;

/** Reads and checks one holiday file; every date must fall in the file's year. */
export function readHolidayFile(file: string): HolidayFile {
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(file, 'utf8')) as unknown;
  } catch (err) {
    throw new HolidayDataError(file, (err as Error).message);
  }
  const parsed = holidayFileSchema.safeParse(raw);
  if (!parsed.success) throw new HolidayDataError(file, z.prettifyError(parsed.error));
  const data = parsed.data;
  const stray = [...data.holidays, ...data.workingWeekends].find((d) => !d.date.startsWith(`${data.year}-`));
  if (stray) throw new HolidayDataError(file, `${stray.date} is not in ${data.year}`);
  return data;
}

export function toHolidayYear(file: HolidayFile): HolidayYear {
  return {
    year: file.year,
    daysOff: file.holidays.map((h) => h.date),
    workingWeekends: file.workingWeekends.map((w) => w.date),
  };
}

/** Every <year>.json in `dir` (the project's data/holidays), checked, in year order. */
export function loadHolidayFiles(dir: string): HolidayFile[] {
  const names = readdirSync(dir).filter((name) => YEAR_FILE.test(name)).sort();
  return names.map((name) => {
    const file = readHolidayFile(path.join(dir, name));
    if (`${file.year}.json` !== name) throw new HolidayDataError(name, `file says year ${file.year}`);
    return file;
  });
}

/** A WorkingCalendar over every holiday file in `dir`. */
export function loadWorkingCalendar(dir: string, options: WorkingCalendarOptions = {}): WorkingCalendar {
  return new WorkingCalendar(loadHolidayFiles(dir).map(toHolidayYear), options);
}
