/**
 * UTC offsets of IANA zones from the runtime's tz database (Intl), and the
 * RFC 5545 reading of a wall-clock time in a zone. Shared by ingestion
 * (times in feeds) and the planner (the user's local dates). A lib of its
 * own, without dependencies, so the parsing cores stay light to load.
 */

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

/** The offset straight from Intl, uncached: for callers that keep their own cache (the iCalendar zone clocks). */
export function intlOffsetMs(instantMs: number, zone: string): number {
  const fields: Record<string, number> = {};
  for (const { type, value } of partsFormatter(zone).formatToParts(new Date(instantMs))) {
    if (type !== 'literal') fields[type] = Number(value);
  }
  const wholeSeconds = Math.floor(instantMs / 1000) * 1000;
  return Date.UTC(fields.year, fields.month - 1, fields.day, fields.hour, fields.minute, fields.second) - wholeSeconds;
}

// Intl is slow and plans and feeds ask for many thousands of offsets: they
// are cached per quarter hour. A bucket whose two ends disagree holds a
// transition (some zones switch at 00:01) and is never cached.
const BUCKET_MS = 15 * 60_000;
const MAX_CACHED_OFFSETS = 50_000;
const offsetCache = new Map<string, number | null>();

/** Offset of `zone` from UTC at `instantMs`, in milliseconds (east positive). Throws RangeError for an unknown zone. */
export function zoneOffsetMs(instantMs: number, zone: string): number {
  if (zone === 'UTC' || zone === 'Etc/UTC') return 0;
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

/**
 * The instant a wall-clock time (given as if it were UTC, in ms) denotes in
 * `zone`, by RFC 5545 §3.3.5: a time that occurs twice (end of summer time)
 * means the first occurrence; a time that does not occur (start of summer
 * time) is read with the offset in force before the gap (02:30 becomes
 * 03:30 summer time).
 */
export function wallClockToInstantMs(wallMs: number, zone: string): number {
  const HALF_DAY = 12 * 3600 * 1000;
  const before = zoneOffsetMs(wallMs - HALF_DAY, zone);
  const after = zoneOffsetMs(wallMs + HALF_DAY, zone);
  const valid = [...new Set([before, after])]
    .map((offset) => wallMs - offset)
    .filter((instant) => wallMs - zoneOffsetMs(instant, zone) === instant)
    .sort((a, b) => a - b);
  return valid.length > 0 ? valid[0] : wallMs - before;
}
