import { formatMoment } from '../../ui/time';

const relative = new Intl.RelativeTimeFormat('en-GB', { numeric: 'auto' });

const UNITS: [Intl.RelativeTimeFormatUnit, number][] = [
  ['day', 86_400_000],
  ['hour', 3_600_000],
  ['minute', 60_000],
];

/** "in 2 days", "3 hours ago", "now": how far a moment is from now, in words. */
export function fromNow(iso: string, now: number = Date.now()): string {
  const diff = new Date(iso).getTime() - now;
  for (const [unit, ms] of UNITS) {
    if (Math.abs(diff) >= ms) return relative.format(Math.round(diff / ms), unit);
  }
  return 'now';
}

/** "Thu 10 Dec, 18:30 (in 2 days)". */
export function momentInWords(iso: string, zone: string): string {
  return `${formatMoment(iso, zone)} (${fromNow(iso)})`;
}
