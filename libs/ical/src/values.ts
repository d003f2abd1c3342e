import ICAL from 'ical.js';
import { isoDate, type LocalDateTime } from '@app/zones';

/**
 * DATE / DATE-TIME / PERIOD / DURATION values (RFC 5545 §3.3). The value's
 * own shape decides between DATE and DATE-TIME, not the VALUE parameter:
 * producers write `DTSTART;VALUE=DATE:20110804T120000` and
 * `DTSTART;TZID=US/Pacific:20050613` (Google), and the shape is what they mean.
 */

export interface DateValue {
  kind: 'date';
  /** "YYYY-MM-DD". */
  date: string;
  /** Set when the written day does not exist (Feb 30th) and was rolled over. */
  rolledOver?: boolean;
}

export interface DateTimeValue {
  kind: 'date-time';
  local: LocalDateTime;
  /** Ends in "Z": an instant, whatever TZID says (§3.3.5 form #2). */
  utc: boolean;
  rolledOver?: boolean;
}

export type TimeValue = DateValue | DateTimeValue;

const DATE_OR_DATE_TIME = /^(\d{4})-?(\d{2})-?(\d{2})(?:[T ](\d{2}):?(\d{2})(?::?(\d{2}))?(?:[.,]\d+)?\s*(Z|[+-]00:?00)?)?$/i;

const MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

export function daysInMonth(year: number, month: number): number {
  // Date.UTC reads years 0-99 as 1900-1999: those (and odd input) keep going through it.
  if (year < 100 || !Number.isInteger(year) || !(month >= 1 && month <= 12) || !Number.isInteger(month)) {
    return new Date(Date.UTC(year, month, 0)).getUTCDate();
  }
  const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
  return month === 2 && leap ? 29 : MONTH_DAYS[month - 1];
}

export function parseTimeValue(raw: string): TimeValue | null {
  const text = raw.trim();
  const basic = basicForm(text);
  const match = basic ?? DATE_OR_DATE_TIME.exec(text);
  if (!match) return null;
  const year = Number(match[1]);
  const month = Number(match[2]);
  const day = Number(match[3]);
  if (year < 1 || month < 1 || month > 12 || day < 1 || day > 31) return null;
  // "20240230" does not exist; like ical.js and node-ical, roll it over (to March 1st).
  const rolledOver = day > daysInMonth(year, month);
  const date = rolledOver ? wallFromMs(Date.UTC(year, month - 1, day)) : { year, month, day };
  if (match[4] === undefined) return rolledOver ? { kind: 'date', date: isoDate(date), rolledOver } : { kind: 'date', date: isoDate(date) };
  const hour = Number(match[4]);
  const minute = Number(match[5]);
  // A leap second (60) is read as 59: the instant is what matters here.
  const second = Math.min(Number(match[6] ?? 0), 59);
  if (hour > 23 || minute > 59) return null;
  const local = { year: date.year, month: date.month, day: date.day, hour, minute, second };
  // Literals of one shape each (a spread of `false` makes a slower, larger object).
  return rolledOver ? { kind: 'date-time', local, utc: match[7] !== undefined, rolledOver } : { kind: 'date-time', local, utc: match[7] !== undefined };
}

const isDigit = (c: number) => c >= 0x30 && c <= 0x39;

/**
 * The groups DATE_OR_DATE_TIME gives for the basic forms nearly every value
 * has ("20260105", "20260105T093000", "20260105T093000Z"), read without the
 * regex; null for anything else, which the regex then reads.
 */
function basicForm(text: string): (string | undefined)[] | null {
  const length = text.length;
  if (length !== 8 && length !== 15 && length !== 16) return null;
  for (let i = 0; i < 8; i++) if (!isDigit(text.charCodeAt(i))) return null;
  const date = [text, text.slice(0, 4), text.slice(4, 6), text.slice(6, 8)];
  if (length === 8) return date;
  const t = text.charCodeAt(8);
  if (t !== 0x54 && t !== 0x74 && t !== 0x20) return null;
  for (let i = 9; i < 15; i++) if (!isDigit(text.charCodeAt(i))) return null;
  const z = length === 16 ? text.charCodeAt(15) : 0;
  if (length === 16 && z !== 0x5a && z !== 0x7a) return null;
  return [...date, text.slice(9, 11), text.slice(11, 13), text.slice(13, 15), length === 16 ? text[15] : undefined];
}

function dateParts(date: string): { year: number; month: number; day: number } {
  return { year: Number(date.slice(0, 4)), month: Number(date.slice(5, 7)), day: Number(date.slice(8, 10)) };
}

export function wallFromMs(ms: number): LocalDateTime {
  const d = new Date(ms);
  return {
    year: d.getUTCFullYear(),
    month: d.getUTCMonth() + 1,
    day: d.getUTCDate(),
    hour: d.getUTCHours(),
    minute: d.getUTCMinutes(),
    second: d.getUTCSeconds(),
  };
}

export function dateOfLocal(local: LocalDateTime): string {
  return isoDate(local);
}

export function localAtMidnight(date: string): LocalDateTime {
  const { year, month, day } = dateParts(date);
  return { year, month, day, hour: 0, minute: 0, second: 0 };
}

/**
 * A DURATION split the way RFC 5545 §3.3.6 uses it: weeks and days are
 * nominal (same wall-clock time on a later day, whatever DST does), hours,
 * minutes and seconds are exact.
 */
export interface SplitDuration {
  nominalDays: number;
  exactMs: number;
}

export function parseDuration(raw: string): SplitDuration | null {
  const value = raw.trim().toUpperCase();
  if (!/^[+-]?P/.test(value)) return null;
  try {
    const duration = ICAL.Duration.fromString(value);
    const sign = duration.isNegative ? -1 : 1;
    const nominalDays = sign * (duration.weeks * 7 + duration.days);
    const exactMs = sign * ((duration.hours * 60 + duration.minutes) * 60 + duration.seconds) * 1000;
    if (!Number.isFinite(nominalDays) || !Number.isFinite(exactMs)) return null;
    return { nominalDays, exactMs };
  } catch {
    return null;
  }
}

/** A PERIOD (§3.3.9): "start/end" or "start/duration". */
export interface PeriodValue {
  start: TimeValue;
  end: TimeValue | null;
  duration: SplitDuration | null;
}

export function parsePeriod(raw: string): PeriodValue | null {
  const slash = raw.indexOf('/');
  if (slash === -1) return null;
  const start = parseTimeValue(raw.slice(0, slash));
  if (!start) return null;
  const rest = raw.slice(slash + 1).trim();
  if (/^[+-]?P/i.test(rest)) {
    const duration = parseDuration(rest);
    return duration ? { start, end: null, duration } : null;
  }
  const end = parseTimeValue(rest);
  return end ? { start, end, duration: null } : null;
}
