/**
 * Wall-clock <-> instant conversions in IANA zones using the runtime's tz
 * database (Intl). Used when a source names an IANA zone without a
 * VTIMEZONE, for floating times given a default zone, and to print instants
 * with the offset in force.
 */

import { intlOffsetMs, wallClockToInstantMs, zoneOffsetMs } from '@app/zones';

export interface LocalDateTime {
  year: number;
  month: number; // 1-12
  day: number;
  hour: number;
  minute: number;
  second: number;
}

const zoneValidity = new Map<string, boolean>();

/** True when the runtime knows this IANA zone (cached). */
export function isKnownZone(zone: string): boolean {
  let known = zoneValidity.get(zone);
  if (known === undefined) {
    try {
      zoneOffsetMs(0, zone);
      known = true;
    } catch {
      known = false;
    }
    zoneValidity.set(zone, known);
  }
  return known;
}

/** Offset of `zone` from UTC at `instantMs`, in minutes (east positive). */
export function offsetMinutes(instantMs: number, zone: string): number {
  return Math.round(zoneOffsetMs(instantMs, zone) / 60_000);
}

/** Like offsetMinutes, without the shared cache: for callers that cache per day themselves. */
export function uncachedOffsetMinutes(instantMs: number, zone: string): number {
  return zone === 'UTC' || zone === 'Etc/UTC' ? 0 : Math.round(intlOffsetMs(instantMs, zone) / 60_000);
}

/** The instant a wall-clock time in `zone` denotes, by RFC 5545 §3.3.5 (see wallClockToInstantMs). */
export function localToInstant(local: LocalDateTime, zone: string): Date {
  return new Date(wallClockToInstantMs(Date.UTC(local.year, local.month - 1, local.day, local.hour, local.minute, local.second), zone));
}

const pad = (n: number, width = 2) => String(Math.abs(n)).padStart(width, '0');

export function formatOffset(minutes: number): string {
  if (minutes === 0) return 'Z';
  const sign = minutes < 0 ? '-' : '+';
  return `${sign}${pad(Math.floor(Math.abs(minutes) / 60))}:${pad(Math.abs(minutes) % 60)}`;
}

/** "2020-09-10T09:00:00+02:00" for the instant as seen in `zone` ("Z" suffix when zone is null or UTC). */
export function formatInstant(instant: Date, zone: string | null): string {
  const offset = zone ? offsetMinutes(instant.getTime(), zone) : 0;
  const shifted = new Date(instant.getTime() + offset * 60_000);
  const date = `${shifted.getUTCFullYear()}-${pad(shifted.getUTCMonth() + 1)}-${pad(shifted.getUTCDate())}`;
  const time = `${pad(shifted.getUTCHours())}:${pad(shifted.getUTCMinutes())}:${pad(shifted.getUTCSeconds())}`;
  return `${date}T${time}${formatOffset(offset)}`;
}

/** Adds whole days to a "YYYY-MM-DD" date. */
export function addDays(date: string, days: number): string {
  const [y, m, d] = date.split('-').map(Number);
  return new Date(Date.UTC(y, m - 1, d + days)).toISOString().slice(0, 10);
}

/** The calendar date of `instant` in `zone`, "YYYY-MM-DD". */
export function dateInZone(instant: Date, zone: string): string {
  return formatInstant(instant, zone).slice(0, 10);
}
