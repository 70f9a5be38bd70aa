import type { WorkingCalendar } from './workingCalendar';
import { addDays, parseTimeOfDay, toVietnamDateTime, vietnamDateOf, vietnamInstant, type LocalDate } from './vietnamTime';

/** How a procedure states its processing time. */
export type ProcessingTimeUnit = 'working_days' | 'days' | 'hours' | 'same_day';

export interface ProcessingTime {
  readonly unit: ProcessingTimeUnit;
  /** Ignored for 'same_day'. Fractional days ("0,5 ngày") round up to whole days. */
  readonly value: number;
}

export interface OfficeSchedule {
  /** Dossiers received at or after this local time (HH:MM) count as received on the next working day. */
  readonly cutoff: string;
  /** Local time (HH:MM) the office opens; 'hours' counted from a later day start here. */
  readonly opening: string;
}

export const DEFAULT_OFFICE_SCHEDULE: OfficeSchedule = Object.freeze({ cutoff: '16:30', opening: '07:30' });

const HOUR_MS = 3_600_000;

/**
 * The day a dossier counts as received: the local date of receipt when that is a working day before the
 * afternoon cut-off, otherwise the next working day.
 */
export function effectiveReceiptDay(receivedAt: Date, calendar: WorkingCalendar, cutoff: string): LocalDate {
  const local = toVietnamDateTime(receivedAt);
  const beforeCutoff = local.minutesOfDay < parseTimeOfDay(cutoff);
  return beforeCutoff && calendar.isWorkingDay(local.date) ? local.date : calendar.nextWorkingDay(local.date);
}

/**
 * The date the result is due (ngày hẹn trả kết quả), in Vietnamese local time, whatever the machine's TZ.
 *
 * Counting follows Bộ luật Dân sự 2015 Điều 147–148: the day of receipt is not counted, and a period in
 * calendar days that ends on a day off ends on the next working day instead. Examples with receipt on a
 * Monday morning: 3 working days → Thursday; same day → Monday; after the cut-off → as if received Tuesday.
 * Hours run from the time of receipt (or from opening time when receipt moved to a later day); the result
 * is the working day on or after the hour they end.
 */
export function expectedResultDate(
  receivedAt: Date,
  time: ProcessingTime,
  calendar: WorkingCalendar,
  schedule: OfficeSchedule = DEFAULT_OFFICE_SCHEDULE,
): LocalDate {
  if (!Number.isFinite(time.value) || time.value < 0) throw new RangeError(`invalid processing time: ${time.value}`);
  const startDay = effectiveReceiptDay(receivedAt, calendar, schedule.cutoff);
  const wholeDays = Math.ceil(time.value);
  switch (time.unit) {
    case 'same_day':
      return startDay;
    case 'working_days':
      return calendar.addWorkingDays(startDay, wholeDays);
    case 'days':
      return calendar.onOrAfter(addDays(startDay, wholeDays));
    case 'hours': {
      const start = startDay === vietnamDateOf(receivedAt) ? receivedAt : vietnamInstant(startDay, parseTimeOfDay(schedule.opening));
      return calendar.onOrAfter(vietnamDateOf(new Date(start.getTime() + time.value * HOUR_MS)));
    }
  }
}
