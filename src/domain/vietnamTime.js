"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.VIETNAM_UTC_OFFSET_MINUTES = void 0;
exports.isLocalDate = isLocalDate;
exports.toVietnamDateTime = toVietnamDateTime;
exports.vietnamDateOf = vietnamDateOf;
exports.vietnamInstant = vietnamInstant;
exports.addDays = addDays;
exports.dayOfWeek = dayOfWeek;
exports.yearOf = yearOf;
exports.parseTimeOfDay = parseTimeOfDay;
exports.formatVietnamDate = formatVietnamDate;
exports.formatVietnamDateTime = formatVietnamDateTime;
/**
 * Calendar arithmetic in Vietnam's local time. Asia/Ho_Chi_Minh is UTC+7 all year (no daylight saving),
 * so local time is a fixed offset from UTC and never depends on the machine's TZ setting.
 */
exports.VIETNAM_UTC_OFFSET_MINUTES = 7 * 60;
const MINUTE_MS = 60_000;
const DAY_MS = 24 * 60 * MINUTE_MS;
const LOCAL_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const TIME_OF_DAY = /^(\d{1,2}):(\d{2})$/;
function pad(value, width) {
    return String(value).padStart(width, '0');
}
function utcMidnightMs(date) {
    const match = LOCAL_DATE.exec(date);
    if (!match || !isLocalDate(date))
        throw new RangeError(`not a calendar date (YYYY-MM-DD): ${date}`);
    return Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3]));
}
function formatUtcDate(ms) {
    const d = new Date(ms);
    return `${pad(d.getUTCFullYear(), 4)}-${pad(d.getUTCMonth() + 1, 2)}-${pad(d.getUTCDate(), 2)}`;
}
/** True for a real calendar date in 'YYYY-MM-DD' form ('2026-02-30' is not one). */
function isLocalDate(text) {
    const match = LOCAL_DATE.exec(text);
    if (!match)
        return false;
    const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
    const d = new Date(Date.UTC(year, month - 1, day));
    return d.getUTCFullYear() === year && d.getUTCMonth() === month - 1 && d.getUTCDate() === day;
}
/** The Vietnamese local date and time of day of an instant. */
function toVietnamDateTime(instant) {
    const ms = instant.getTime();
    if (Number.isNaN(ms))
        throw new RangeError('invalid Date');
    const shifted = ms + exports.VIETNAM_UTC_OFFSET_MINUTES * MINUTE_MS;
    const dayStart = Math.floor(shifted / DAY_MS) * DAY_MS;
    return { date: formatUtcDate(dayStart), minutesOfDay: Math.floor((shifted - dayStart) / MINUTE_MS) };
}
/** The Vietnamese local date of an instant. */
function vietnamDateOf(instant) {
    return toVietnamDateTime(instant).date;
}
/** The instant at `minutesOfDay` past local midnight of a Vietnamese date. */
function vietnamInstant(date, minutesOfDay = 0) {
    return new Date(utcMidnightMs(date) + (minutesOfDay - exports.VIETNAM_UTC_OFFSET_MINUTES) * MINUTE_MS);
}
function addDays(date, days) {
    return formatUtcDate(utcMidnightMs(date) + days * DAY_MS);
}
/** 0 = Sunday … 6 = Saturday. */
function dayOfWeek(date) {
    return new Date(utcMidnightMs(date)).getUTCDay();
}
function yearOf(date) {
    return Number(date.slice(0, 4));
}
/** Parses 'HH:MM' (24-hour) into minutes since midnight; throws RangeError otherwise. */
function parseTimeOfDay(text) {
    const match = TIME_OF_DAY.exec(text.trim());
    const hours = Number(match?.[1]);
    const minutes = Number(match?.[2]);
    if (!match || hours > 23 || minutes > 59)
        throw new RangeError(`not a time of day (HH:MM): ${text}`);
    return hours * 60 + minutes;
}
/** '2026-03-02' → '02/03/2026', as dates are written in Vietnam. */
function formatVietnamDate(date) {
    const [year, month, day] = date.split('-');
    return `${day}/${month}/${year}`;
}
/** An instant as 'dd/mm/yyyy hh:mm' in Vietnamese time, whatever the machine's time zone. */
function formatVietnamDateTime(instant) {
    const { date, minutesOfDay } = toVietnamDateTime(instant);
    const hh = String(Math.floor(minutesOfDay / 60)).padStart(2, '0');
    const mm = String(minutesOfDay % 60).padStart(2, '0');
    return `${formatVietnamDate(date)} ${hh}:${mm}`;
}
