/**
 * Times as a person reads them, always in the user's zone: "Thu 10 Dec,
 * 18:30". Never raw ISO strings.
 */
const cache = new Map<string, Intl.DateTimeFormat>();

function format(zone: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${zone}|${JSON.stringify(options)}`;
  let formatter = cache.get(key);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-GB', { ...options, timeZone: zone });
    cache.set(key, formatter);
  }
  return formatter;
}

const DAY: Intl.DateTimeFormatOptions = { weekday: 'short', day: 'numeric', month: 'short' };
const CLOCK: Intl.DateTimeFormatOptions = { hour: '2-digit', minute: '2-digit', hourCycle: 'h23' };

/** "Thu 10 Dec, 18:30" (with the year when it is not this year's). */
export function formatMoment(iso: string, zone: string, now: Date = new Date()): string {
  const date = new Date(iso);
  const year = format(zone, { year: 'numeric' });
  const withYear = year.format(date) !== year.format(now);
  return `${dayWords(date, zone, withYear)}, ${format(zone, CLOCK).format(date)}`;
}

/** "Thu 10 Dec" or "Tue 5 Jan 2027": from parts, as en-GB puts a comma after the weekday once a year is in. */
function dayWords(date: Date, zone: string, withYear: boolean): string {
  return format(zone, { ...DAY, ...(withYear && { year: 'numeric' }) })
    .formatToParts(date)
    .filter((p) => p.type !== 'literal')
    .map((p) => p.value)
    .join(' ');
}

/** "18:30". */
export function formatClock(iso: string, zone: string): string {
  return format(zone, CLOCK).format(new Date(iso));
}

/** "Thursday 10 December" (the agenda's day headings). */
export function formatDayHeading(iso: string, zone: string): string {
  return format(zone, { weekday: 'long', day: 'numeric', month: 'long' }).format(new Date(iso));
}

/** "Thu 10 Dec". */
export function formatDay(iso: string, zone: string): string {
  return dayWords(new Date(iso), zone, false);
}

/** The calendar day of a moment in a zone, "2026-12-10": groups an agenda by the user's days. */
export function dayKey(iso: string, zone: string): string {
  return format(zone, { year: 'numeric', month: '2-digit', day: '2-digit' }).format(new Date(iso)).split('/').reverse().join('-');
}

/** "18:30–20:00" or "Thu 10 Dec, 18:30 – Fri 11 Dec, 02:00" when the end is on another day. */
export function formatRange(startIso: string, endIso: string | null, zone: string): string {
  const start = formatMoment(startIso, zone);
  if (!endIso || endIso === startIso) return start;
  return dayKey(startIso, zone) === dayKey(endIso, zone) ? `${start}–${formatClock(endIso, zone)}` : `${start} – ${formatMoment(endIso, zone)}`;
}

/** The value for an <input type="datetime-local"> showing this moment in the zone. */
export function toLocalInput(iso: string, zone: string): string {
  const parts = Object.fromEntries(
    format(zone, { year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' })
      .formatToParts(new Date(iso))
      .map((p) => [p.type, p.value]),
  );
  return `${parts.year}-${parts.month}-${parts.day}T${parts.hour}:${parts.minute}`;
}

/** The instant a wall-clock time ("2026-12-10T18:30") means in the zone, as ISO. */
export function fromLocalInput(local: string, zone: string): string {
  const guess = new Date(`${local}:00Z`);
  // Two passes find the zone's offset at that wall time, DST edges included.
  let instant = guess.getTime();
  for (let i = 0; i < 2; i++) {
    const shown = new Date(`${toLocalInput(new Date(instant).toISOString(), zone)}:00Z`).getTime();
    instant += guess.getTime() - shown;
  }
  return new Date(instant).toISOString();
}

/** The zone the browser is in, for first-run setup. */
export function browserZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';
}

const relative = new Intl.RelativeTimeFormat('en-GB', { numeric: 'auto' });

const UNITS: [Intl.RelativeTimeFormatUnit, number][] = [
  ['day', 86_400_000],
  ['hour', 3_600_000],
  ['minute', 60_000],
];

/** "in 2 days", "3 hours ago", "now": how far a moment is from now, in words. */
export function fromNow(iso: string, now: Date = new Date()): string {
  const diff = new Date(iso).getTime() - now.getTime();
  for (const [unit, ms] of UNITS) {
    if (Math.abs(diff) >= ms) return relative.format(Math.round(diff / ms), unit);
  }
  return 'now';
}

/** "Thu 10 Dec, 18:30 (in 2 days)" in the user's zone; `never` (default "never") when there is no moment. */
export function formatWhen(iso: string | null | undefined, zone: string, never = 'never', now: Date = new Date()): string {
  if (!iso) return never;
  return `${formatMoment(iso, zone, now)} (${fromNow(iso, now)})`;
}

/*
 * Calendar dates ("2026-12-10"): all-day events carry dates, not instants,
 * and a date is the same date in every zone. Formatting noon UTC of a date in
 * UTC shows that date whatever the user's zone.
 */
const DATE_ONLY = /^\d{4}-\d{2}-\d{2}$/;

function noonOf(date: string): string {
  return `${date.slice(0, 10)}T12:00:00Z`;
}

/** The date `days` after "2026-12-10" (calendar arithmetic, no zone involved). */
export function addDays(date: string, days: number): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

/** Today's date in the user's zone, "2026-12-10". */
export function todayIn(zone: string, now: Date = new Date()): string {
  return dayKey(now.toISOString(), zone);
}

/** "Thursday 10 December" for a day key ("2026-12-10"), as agenda headings show it. */
export function dayHeading(date: string): string {
  return formatDayHeading(noonOf(date), 'UTC');
}

/** A start or end as the API gives it (ISO with offset, or a date for all-day events), in words in the user's zone. */
export function formatEventMoment(value: string, zone: string): string {
  return DATE_ONLY.test(value) ? formatDay(noonOf(value), 'UTC') : formatMoment(value, zone);
}

/** An all-day event's dates: "Thu 10 Dec" or "Thu 10 Dec – Sat 12 Dec" (the feed's end date is exclusive). */
export function formatAllDay(start: string, end: string | null): string {
  const first = start.slice(0, 10);
  const last = end && DATE_ONLY.test(end.slice(0, 10)) ? addDays(end.slice(0, 10), -1) : first;
  const from = formatDay(noonOf(first), 'UTC');
  return last > first ? `${from} – ${formatDay(noonOf(last), 'UTC')}` : from;
}

/** What the time of an event needs; all-day events carry dates, not instants. */
export interface EventTiming {
  allDay: boolean;
  start: string;
  end: string | null;
  startsAt: string;
  endsAt: string | null;
}

/** The user's day an event belongs to: all-day events keep their own date. */
export function eventDayKey(event: Pick<EventTiming, 'allDay' | 'start' | 'startsAt'>, zone: string): string {
  return event.allDay ? event.start.slice(0, 10) : dayKey(event.startsAt, zone);
}

/** "Thu 10 Dec, 18:30–20:00" in the user's zone, or "Thu 10 Dec (all day)". */
export function eventTime(event: EventTiming, zone: string): string {
  return event.allDay ? `${formatAllDay(event.start, event.end)} (all day)` : formatRange(event.startsAt, event.endsAt, zone);
}
