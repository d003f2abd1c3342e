import { comparableUrl, contains, normaliseForComparison, titleTokens, tokenDice } from './similarity';

/** What the duplicate rule needs to know about an event; both the catalogue and the CLI provide it. */
export interface DedupeCandidate {
  uid: string;
  recurrenceId: string | null;
  /** Instant of the start (all-day: midnight UTC of the date). */
  startMs: number;
  allDay: boolean;
  title: string;
  location: string | null;
  url: string | null;
  onlineUrl: string | null;
}

/** Starts further apart than this are different events, whatever else they share. */
export const START_TOLERANCE_MS = 15 * 60 * 1000;
const TITLE_SIMILAR = 0.7;
const PLACE_SIMILAR = 0.6;

function similarTitles(a: string, b: string): { similar: boolean; score: number } {
  const ta = titleTokens(a);
  const tb = titleTokens(b);
  const score = tokenDice(ta, tb);
  return { similar: score >= TITLE_SIMILAR || contains(ta, tb), score };
}

function samePlace(a: string | null, b: string | null): boolean {
  const na = normaliseForComparison(a);
  const nb = normaliseForComparison(b);
  if (!na || !nb) return false;
  if (na === nb || na.includes(nb) || nb.includes(na)) return true;
  return tokenDice(na.split(' '), nb.split(' ')) >= PLACE_SIMILAR;
}

/**
 * Why `a` and `b` are the same real-world event (cross-posted by two
 * sources, or twice in one feed under different UIDs), or null when they
 * are not. Conservative by design: a wrong merge hides an event, a missed
 * one only shows it twice. Needs a start within minutes, a similar title,
 * and the same place or page; two pages on one site with different paths
 * are different events.
 */
export function duplicateReason(a: DedupeCandidate, b: DedupeCandidate): string | null {
  if (a.uid === b.uid) return null; // occurrences of one series, or one event: never merged here
  if (a.allDay !== b.allDay) return null;
  const apart = Math.abs(a.startMs - b.startMs);
  if (apart > (a.allDay ? 0 : START_TOLERANCE_MS)) return null;
  const title = similarTitles(a.title, b.title);
  if (!title.similar) return null;

  const ua = comparableUrl(a.url);
  const ub = comparableUrl(b.url);
  if (ua && ub && ua.host === ub.host && ua.path !== ub.path) return null;

  const evidence: string[] = [];
  if (ua && ub && ua.host === ub.host && ua.path === ub.path) evidence.push('same page URL');
  if (a.onlineUrl && b.onlineUrl && a.onlineUrl === b.onlineUrl) evidence.push('same online meeting link');
  if (samePlace(a.location, b.location)) evidence.push('same place');
  if (evidence.length === 0) return null;

  const minutes = Math.round(apart / 60_000);
  const when = a.allDay ? 'same day' : minutes === 0 ? 'same start' : `starts ${minutes} min apart`;
  return `${when}, similar title (${title.score.toFixed(2)}), ${evidence.join(', ')}`;
}
