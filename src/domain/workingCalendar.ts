import { addDays, dayOfWeek, yearOf, type LocalDate } from './vietnamTime';

/** One year of days off for the public administration, as published (see data/holidays/<year>.json). */
export interface HolidayYear {
  readonly year: number;
  /** Weekdays without office work: holidays, compensatory days off, swapped days. */
  readonly daysOff: readonly LocalDate[];
  /** Saturdays or Sundays worked to make up for a swapped day (làm bù). */
  readonly workingWeekends: readonly LocalDate[];
}

/** A date fell in a year for which no holiday data was loaded; a calendar never guesses holidays. */
export class MissingHolidayDataError extends Error {
  constructor(readonly year: number) {
    super(`no holiday data for ${year}: add data/holidays/${year}.json`);
    this.name = 'MissingHolidayDataError';
  }
}

export interface WorkingCalendarOptions {
  /**
   * What to do with a date in a year without data: 'throw' (default) raises MissingHolidayDataError;
   * 'weekends_only' counts only Saturdays and Sundays as days off, for callers that prefer an estimate.
   */
  readonly missingYear?: 'throw' | 'weekends_only';
}

/** Working days of a Vietnamese public office: Monday–Friday, minus holidays, plus make-up weekends. */
export class WorkingCalendar {
  private readonly daysOff: ReadonlySet<LocalDate>;
  private readonly workingWeekends: ReadonlySet<LocalDate>;
  private readonly years: ReadonlySet<number>;
  private readonly missingYear: 'throw' | 'weekends_only';

  constructor(years: readonly HolidayYear[], options: WorkingCalendarOptions = {}) {
    this.daysOff = new Set(years.flatMap((y) => y.daysOff));
    this.workingWeekends = new Set(years.flatMap((y) => y.workingWeekends));
    this.years = new Set(years.map((y) => y.year));
    this.missingYear = options.missingYear ?? 'throw';
  }

  covers(year: number): boolean {
    return this.years.has(year);
  }

  isWorkingDay(date: LocalDate): boolean {
    if (!this.covers(yearOf(date)) && this.missingYear === 'throw') throw new MissingHolidayDataError(yearOf(date));
    if (this.workingWeekends.has(date)) return true;
    const weekday = dayOfWeek(date);
    return weekday !== 0 && weekday !== 6 && !this.daysOff.has(date);
  }

  /** The first working day strictly after `date`. */
  nextWorkingDay(date: LocalDate): LocalDate {
    let day = addDays(date, 1);
    while (!this.isWorkingDay(day)) day = addDays(day, 1);
    return day;
  }

  /** `date` itself when it is a working day, else the next one. */
  onOrAfter(date: LocalDate): LocalDate {
    return this.isWorkingDay(date) ? date : this.nextWorkingDay(date);
  }

  /** The working day `count` working days after `date` (the start day itself is not counted). */
  addWorkingDays(date: LocalDate, count: number): LocalDate {
    let day = date;
    for (let i = 0; i < count; i += 1) day = this.nextWorkingDay(day);
    return day;
  }
}
