import { DedupeCandidate, PreparedCandidate, prepareCandidate, preparedDuplicateReason, START_TOLERANCE_MS } from './duplicate-rule';

/**
 * Fuzzy comparisons one lookup may make, and index entries it may look at.
 * Real duplicates share their rarest title words, which are looked at first,
 * so the bound costs nothing on real feeds; on a feed of thousands of
 * look-alike events at one time it turns quadratic work into linear work,
 * at worst leaving a duplicate unmerged (shown twice, never hidden).
 */
export const MAX_COMPARISONS_PER_LOOKUP = 64;
export const MAX_VISITS_PER_LOOKUP = 512;

/** Stands for "no title words": such titles can only be similar to each other. */
const NO_WORDS = '\u0000';

interface Entry<T> {
  prepared: PreparedCandidate;
  value: T;
  order: number;
}

export interface DuplicateHit<T> {
  value: T;
  reason: string;
}

/**
 * Events indexed by start (buckets as wide as the start tolerance) and, in
 * each bucket, by title word: a lookup compares an event only with events
 * starting within the tolerance that share a title word, and at most
 * MAX_COMPARISONS_PER_LOOKUP of them. Of several duplicates, the one added
 * first wins, as in a scan in insertion order.
 */
export class DuplicateIndex<T> {
  private readonly buckets = new Map<number, Map<string, Entry<T>[]>>();
  private added = 0;
  /** Fuzzy comparisons made so far (for logs and for the tests of the bound). */
  comparisons = 0;

  add(candidate: DedupeCandidate | PreparedCandidate, value: T): void {
    const prepared = 'candidate' in candidate ? candidate : prepareCandidate(candidate);
    const entry: Entry<T> = { prepared, value, order: this.added++ };
    const bucketKey = bucketOf(prepared.candidate.startMs);
    let bucket = this.buckets.get(bucketKey);
    if (!bucket) this.buckets.set(bucketKey, (bucket = new Map()));
    for (const word of wordsOf(prepared)) {
      const list = bucket.get(word);
      if (list) list.push(entry);
      else bucket.set(word, [entry]);
    }
  }

  find(candidate: DedupeCandidate | PreparedCandidate): DuplicateHit<T> | null {
    const prepared = 'candidate' in candidate ? candidate : prepareCandidate(candidate);
    const home = bucketOf(prepared.candidate.startMs);
    const lists: Entry<T>[][] = [];
    for (const key of [home - 1, home, home + 1]) {
      const bucket = this.buckets.get(key);
      if (!bucket) continue;
      for (const word of wordsOf(prepared)) {
        const list = bucket.get(word);
        if (list) lists.push(list);
      }
    }
    lists.sort((a, b) => a.length - b.length);
    const seen = new Set<Entry<T>>();
    let best: { entry: Entry<T>; reason: string } | null = null;
    let visits = 0;
    let comparisons = 0;
    for (const list of lists) {
      for (const entry of list) {
        if (++visits > MAX_VISITS_PER_LOOKUP || comparisons >= MAX_COMPARISONS_PER_LOOKUP) return hit(best);
        if (seen.has(entry) || entry.prepared.candidate.uid === prepared.candidate.uid) continue;
        seen.add(entry);
        comparisons++;
        this.comparisons++;
        if (best && entry.order > best.entry.order) continue;
        const reason = preparedDuplicateReason(entry.prepared, prepared);
        if (reason) best = { entry, reason };
      }
    }
    return hit(best);
  }
}

function bucketOf(startMs: number): number {
  return Math.floor(startMs / START_TOLERANCE_MS);
}

function wordsOf(prepared: PreparedCandidate): Iterable<string> {
  return prepared.titleTokens.size > 0 ? prepared.titleTokens : [NO_WORDS];
}

function hit<T>(best: { entry: Entry<T>; reason: string } | null): DuplicateHit<T> | null {
  return best ? { value: best.entry.value, reason: best.reason } : null;
}
