/**
 * Calendar arithmetic in an IANA zone with the runtime's tz database
 * (Intl). "In 30 days" and "5 business days later" mean the same wall-clock
 * time on a later local date, so a rule never drifts by an hour across a DST
 * change and a late-evening touch is counted on the user's own date.
 */

import { wallClockToInstantMs } from './wall-clock';
import { zoneOffsetMs } from './zone-offset';

/** A wall-clock time, with no zone. */
export interface LocalDateTime {
  year: number;
  month: number; // 1-12
  day: number;
  hour: number;
  minute: number;
  second: number;
  /** 0 when absent: iCalendar and event pages give whole seconds. */
  millisecond?: number;
}

const DAY_MS = 86_400_000;

/** The wall-clock time as if it were UTC, in ms: for comparing and shifting wall-clock times. */
export function wallMs(local: LocalDateTime): number {
  return Date.UTC(local.year, local.month - 1, local.day, local.hour, local.minute, local.second, local.millisecond ?? 0);
}

/** Wall-clock fields of `instant` in `zone`. */
export function toLocal(instant: Date, zone: string): Required<LocalDateTime> {
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

/**
 * The instant a wall-clock time denotes in `zone`. A repeated time (end of
 * summer time) resolves to its first occurrence; a skipped one (start of
 * summer time) is read with the offset before the gap, as RFC 5545 §3.3.5 does.
 */
export function localToInstant(local: LocalDateTime, zone: string): Date {
  return new Date(wallClockToInstantMs(wallMs(local), zone));
}

/** Same wall-clock time `days` local dates later (negative goes back). */
export function addLocalDays(instant: Date, days: number, zone: string): Date {
  const local = toLocal(instant, zone);
  return localToInstant({ ...local, day: local.day + days }, zone);
}

/** Midnight at the start of the local date of `instant`. */
export function startOfLocalDay(instant: Date, zone: string): Date {
  const local = toLocal(instant, zone);
  return localToInstant({ ...local, hour: 0, minute: 0, second: 0, millisecond: 0 }, zone);
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

/** Adds whole days to a "YYYY-MM-DD" date. */
export function addDays(date: string, days: number): string {
  const [y, m, d] = date.split('-').map(Number);
  return new Date(Date.UTC(y, m - 1, d + days)).toISOString().slice(0, 10);
}
