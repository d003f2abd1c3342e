/**
 * One version per (UID, RECURRENCE-ID) within a file (RFC 5546 §2.1.5):
 * the highest SEQUENCE wins, then the latest DTSTAMP, then the copy that
 * comes later in the file (feeds append updates).
 */
export interface Versioned {
  sequence: number;
  stampMs: number | null;
  order: number;
}

function isNewer(a: Versioned, b: Versioned): boolean {
  if (a.sequence !== b.sequence) return a.sequence > b.sequence;
  const stampA = a.stampMs ?? Number.NEGATIVE_INFINITY;
  const stampB = b.stampMs ?? Number.NEGATIVE_INFINITY;
  if (stampA !== stampB) return stampA > stampB;
  return a.order > b.order;
}

export function newest<T extends Versioned>(versions: T[]): T {
  return versions.reduce((best, candidate) => (isNewer(candidate, best) ? candidate : best));
}

/** Groups by key, keeping the first-seen key order. */
export function groupBy<T>(items: T[], key: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const k = key(item);
    const list = groups.get(k);
    if (list) list.push(item);
    else groups.set(k, [item]);
  }
  return groups;
}
