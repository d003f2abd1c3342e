import type { LocalDateTime } from '@app/zones';

/**
 * Turns wall-clock times of one zone into instants and back. An event's
 * times go through the clock its TZID (or the calendar, or the default)
 * resolves to; `displayZone` is the IANA zone the result is printed in.
 */
export interface ZoneClock {
  /** IANA zone to print times in; null prints them in UTC ("Z"). */
  readonly displayZone: string | null;
  /** RFC 5545 §3.3.5: a time in a DST gap moves forward, a repeated time means the first. */
  toInstant(local: LocalDateTime): number;
  toLocal(instantMs: number): LocalDateTime;
  /** Minutes east of UTC in force at the instant. */
  offsetAt(instantMs: number): number;
  /** ISO 8601 with the offset in force in `displayZone` ("Z" for UTC). */
  format(instantMs: number): string;
}
