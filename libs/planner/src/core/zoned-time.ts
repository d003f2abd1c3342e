/**
 * Calendar arithmetic in the user's IANA zone with the runtime's tz database
 * (Intl). "In 30 days" and "5 business days later" mean the same wall-clock
 * time on a later local date, so a rule never drifts by an hour across a DST
 * change and a late-evening touch is counted on the user's own date.
 */

import { wallClockToInstantMs, zoneOffsetMs } from '@app/zones';

export interface LocalDateTime {
  year: number;
  month: number; // 1-12
  day: number;
  hour: number;
  minute: number;
  second: number;
  millisecond: number;
}

const DAY_MS = 86_400_000;
/** Wall-clock fields of `instant` in `zone`. */
export function toLocal(instant: Date, zone: string): LocalDateTime {
  const shifted = new Date(instant.getTime() + zoneOffsetMs(instant.getTime(), zone));
  return {
    year: shifted.getUTCFullYear(),
    month: shifted.getUTCMonth() + 1,
    day: shifted.getUTCDate(),
    hour: shifted.getUTCHours(),
    minute: shifted.getUTCMinutes(),
    second: shifted.getUTCSeconds(),
    millisecond: shifted.getUTCMilliseconds(),
  };
}

function wallMs(local: LocalDateTime): number {
  return Date.UTC(local.year, local.month - 1, local.day, local.hour, local.minute, local.second, local.millisecond);
}

/**
 * The instant a wall-clock time denotes in `zone`. A repeated time (end of
 * summer time) resolves to its first occurrence; a skipped one (start of
 * summer time) is read with the offset before the gap, as RFC 5545 does.
 */
export function fromLocal(local: LocalDateTime, zone: string): Date {
  return new Date(wallClockToInstantMs(wallMs(local), zone));
}

/** Same wall-clock time `days` local dates later (negative goes back). */
export function addLocalDays(instant: Date, days: number, zone: string): Date {
  const local = toLocal(instant, zone);
  return fromLocal({ ...local, day: local.day + days }, zone);
}

/** Midnight at the start of the local date of `instant`. */
export function startOfLocalDay(instant: Date, zone: string): Date {
  const local = toLocal(instant, zone);
  return fromLocal({ ...local, hour: 0, minute: 0, second: 0, millisecond: 0 }, zone);
}

/** The local date of `instant`, "YYYY-MM-DD". */
export function localDate(instant: Date, zone: string): string {
  const { year, month, day } = toLocal(instant, zone);
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** Whole local dates from `from` to `to` (0 on the same date, negative when `to` is earlier). */
export function localDaysBetween(from: Date, to: Date, zone: string): number {
  const a = toLocal(from, zone);
  const b = toLocal(to, zone);
  return Math.round((Date.UTC(b.year, b.month - 1, b.day) - Date.UTC(a.year, a.month - 1, a.day)) / DAY_MS);
}

/** 0 = Sunday … 6 = Saturday, on the local date. */
export function localWeekday(instant: Date, zone: string): number {
  const { year, month, day } = toLocal(instant, zone);
  return new Date(Date.UTC(year, month - 1, day)).getUTCDay();
}

// Fixed English names rather than Intl's: ICU versions disagree ("Sep" or "Sept").
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const WEEKDAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];

/** "12 Nov" (or "Fri 15 Nov"), on the user's local date. */
export function formatDay(instant: Date, zone: string, withWeekday = false): string {
  const { month, day } = toLocal(instant, zone);
  const date = `${day} ${MONTHS[month - 1]}`;
  return withWeekday ? `${WEEKDAYS[localWeekday(instant, zone)]} ${date}` : date;
}
