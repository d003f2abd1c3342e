/** Lower-case, accents and punctuation removed, single spaces: "Zoë's  Meetup!" -> "zoe s meetup". */
export function normaliseForComparison(text: string | null | undefined): string {
  return (text ?? '')
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
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
export function tokenDice(a: readonly string[], b: readonly string[]): number {
  if (a.length === 0 && b.length === 0) return 1;
  const setA = new Set(a);
  const setB = new Set(b);
  let shared = 0;
  for (const t of setA) if (setB.has(t)) shared++;
  return (2 * shared) / (setA.size + setB.size);
}

/** True when every token of the shorter list (at least two) appears in the longer one. */
export function contains(a: readonly string[], b: readonly string[]): boolean {
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  if (short.length < 2) return false;
  const longSet = new Set(long);
  return short.every((t) => longSet.has(t));
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
