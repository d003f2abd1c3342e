import type ICAL from 'ical.js';
import type { LocalDateTime } from '@app/zones';
import { daysInMonth } from './values';

/**
 * ical.js's RRULE iterator has no limit of its own: a rule that can never
 * match (`FREQ=DAILY;BYMONTH=2;BYMONTHDAY=30`) loops forever inside one
 * `next()`, and a sub-daily rule with a day filter (`FREQ=SECONDLY;BYMONTH=3`)
 * steps through every second until the filter matches. Counting `next()`
 * calls cannot stop either, so such rules are refused before iterating.
 * ical.js also returns some dates that break the rule (YEARLY
 * BYMONTH=2;BYMONTHDAY=29 from a non-leap DTSTART gives March 1st);
 * `satisfiesRule` filters those out.
 */

const WEEKDAYS = ['SU', 'MO', 'TU', 'WE', 'TH', 'FR', 'SA'];
/** Iterator steps one `next()` may take before ical.js finds a match; above this a rule is refused. */
export const MAX_STEPS_BETWEEN_MATCHES = 250_000;
const STEPS_PER_DAY: Record<string, number> = { SECONDLY: 86_400, MINUTELY: 1_440, HOURLY: 24, DAILY: 1 };
const SECONDS_PER_STEP: Record<string, number> = { SECONDLY: 1, MINUTELY: 60, HOURLY: 3_600, DAILY: 86_400 };
const WEEK_SECONDS = 7 * 86_400;
/** Weekday and leap-year patterns repeat within 28 years (400 for century rules; 28 is enough to prove a rule can match). */
const SCAN_DAYS = 28 * 366;

interface DayFilter {
  months: Set<number> | null;
  monthDays: number[] | null;
  yearDays: number[] | null;
  weekdays: Set<number> | null;
}

function dayFilter(rule: ICAL.Recur): DayFilter {
  const { BYMONTH, BYMONTHDAY, BYYEARDAY, BYDAY } = rule.parts;
  return {
    months: BYMONTH?.length ? new Set(BYMONTH) : null,
    monthDays: BYMONTHDAY?.length ? BYMONTHDAY : null,
    yearDays: BYYEARDAY?.length ? BYYEARDAY : null,
    weekdays: BYDAY?.length ? new Set(BYDAY.map((day) => WEEKDAYS.indexOf(day.slice(-2).toUpperCase()))) : null,
  };
}

function dayMatches(filter: DayFilter, year: number, month: number, day: number): boolean {
  if (filter.months && !filter.months.has(month)) return false;
  if (filter.monthDays) {
    const length = daysInMonth(year, month);
    if (!filter.monthDays.some((d) => d === day || length + d + 1 === day)) return false;
  }
  if (filter.yearDays) {
    const yearDay = (Date.UTC(year, month - 1, day) - Date.UTC(year, 0, 1)) / 86_400_000 + 1;
    const length = (Date.UTC(year + 1, 0, 1) - Date.UTC(year, 0, 1)) / 86_400_000;
    if (!filter.yearDays.some((d) => d === yearDay || length + d + 1 === yearDay)) return false;
  }
  if (filter.weekdays && !filter.weekdays.has(new Date(Date.UTC(year, month - 1, day)).getUTCDay())) return false;
  return true;
}

/** 0 = Sunday, as Date's getUTCDay() gives it, without making a Date. */
function weekdayOf(year: number, month: number, day: number): number {
  const days = Math.floor(Date.UTC(year, month - 1, day) / 86_400_000);
  return (((days + 4) % 7) + 7) % 7;
}

/**
 * The weekday every step of the rule lands on, when BYDAY does not list it
 * (`FREQ=DAILY;INTERVAL=7;BYDAY=MO` from a Tuesday): each step is a whole
 * number of weeks, so the rule can never match and ical.js would search for
 * ever. Sub-daily rules with BYHOUR, BYMINUTE or BYSECOND are left out:
 * ical.js expands those and steps to the next day regardless of INTERVAL
 * (`FREQ=HOURLY;INTERVAL=168;BYDAY=MO;BYHOUR=10` does give Mondays).
 */
function weekdayNeverListed(rule: ICAL.Recur, freq: string, start: LocalDateTime): string | null {
  const { BYDAY, BYHOUR, BYMINUTE, BYSECOND } = rule.parts;
  const seconds = SECONDS_PER_STEP[freq];
  if (!seconds || !BYDAY?.length || (seconds * Math.max(1, rule.interval || 1)) % WEEK_SECONDS !== 0) return null;
  if (freq !== 'DAILY' && (BYHOUR?.length || BYMINUTE?.length || BYSECOND?.length)) return null;
  const weekday = WEEKDAYS[weekdayOf(start.year, start.month, start.day)];
  return BYDAY.some((day) => day.slice(-2).toUpperCase() === weekday) ? null : weekday;
}

/** Why the rule must not be iterated from `start`, or null when it is safe. */
export function refuseRule(rule: ICAL.Recur, start: LocalDateTime): string | null {
  const freq = String(rule.freq).toUpperCase();
  const missed = weekdayNeverListed(rule, freq, start);
  if (missed) return `it can never produce a date (every step falls on ${missed}, a weekday its BYDAY does not list)`;
  const filter = dayFilter(rule);
  const filtered = filter.months || filter.monthDays || filter.yearDays || (filter.weekdays && freq in STEPS_PER_DAY);
  if (!filtered) return null;
  if ((freq === 'SECONDLY' || freq === 'MINUTELY') && (rule.parts.BYHOUR?.length || rule.parts.BYMINUTE?.length)) {
    return `${freq} with BYHOUR/BYMINUTE filters is too costly to expand`;
  }
  let previous = Date.UTC(start.year, start.month - 1, start.day);
  let largestGap = 0;
  let matched = false;
  for (let offset = 0; offset < SCAN_DAYS; offset++) {
    const at = Date.UTC(start.year, start.month - 1, start.day + offset);
    const date = new Date(at);
    if (!dayMatches(filter, date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate())) continue;
    largestGap = Math.max(largestGap, (at - previous) / 86_400_000);
    previous = at;
    matched = true;
    // Two years of matches show the longest gap of any non-leap-day rule.
    if (offset > 2 * 366 && largestGap > 0) break;
  }
  if (!matched) return 'it can never produce a date (its BY-parts contradict each other)';
  const steps = largestGap * ((STEPS_PER_DAY[freq] ?? 1) / Math.max(1, rule.interval || 1));
  if (freq in STEPS_PER_DAY && steps > MAX_STEPS_BETWEEN_MATCHES) {
    return `${freq} with these BY-parts needs about ${Math.round(steps)} steps between dates (expansion bomb guard)`;
  }
  return null;
}

/**
 * Necessary conditions every generated date must meet; drops the dates
 * ical.js gets wrong. Without BY-parts that pick days, a MONTHLY or YEARLY
 * rule repeats DTSTART's day (and month), and §3.3.10 says a day that does
 * not exist is skipped: a February 29th birthday is kept in leap years only,
 * where ical.js moves it to March 1st.
 */
export function satisfiesRule(rule: ICAL.Recur, time: LocalDateTime, start: LocalDateTime): boolean {
  const { BYMONTH, BYMONTHDAY, BYDAY, BYHOUR, BYMINUTE, BYYEARDAY, BYWEEKNO } = rule.parts;
  const freq = String(rule.freq).toUpperCase();
  const picksDays = BYMONTHDAY?.length || BYDAY?.length || BYYEARDAY?.length || BYWEEKNO?.length;
  if ((freq === 'MONTHLY' || freq === 'YEARLY') && !picksDays && time.day !== start.day) return false;
  if (freq === 'YEARLY' && !picksDays && !BYMONTH?.length && time.month !== start.month) return false;
  if (BYMONTH?.length && !BYMONTH.includes(time.month)) return false;
  if (BYMONTHDAY?.length) {
    const length = daysInMonth(time.year, time.month);
    if (!BYMONTHDAY.some((d) => d === time.day || length + d + 1 === time.day)) return false;
  }
  if (BYDAY?.length) {
    const weekday = WEEKDAYS[weekdayOf(time.year, time.month, time.day)];
    if (!BYDAY.some((day) => day.toUpperCase().endsWith(weekday))) return false;
  }
  if (BYHOUR?.length && !BYHOUR.includes(time.hour)) return false;
  if (BYMINUTE?.length && !BYMINUTE.includes(time.minute)) return false;
  return true;
}
