import { foldText } from '@app/text';

/** Lower-case, accents and punctuation removed, single spaces: "Zoë's  Meetup!" -> "zoe s meetup". */
export function normaliseForComparison(text: string | null | undefined): string {
  return foldText(text ?? '')
    .replace(/&/g, ' and ')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

// Words that say nothing about which event this is: "Cancelled: X" and "X" are the same listing.
const NOISE = new Set(['the', 'a', 'an', 'and', 'of', 'at', 'in', 'on', 'for', 'with', 'to', 'cancelled', 'canceled', 'postponed', 'updated']);

export function titleTokens(title: string | null | undefined): string[] {
  return normaliseForComparison(title)
    .split(' ')
    .filter((t) => t && !NOISE.has(t));
}

/** Sørensen–Dice coefficient of two token sets, 0..1. */
export function tokenDice(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  if (a.size === 0 && b.size === 0) return 1;
  let shared = 0;
  for (const t of a) if (b.has(t)) shared++;
  return (2 * shared) / (a.size + b.size);
}

/** True when every token of the smaller set (at least two) is in the larger one. */
export function contains(a: ReadonlySet<string>, b: ReadonlySet<string>): boolean {
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  if (small.size < 2) return false;
  for (const t of small) if (!large.has(t)) return false;
  return true;
}

/** Host and path of a URL without "www.", query or trailing slash, for comparing event pages. */
export function comparableUrl(url: string | null | undefined): { host: string; path: string } | null {
  if (!url) return null;
  try {
    const u = new URL(url);
    return { host: u.hostname.replace(/^www\./, '').toLowerCase(), path: u.pathname.replace(/\/+$/, '').toLowerCase() };
  } catch {
    return null;
  }
}
