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
