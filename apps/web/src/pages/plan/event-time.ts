import { formatDay, formatRange } from '../../ui/time';

/** What the time of an event needs; all-day events carry dates, not instants. */
export interface EventTiming {
  allDay: boolean;
  start: string;
  end: string | null;
  startsAt: string;
  endsAt: string | null;
}

function dateOnly(value: string): string {
  return `${value.slice(0, 10)}T12:00:00Z`;
}

/** "Thu 10 Dec, 18:30–20:00" in the user's zone, or "Thu 10 Dec (all day)": an all-day date is the same date everywhere. */
export function eventTime(event: EventTiming, zone: string): string {
  if (!event.allDay) return formatRange(event.startsAt, event.endsAt, zone);
  const first = formatDay(dateOnly(event.start), 'UTC');
  // The end of an all-day event is exclusive: the day before it is the last day.
  const lastDay = event.end ? new Date(new Date(dateOnly(event.end)).getTime() - 86_400_000).toISOString() : null;
  const last = lastDay ? formatDay(lastDay, 'UTC') : first;
  return last === first ? `${first} (all day)` : `${first} – ${last} (all day)`;
}
