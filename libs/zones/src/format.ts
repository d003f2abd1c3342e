/**
 * Printing instants and dates as the zone shows them: ISO 8601 with the
 * offset in force, "YYYY-MM-DD" local dates, and short English day labels.
 */

import { localWeekday, toLocal } from './local-time';
import { offsetMinutes } from './zone-offset';

const pad = (n: number, width = 2) => String(Math.abs(n)).padStart(width, '0');
const digits = (n: number, width = 2) => String(n).padStart(width, '0');

/** "+02:00", "-03:30", or "Z" for 0 minutes east of UTC. */
export function formatOffset(minutes: number): string {
  if (minutes === 0) return 'Z';
  const sign = minutes < 0 ? '-' : '+';
  return `${sign}${pad(Math.floor(Math.abs(minutes) / 60))}:${pad(Math.abs(minutes) % 60)}`;
}

const DIGITS = Array.from({ length: 100 }, (_, n) => String(n).padStart(2, '0'));

/**
 * "YYYY-MM-DDTHH:MM:SS" + suffix for floating milliseconds (whole seconds).
 * Built with join so V8 stores one flat string: a template literal would
 * leave a tree of cons strings, about ten times larger, behind every
 * start, end and recurrenceId of a 300,000-instance feed.
 */
export function formatWall(wall: number, suffix: string): string {
  const d = new Date(Math.floor(wall / 1000) * 1000);
  const year = d.getUTCFullYear();
  return [
    year >= 1000 ? String(year) : String(year).padStart(4, '0'),
    '-',
    DIGITS[d.getUTCMonth() + 1],
    '-',
    DIGITS[d.getUTCDate()],
    'T',
    DIGITS[d.getUTCHours()],
    ':',
    DIGITS[d.getUTCMinutes()],
    ':',
    DIGITS[d.getUTCSeconds()],
    suffix,
  ].join('');
}

/** "2020-09-10T09:00:00+02:00" for the instant as seen in `zone` ("Z" suffix when zone is null or UTC). */
export function formatInstant(instant: Date, zone: string | null): string {
  const offset = zone ? offsetMinutes(instant.getTime(), zone) : 0;
  return formatWall(instant.getTime() + offset * 60_000, formatOffset(offset));
}

/** "YYYY-MM-DD" of the date's fields. */
export function isoDate(date: { year: number; month: number; day: number }): string {
  return `${digits(date.year, 4)}-${digits(date.month)}-${digits(date.day)}`;
}

/** The local date of `instant` in `zone`, "YYYY-MM-DD". */
export function localDate(instant: Date, zone: string): string {
  return isoDate(toLocal(instant, zone));
}

// Fixed English names rather than Intl's: ICU versions disagree ("Sep" or "Sept").
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const WEEKDAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];

/** "12 Nov" (or "Fri 15 Nov"), on the local date in `zone`. */
export function formatDay(instant: Date, zone: string, withWeekday = false): string {
  const { month, day } = toLocal(instant, zone);
  const date = `${day} ${MONTHS[month - 1]}`;
  return withWeekday ? `${WEEKDAYS[localWeekday(instant, zone)]} ${date}` : date;
}

/** "18:30": the wall-clock time of `instant` in `zone`. */
export function formatTime(instant: Date, zone: string): string {
  const { hour, minute } = toLocal(instant, zone);
  return `${DIGITS[hour]}:${DIGITS[minute]}`;
}

/** "Fri 11 Dec, 19:00" in `zone`: a deadline counted in hours needs its time. */
export function formatMoment(instant: Date, zone: string): string {
  return `${formatDay(instant, zone, true)}, ${formatTime(instant, zone)}`;
}
