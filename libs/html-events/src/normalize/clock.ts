import { formatInstant, formatOffset, localToInstant, offsetMinutes } from '@app/zones';
import { type WrittenDateTime, toLocal, wallMs } from './datetime';
import type { EventDraft } from './draft';

/**
 * How an event's times are shown: in an IANA zone, or at a fixed offset
 * when the page gave one that is not the zone's.
 */
export interface Clock {
  /** IANA zone; null for UTC and for a fixed offset. */
  zone: string | null;
  /** Minutes east of UTC when the clock is an offset the page wrote that is not the zone's. */
  fixedOffset: number | null;
  floating: boolean;
  /** Why the written offset was not believed, when it was not. */
  correction: string | null;
}

/** What the whole page says about its offsets; a single event's offset can only be judged against it. */
export interface OffsetEvidence {
  /** The one offset every explicit time on the page carries, when there is exactly one. */
  soleOffset: number | null;
  /** Some time on the page carries a non-zero offset that is the zone's own at that time. */
  zoneConfirmed: boolean;
}

export function gatherEvidence(drafts: EventDraft[], defaultZone: string): OffsetEvidence {
  const offsets = new Set<number>();
  let zoneConfirmed = false;
  for (const draft of drafts) {
    for (const value of [draft.start, draft.end]) {
      if (!value?.time || value.offsetMinutes === null) continue;
      offsets.add(value.offsetMinutes);
      const instant = wallMs(value) - value.offsetMinutes * 60_000;
      if (value.offsetMinutes !== 0 && offsetMinutes(instant, draft.zone ?? defaultZone) === value.offsetMinutes) zoneConfirmed = true;
    }
  }
  return { soleOffset: offsets.size === 1 ? [...offsets][0] : null, zoneConfirmed };
}

/**
 * The instant a timed value denotes, and the clock to show it on.
 *
 * No offset: the wall clock is read in `zone` (floating). An offset that is
 * the zone's own at that instant: shown in the zone. Any other offset gives
 * the instant but says nothing of the zone, so it is shown at that fixed
 * offset ("Z" for UTC) with no zone - except in two cases where the page proves the
 * offset wrong and the wall clock right, which WordPress calendar plugins
 * produce (see the corpus cases wrong-dst-offset and wrong-utc-offset):
 *
 *  - every time on the page carries one offset, the zone's offset at
 *    another season: the plugin stamped today's offset on every date, so
 *    "2025-11-12T11:00-04:00" is 11:00 in Detroit, which is -05:00 then;
 *  - "+00:00" on a page whose other times carry the zone's real offset:
 *    the plugin wrote local time with a UTC label.
 */
export function resolveTime(value: WrittenDateTime, zone: string, evidence: OffsetEvidence): { instant: Date; clock: Clock } {
  const local = toLocal(value);
  const offset = value.offsetMinutes;
  if (offset === null) return { instant: localToInstant(local, zone), clock: clockOf(zone, true) };
  const instant = new Date(wallMs(value) - offset * 60_000);
  const inZone = offsetMinutes(instant.getTime(), zone);
  if (inZone === offset) return { instant, clock: clockOf(zone, false) };
  const correction = misdated(value, zone, evidence);
  if (correction) return { instant: localToInstant(local, zone), clock: { ...clockOf(zone, false), correction } };
  return { instant, clock: fixedClock(offset) };
}

function misdated(value: WrittenDateTime, zone: string, evidence: OffsetEvidence): string | null {
  const offset = value.offsetMinutes as number;
  if (evidence.soleOffset === offset && zoneOffsetsIn(value.year, zone).includes(offset)) {
    const written = formatOffset(offset);
    return `every time on the page carries the offset ${written}, which ${zone} uses only in another season: such times were read as ${zone} wall-clock time`;
  }
  if (offset === 0 && evidence.zoneConfirmed) {
    return `times labelled UTC on a page whose other times carry ${zone} offsets were read as ${zone} wall-clock time`;
  }
  return null;
}

function zoneOffsetsIn(year: number, zone: string): number[] {
  return [offsetMinutes(Date.UTC(year, 0, 1), zone), offsetMinutes(Date.UTC(year, 6, 1), zone)];
}

function clockOf(zone: string, floating: boolean): Clock {
  return { zone, fixedOffset: null, floating, correction: null };
}

/**
 * A written offset, kept as written, with no zone: an offset names no place
 * and no DST rules. (IANA's Etc/GMT-2 is UTC+02:00, its sign inverted, and
 * read by users as two hours behind.)
 */
function fixedClock(offset: number): Clock {
  return { zone: null, fixedOffset: offset === 0 ? null : offset, floating: false, correction: null };
}

/** The instant as ISO 8601 with the clock's offset. */
export function formatOnClock(instant: Date, clock: Clock): string {
  if (clock.fixedOffset === null) return formatInstant(instant, clock.zone);
  const shifted = new Date(instant.getTime() + clock.fixedOffset * 60_000);
  return formatInstant(shifted, null).replace(/Z$/, formatOffset(clock.fixedOffset));
}

/** A floating wall-clock value (an end without offset) read on an event's clock. */
export function instantOnClock(value: WrittenDateTime, clock: Clock): Date {
  if (clock.zone) return localToInstant(toLocal(value), clock.zone);
  return new Date(wallMs(value) - (clock.fixedOffset ?? 0) * 60_000);
}
