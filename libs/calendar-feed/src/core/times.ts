import ICAL from 'ical.js';
import { CalendarFeedError, CalendarFeedErrorCode } from './calendar-feed.error';
import type { FeedEvent } from './feed.types';

/*
 * Timed events are written as UTC instants ("…Z"), not TZID + VTIMEZONE:
 * an instant is read the same way by every subscriber, and each app shows it
 * in its viewer's zone. A TZID is only as good as the VTIMEZONE beside it,
 * which would have to be generated with every past and future rule of the
 * zone; Outlook and Google also map TZIDs through their own tables. Nothing
 * in this feed recurs, so the one thing a zone adds (RRULE on wall-clock time
 * across DST) is not needed.
 */

const ISO_DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?(Z|([+-])(\d{2}):?(\d{2}))$/;
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Length of a timed event whose source gives no (usable) end: most apps draw a zero-length event as a sliver. */
export const DEFAULT_EVENT_MINUTES = 60;
const MINUTE_MS = 60_000;

export interface Span {
  start: ICAL.Time;
  end: ICAL.Time;
  /** Start as epoch milliseconds (midnight UTC for a date), for ordering. */
  sortKey: number;
}

export function utcTime(date: Date): ICAL.Time {
  return ICAL.Time.fromJSDate(date, true);
}

export function isValidDate(date: Date): boolean {
  return date instanceof Date && !Number.isNaN(date.getTime());
}

/** Date.UTC silently rolls 2025-02-30 over to March: the fields must come back unchanged. */
function utcMs(year: number, month: number, day: number, hour = 0, minute = 0, second = 0): number | null {
  const ms = Date.UTC(year, month - 1, day, hour, minute, second);
  const back = new Date(ms);
  const same =
    back.getUTCFullYear() === year &&
    back.getUTCMonth() === month - 1 &&
    back.getUTCDate() === day &&
    back.getUTCHours() === hour &&
    back.getUTCMinutes() === minute &&
    back.getUTCSeconds() === second;
  return same ? ms : null;
}

/** Epoch milliseconds of an ISO 8601 date-time with an offset, or null. A time without an offset is refused: it would be read in the server's zone. */
export function parseInstant(value: string): number | null {
  const m = ISO_DATE_TIME.exec(value);
  if (!m) return null;
  const local = utcMs(Number(m[1]), Number(m[2]), Number(m[3]), Number(m[4]), Number(m[5]), Number(m[6] ?? 0));
  if (local === null) return null;
  if (m[7] === 'Z') return local;
  const offsetMinutes = Number(m[9]) * 60 + Number(m[10]);
  if (Number(m[10]) > 59 || offsetMinutes > 18 * 60) return null;
  return local - (m[8] === '-' ? -1 : 1) * offsetMinutes * MINUTE_MS;
}

/** An ICAL date (VALUE=DATE) from "YYYY-MM-DD", or null. */
export function parseDate(value: string): ICAL.Time | null {
  const m = ISO_DATE.exec(value);
  if (!m || utcMs(Number(m[1]), Number(m[2]), Number(m[3])) === null) return null;
  return ICAL.Time.fromDateString(value);
}

function invalid(event: FeedEvent, message: string): CalendarFeedError {
  return new CalendarFeedError(CalendarFeedErrorCode.InvalidEvent, `Event ${event.id}: ${message}`, event.id);
}

/** DTSTART and DTEND of an event. A missing or non-positive end gets a default length rather than an invalid DTEND. */
export function eventSpan(event: FeedEvent): Span {
  return event.allDay ? allDaySpan(event) : timedSpan(event);
}

function allDaySpan(event: FeedEvent): Span {
  const start = parseDate(event.start);
  if (!start) throw invalid(event, `all-day start ${JSON.stringify(event.start)} is not a YYYY-MM-DD date.`);
  let end = event.end === null ? null : parseDate(event.end);
  if (event.end !== null && !end) throw invalid(event, `all-day end ${JSON.stringify(event.end)} is not a YYYY-MM-DD date.`);
  if (!end || end.compare(start) <= 0) {
    // DTEND of an all-day event is exclusive (RFC 5545 §3.6.1): one day long.
    end = start.clone();
    end.adjust(1, 0, 0, 0);
  }
  return { start, end, sortKey: Date.parse(`${event.start}T00:00:00Z`) };
}

function timedSpan(event: FeedEvent): Span {
  const startMs = parseInstant(event.start);
  if (startMs === null) throw invalid(event, `start ${JSON.stringify(event.start)} is not an ISO 8601 date-time with an offset.`);
  let endMs = event.end === null ? null : parseInstant(event.end);
  if (event.end !== null && endMs === null) throw invalid(event, `end ${JSON.stringify(event.end)} is not an ISO 8601 date-time with an offset.`);
  if (endMs === null || endMs <= startMs) endMs = startMs + DEFAULT_EVENT_MINUTES * MINUTE_MS;
  return { start: utcTime(new Date(startMs)), end: utcTime(new Date(endMs)), sortKey: startMs };
}
