/**
 * UTC offsets of IANA zones from the runtime's tz database (Intl).
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

/** Offset of `zone` from UTC at `instantMs`, in minutes (east positive). */
export function offsetMinutes(instantMs: number, zone: string): number {
  return Math.round(zoneOffsetMs(instantMs, zone) / 60_000);
}

/** Like offsetMinutes, without the shared cache: for callers that cache per day themselves. */
export function uncachedOffsetMinutes(instantMs: number, zone: string): number {
  return zone === 'UTC' || zone === 'Etc/UTC' ? 0 : Math.round(intlOffsetMs(instantMs, zone) / 60_000);
}
