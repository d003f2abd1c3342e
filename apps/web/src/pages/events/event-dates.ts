import { dayKey, formatDay, formatDayHeading, formatMoment } from '../../ui/time';

/** "YYYY-MM-DD" (an all-day date, as feeds give it). */
const DATE_ONLY = /^\d{4}-\d{2}-\d{2}$/;

/** Noon UTC of a calendar date: formats as that date in UTC whatever the user's zone. */
function noonOf(date: string): string {
  return `${date}T12:00:00Z`;
}

/** The date `days` after "2026-12-10" (calendar arithmetic, no zone involved). */
export function addDays(date: string, days: number): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

/** Today's date in the user's zone, "2026-12-10". */
export function todayIn(zone: string): string {
  return dayKey(new Date().toISOString(), zone);
}

/** A start or end as the API gives it (ISO with offset, or a date for all-day events), in words in the user's zone. */
export function formatEventMoment(value: string, zone: string): string {
  return DATE_ONLY.test(value) ? formatDay(noonOf(value), 'UTC') : formatMoment(value, zone);
}

interface Dated {
  allDay: boolean;
  start: string;
  startsAt: string;
}

/** The user's day an event belongs to: all-day events keep their own date. */
export function eventDayKey(event: Dated, zone: string): string {
  return event.allDay ? event.start.slice(0, 10) : dayKey(event.startsAt, zone);
}

/** "Thursday 10 December" for an agenda day key. */
export function dayHeading(key: string): string {
  return formatDayHeading(noonOf(key), 'UTC');
}

/** An all-day event's dates: "Thu 10 Dec" or "Thu 10 Dec – Sat 12 Dec" (the feed's end date is exclusive). */
export function formatAllDay(start: string, end: string | null): string {
  const first = start.slice(0, 10);
  const last = end && DATE_ONLY.test(end.slice(0, 10)) ? addDays(end.slice(0, 10), -1) : first;
  const from = formatDay(noonOf(first), 'UTC');
  return last > first ? `${from} – ${formatDay(noonOf(last), 'UTC')}` : from;
}
