import { addDays, isoDate, localToInstant, localWeekday, toLocal } from '@app/zones';
import type { DigestPeriod, DigestSchedule, Weekday } from './types';

/*
 * A period is named by local dates only ("WEEKLY:2026-12-07"), never by an
 * instant: the key of a day or week is the same whatever the user's zone or
 * send time, so changing either between two runs of the scheduler cannot
 * open a second period for a local date already covered (no second digest
 * for the same week). Dates are stepped as "YYYY-MM-DD" strings and turned
 * into instants once, so a DST change inside the week cannot shift a date.
 *
 * Wall-clock times resolve as @app/zones' localToInstant does (RFC 5545
 * §3.3.5): a send time inside a spring-forward gap is read with the offset
 * before the gap (02:30 Berlin on 2026-03-29 is 03:30 CEST, 01:30 UTC); a
 * time that occurs twice at the end of summer time is its first occurrence;
 * a midnight that does not exist (zones that change at 00:00) starts the
 * day at the moment the clocks jump.
 */

/** Monday = 0 … Sunday = 6: days after the week's Monday. */
const DAYS_AFTER_MONDAY: Readonly<Record<Weekday, number>> = {
  MONDAY: 0,
  TUESDAY: 1,
  WEDNESDAY: 2,
  THURSDAY: 3,
  FRIDAY: 4,
  SATURDAY: 5,
  SUNDAY: 6,
};

const LOCAL_TIME = /^([01]\d|2[0-3]):([0-5]\d)$/;

/** Hour and minute of "HH:MM" (00:00 to 23:59, two digits each), else null: "9:00", "24:00" and "08:00:00" are refused. */
export function parseLocalTime(text: string): { hour: number; minute: number } | null {
  const m = typeof text === 'string' ? LOCAL_TIME.exec(text) : null;
  return m ? { hour: Number(m[1]), minute: Number(m[2]) } : null;
}

/** The instant of a "YYYY-MM-DD" local date at hour:minute in `zone`. */
function instantOf(date: string, hour: number, minute: number, zone: string): Date {
  const [year, month, day] = date.split('-').map(Number);
  return localToInstant({ year, month, day, hour, minute, second: 0, millisecond: 0 }, zone);
}

/**
 * The period `now` falls in for this schedule, in the user's zone; null when
 * digests are OFF. DAILY: the local date of `now`. WEEKLY: the local
 * Monday-to-Sunday week (ISO 8601) holding the local date of `now`, due on
 * the schedule's weekday of that week. Throws a RangeError when localTime is
 * not "HH:MM" (the service validates it with parseLocalTime when it is
 * saved), the weekday is not one, or the zone is unknown.
 */
export function currentPeriod(now: Date, zone: string, schedule: DigestSchedule): DigestPeriod | null {
  if (schedule.frequency === 'OFF') return null;
  const time = parseLocalTime(schedule.localTime);
  if (!time) throw new RangeError(`Digest send time ${JSON.stringify(schedule.localTime)} is not "HH:MM" (00:00 to 23:59).`);
  if (Number.isNaN(now.getTime())) throw new RangeError('currentPeriod: now is an invalid Date.');
  const today = isoDate(toLocal(now, zone));
  if (schedule.frequency === 'DAILY') {
    return { key: `DAILY:${today}`, frequency: 'DAILY', start: instantOf(today, 0, 0, zone), sendAt: instantOf(today, time.hour, time.minute, zone) };
  }
  const daysAfterMonday = DAYS_AFTER_MONDAY[schedule.weekday];
  if (daysAfterMonday === undefined) throw new RangeError(`Digest weekday ${JSON.stringify(schedule.weekday)} is not MONDAY to SUNDAY.`);
  const monday = addDays(today, -((localWeekday(now, zone) + 6) % 7));
  const sendDate = addDays(monday, daysAfterMonday);
  return { key: `WEEKLY:${monday}`, frequency: 'WEEKLY', start: instantOf(monday, 0, 0, zone), sendAt: instantOf(sendDate, time.hour, time.minute, zone) };
}

/** True once the period's send time has come. */
export function isDue(now: Date, period: DigestPeriod): boolean {
  return now.getTime() >= period.sendAt.getTime();
}
