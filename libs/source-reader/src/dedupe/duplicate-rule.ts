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

/** A candidate with its comparison keys worked out once, not on every comparison. */
export interface PreparedCandidate {
  candidate: DedupeCandidate;
  titleTokens: ReadonlySet<string>;
  place: string;
  placeTokens: ReadonlySet<string>;
  page: { host: string; path: string } | null;
}

/** Starts further apart than this are different events, whatever else they share. */
export const START_TOLERANCE_MS = 15 * 60 * 1000;
const TITLE_SIMILAR = 0.7;
const PLACE_SIMILAR = 0.6;

export function prepareCandidate(candidate: DedupeCandidate): PreparedCandidate {
  const place = normaliseForComparison(candidate.location);
  return {
    candidate,
    titleTokens: new Set(titleTokens(candidate.title)),
    place,
    placeTokens: new Set(place ? place.split(' ') : []),
    page: comparableUrl(candidate.url),
  };
}

function samePlace(a: PreparedCandidate, b: PreparedCandidate): boolean {
  if (!a.place || !b.place) return false;
  if (a.place === b.place || a.place.includes(b.place) || b.place.includes(a.place)) return true;
  return tokenDice(a.placeTokens, b.placeTokens) >= PLACE_SIMILAR;
}

/**
 * Why `a` and `b` are the same real-world event (cross-posted by two
 * sources, or twice in one feed under different UIDs), or null when they
 * are not. Conservative by design: a wrong merge hides an event, a missed
 * one only shows it twice. Needs a start within minutes, a similar title,
 * and the same place or page; two pages on one site with different paths
 * are different events.
 */
export function preparedDuplicateReason(pa: PreparedCandidate, pb: PreparedCandidate): string | null {
  const a = pa.candidate;
  const b = pb.candidate;
  if (a.uid === b.uid) return null; // occurrences of one series, or one event: never merged here
  if (a.allDay !== b.allDay) return null;
  const apart = Math.abs(a.startMs - b.startMs);
  if (apart > (a.allDay ? 0 : START_TOLERANCE_MS)) return null;
  const score = tokenDice(pa.titleTokens, pb.titleTokens);
  if (score < TITLE_SIMILAR && !contains(pa.titleTokens, pb.titleTokens)) return null;

  const ua = pa.page;
  const ub = pb.page;
  if (ua && ub && ua.host === ub.host && ua.path !== ub.path) return null;

  const evidence: string[] = [];
  if (ua && ub && ua.host === ub.host && ua.path === ub.path) evidence.push('same page URL');
  if (a.onlineUrl && b.onlineUrl && a.onlineUrl === b.onlineUrl) evidence.push('same online meeting link');
  if (samePlace(pa, pb)) evidence.push('same place');
  if (evidence.length === 0) return null;

  const minutes = Math.round(apart / 60_000);
  const when = a.allDay ? 'same day' : minutes === 0 ? 'same start' : `starts ${minutes} min apart`;
  return `${when}, similar title (${score.toFixed(2)}), ${evidence.join(', ')}`;
}

export function duplicateReason(a: DedupeCandidate, b: DedupeCandidate): string | null {
  return preparedDuplicateReason(prepareCandidate(a), prepareCandidate(b));
}
