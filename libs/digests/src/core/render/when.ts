import { formatDay, formatTime, isKnownZone, toLocal } from '@app/zones';
import type { DigestEvent } from '../types';
import { oneLine } from './clean-text';

/*
 * Times in words, in the recipient's zone: "Thu 10 Dec, 18:30", with the
 * year only when it is not the year the digest was made in (in that zone).
 * All-day events are dates, not instants: the catalogue stores them as
 * midnight UTC of the date, so their date is read in UTC, never shifted.
 */

const isValid = (instant: Date | null): instant is Date => instant instanceof Date && !Number.isNaN(instant.getTime());

/** "Thu 10 Dec", or "Sat 2 Jan 2027" in another year than `reference`'s. */
function dayLabel(instant: Date, zone: string, reference: Date): string {
  const year = toLocal(instant, zone).year;
  return year === toLocal(reference, zone).year ? formatDay(instant, zone, true) : `${formatDay(instant, zone, true)} ${year}`;
}

/** "Thu 10 Dec, 18:30" in `zone`; "an unknown time" for null or an invalid date. */
export function whenLabel(instant: Date | null, zone: string, reference: Date): string {
  return isValid(instant) ? `${dayLabel(instant, zone, reference)}, ${formatTime(instant, zone)}` : 'an unknown time';
}

/**
 * When an event is, for the recipient: "Thu 10 Dec (all day)", or the time
 * in their zone, followed by the time in the event's own zone when that
 * clock shows something else: "Thu 10 Dec, 18:30 (12:30 America/New_York)",
 * with the day too when it is another day there. A zone this runtime does
 * not know is left out rather than guessed.
 */
export function eventWhenLabel(event: Pick<DigestEvent, 'startsAt' | 'allDay' | 'timeZone'>, zone: string, reference: Date): string {
  const { startsAt, allDay, timeZone } = event;
  if (!isValid(startsAt)) return 'an unknown time';
  if (allDay) return `${dayLabel(startsAt, 'UTC', reference)} (all day)`;
  const mine = whenLabel(startsAt, zone, reference);
  if (!timeZone || !isKnownZone(timeZone)) return mine;
  const theirs = whenLabel(startsAt, timeZone, reference);
  if (theirs === mine) return mine;
  const sameDay = dayLabel(startsAt, timeZone, reference) === dayLabel(startsAt, zone, reference);
  return `${mine} (${sameDay ? formatTime(startsAt, timeZone) : theirs} ${oneLine(timeZone, 64)})`;
}
