import { formatMoment } from '../../ui/time';

const relative = new Intl.RelativeTimeFormat('en-GB', { numeric: 'auto' });

const UNITS: [Intl.RelativeTimeFormatUnit, number][] = [
  ['day', 86_400_000],
  ['hour', 3_600_000],
  ['minute', 60_000],
];

/** "5 minutes ago", "in 2 hours", "now". */
export function fromNow(iso: string, now: Date = new Date()): string {
  const diff = new Date(iso).getTime() - now.getTime();
  for (const [unit, ms] of UNITS) {
    if (Math.abs(diff) >= ms) return relative.format(Math.round(diff / ms), unit);
  }
  return 'just now';
}

/** "Thu 10 Dec, 18:30 (5 minutes ago)", in the user's zone; "never" when there is no moment. */
export function formatWhen(iso: string | null, zone: string, never = 'never'): string {
  if (!iso) return never;
  return `${formatMoment(iso, zone)} (${fromNow(iso)})`;
}
