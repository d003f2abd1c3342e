import { formatDay, toLocal } from '@app/zones';

const pad = (n: number) => String(n).padStart(2, '0');

/** "Fri 11 Dec, 19:00" in the user's zone: a deadline counted in hours needs its time. */
export function formatMoment(instant: Date, zone: string): string {
  const { hour, minute } = toLocal(instant, zone);
  return `${formatDay(instant, zone, true)}, ${pad(hour)}:${pad(minute)}`;
}
