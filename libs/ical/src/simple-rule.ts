import type ICAL from 'ical.js';
import { wallMs, type LocalDateTime } from '@app/zones';

/**
 * The wall-clock times of a DAILY or WEEKLY rule whose only BY-part is a
 * list of plain weekdays (`FREQ=WEEKLY;BYDAY=TU`, `FREQ=DAILY;BYDAY=MO,TU,WE,TH,FR`),
 * most series of most feeds, computed on day numbers. They are the times
 * ical.js's RecurIterator returns from the same start, one per `next()` and
 * in the same order (its first is the start itself, matching or not), at a
 * small fraction of its cost; recurrence.spec.ts checks the two agree.
 * Other rules return null and go to ical.js.
 */

export type WallStepper = () => LocalDateTime | null;

const DAY_MS = 86_400_000;
const WEEKDAY_CODES = ['SU', 'MO', 'TU', 'WE', 'TH', 'FR', 'SA'];

/** 0 = Sunday, for a day counted from 1970-01-01 (a Thursday). */
const weekdayOf = (day: number) => (((day + 4) % 7) + 7) % 7;

/** The weekdays of a BYDAY list without ordinals, as a bit mask; null when any entry has one. */
function weekdayMask(byday: string[] | undefined): number | null {
  let mask = 0;
  for (const code of byday ?? []) {
    const weekday = WEEKDAY_CODES.indexOf(code);
    if (weekday === -1) return null;
    mask |= 1 << weekday;
  }
  return mask;
}

/** The wall-clock time at `time` on a day number (proleptic Gregorian; H. Hinnant's civil_from_days). */
function wallAt(days: number, time: { hour: number; minute: number; second: number }): LocalDateTime {
  const z = days + 719_468;
  const era = Math.floor(z / 146_097);
  const doe = z - era * 146_097;
  const yoe = Math.floor((doe - Math.floor(doe / 1_460) + Math.floor(doe / 36_524) - Math.floor(doe / 146_096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const month = mp < 10 ? mp + 3 : mp - 9;
  // One literal of fixed shape: a spread plus more fields makes a much larger object.
  return {
    year: yoe + era * 400 + (month <= 2 ? 1 : 0),
    month,
    day: doy - Math.floor((153 * mp + 2) / 5) + 1,
    hour: time.hour,
    minute: time.minute,
    second: time.second,
  };
}

export function simpleStepper(rule: ICAL.Recur, begin: LocalDateTime, until: LocalDateTime | null): WallStepper | null {
  const freq = String(rule.freq).toUpperCase();
  if (freq !== 'DAILY' && freq !== 'WEEKLY') return null;
  for (const [part, values] of Object.entries(rule.parts)) if (part !== 'BYDAY' && (values as unknown[] | undefined)?.length) return null;
  const mask = weekdayMask(rule.parts.BYDAY);
  if (mask === null) return null;
  const { hour, minute, second } = begin;
  const beginDay = Date.UTC(begin.year, begin.month - 1, begin.day) / DAY_MS;
  const timeOfDay = ((hour * 60 + minute) * 60 + second) * 1000;
  const interval = Math.max(1, rule.interval || 1);
  const untilWall = until ? wallMs(until) : Number.POSITIVE_INFINITY;
  const count = rule.count || Number.POSITIVE_INFINITY;

  let weekly: { weekStart: (day: number) => number; firstWeek: number } | null = null;
  if (freq === 'WEEKLY') {
    // ical.js begins a weekly rule without BYDAY on its start's weekday; with one, the start must
    // be one of them (ical.js first moves to the earliest BYDAY of the week, which this does not copy).
    if (mask !== 0 && !(mask & (1 << weekdayOf(beginDay)))) return null;
    const weekStartsOn = (rule.wkst ?? 2) - 1;
    const weekStart = (day: number) => day - ((weekdayOf(day) - weekStartsOn + 7) % 7);
    weekly = { weekStart, firstWeek: weekStart(beginDay) };
  }
  // Without BYDAY a weekly rule keeps its start's weekday and a daily one takes every day.
  const days = mask !== 0 ? mask : weekly ? 1 << weekdayOf(beginDay) : 0x7f;
  // Every 7th day is the same weekday, never one of these: rule-guard refuses such rules before they get here.
  if (!weekly && interval % 7 === 0 && !(days & (1 << weekdayOf(beginDay)))) return null;

  let day = beginDay;
  let returned = 0;
  let done = false;
  const emit = (): LocalDateTime | null => {
    if (day * DAY_MS + timeOfDay > untilWall) {
      done = true;
      return null;
    }
    returned++;
    return wallAt(day, begin);
  };

  return () => {
    if (done || returned >= count) return null;
    if (returned === 0) return emit();
    for (;;) {
      if (weekly) {
        day++;
        const weeks = (weekly.weekStart(day) - weekly.firstWeek) / 7;
        // Outside the weeks the interval picks: on to the first day of the next picked week.
        if (weeks % interval !== 0) day = weekly.firstWeek + Math.ceil(weeks / interval) * interval * 7;
      } else {
        day += interval;
      }
      if (days & (1 << weekdayOf(day))) return emit();
    }
  };
}
