import { zoneOffsetMs } from './zone-offset';

const HALF_DAY_MS = 12 * 3600 * 1000;

/**
 * The instant a wall-clock time (given as if it were UTC, in ms) denotes on
 * a clock whose offset at an instant is `offsetMsAt`, by RFC 5545 §3.3.5: a
 * time that occurs twice (end of summer time) means the first occurrence; a
 * time that does not occur (start of summer time) is read with the offset
 * in force before the gap (02:30 becomes 03:30 summer time).
 */
export function wallClockToInstantWith(wallMs: number, offsetMsAt: (instantMs: number) => number): number {
  const before = offsetMsAt(wallMs - HALF_DAY_MS);
  const after = offsetMsAt(wallMs + HALF_DAY_MS);
  let first: number | null = null;
  for (const offset of before === after ? [before] : [before, after]) {
    const instant = wallMs - offset;
    if (wallMs - offsetMsAt(instant) === instant && (first === null || instant < first)) first = instant;
  }
  return first ?? wallMs - before;
}

/** The instant a wall-clock time (as if it were UTC, in ms) denotes in the IANA `zone`, by RFC 5545 §3.3.5. */
export function wallClockToInstantMs(wallMs: number, zone: string): number {
  return wallClockToInstantWith(wallMs, (instantMs) => zoneOffsetMs(instantMs, zone));
}
