/**
 * Calendar arithmetic in the user's IANA zone with the runtime's tz database
 * (Intl). "In 30 days" and "5 business days later" mean the same wall-clock
 * time on a later local date, so a rule never drifts by an hour across a DST
 * change and a late-evening touch is counted on the user's own date.
 */

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
const formatters = new Map<string, Intl.DateTimeFormat>();

function partsFormatter(zone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(zone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-US', {
      timeZone: zone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
    formatters.set(zone, formatter);
  }
  return formatter;
}

// Intl is slow, and plans ask for thousands of local times: offsets are
// cached per quarter hour. A bucket whose two ends disagree holds a
// transition (some zones switch at 00:01), and is never cached.
const BUCKET_MS = 15 * 60_000;
const MAX_CACHED_OFFSETS = 50_000;
const offsetCache = new Map<string, number | null>();

function intlOffsetMs(instantMs: number, zone: string): number {
  const fields: Record<string, number> = {};
  for (const { type, value } of partsFormatter(zone).formatToParts(new Date(instantMs))) {
    if (type !== 'literal') fields[type] = Number(value);
  }
  const wholeSeconds = Math.floor(instantMs / 1000) * 1000;
  return Date.UTC(fields.year, fields.month - 1, fields.day, fields.hour, fields.minute, fields.second) - wholeSeconds;
}

function zoneOffsetMs(instantMs: number, zone: string): number {
  const bucket = Math.floor(instantMs / BUCKET_MS) * BUCKET_MS;
  const key = `${zone}|${bucket}`;
  let offset = offsetCache.get(key);
  if (offset === undefined) {
    const start = intlOffsetMs(bucket, zone);
    offset = start === intlOffsetMs(bucket + BUCKET_MS - 1000, zone) ? start : null;
    if (offsetCache.size >= MAX_CACHED_OFFSETS) offsetCache.clear();
    offsetCache.set(key, offset);
  }
  return offset ?? intlOffsetMs(instantMs, zone);
}

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

function offsetMs(instantMs: number, zone: string): number {
  return zoneOffsetMs(instantMs, zone);
}

/**
 * The instant a wall-clock time denotes in `zone`. A repeated time (end of
 * summer time) resolves to its first occurrence; a skipped one (start of
 * summer time) is read with the offset before the gap, as RFC 5545 does.
 */
export function fromLocal(local: LocalDateTime, zone: string): Date {
  const wall = wallMs(local);
  const before = offsetMs(wall - DAY_MS / 2, zone);
  const after = offsetMs(wall + DAY_MS / 2, zone);
  const valid = [...new Set([before, after])]
    .map((offset) => wall - offset)
    .filter((instant) => wall - offsetMs(instant, zone) === instant)
    .sort((a, b) => a - b);
  return new Date(valid.length > 0 ? valid[0] : wall - before);
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
