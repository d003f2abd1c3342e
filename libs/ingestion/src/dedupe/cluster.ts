import { DedupeCandidate, duplicateReason, START_TOLERANCE_MS } from './duplicate-rule';

export interface Cluster<T> {
  primary: T;
  duplicates: { item: T; reason: string }[];
}

/**
 * Groups duplicates among `items` (first seen is the primary). Items are
 * bucketed by start time so each is compared only with neighbours: linear
 * for real feeds, not quadratic.
 */
export function clusterDuplicates<T>(items: readonly T[], view: (item: T) => DedupeCandidate): Cluster<T>[] {
  const clusters: Cluster<T>[] = [];
  const buckets = new Map<number, { cluster: Cluster<T>; candidate: DedupeCandidate }[]>();
  for (const item of items) {
    const candidate = view(item);
    const bucket = Math.floor(candidate.startMs / START_TOLERANCE_MS);
    let home: Cluster<T> | null = null;
    let reason: string | null = null;
    for (const b of [bucket - 1, bucket, bucket + 1]) {
      for (const other of buckets.get(b) ?? []) {
        reason = duplicateReason(other.candidate, candidate);
        if (reason) {
          home = other.cluster;
          break;
        }
      }
      if (home) break;
    }
    if (home && reason) {
      home.duplicates.push({ item, reason });
      continue;
    }
    const cluster: Cluster<T> = { primary: item, duplicates: [] };
    clusters.push(cluster);
    const list = buckets.get(bucket) ?? [];
    list.push({ cluster, candidate });
    buckets.set(bucket, list);
  }
  return clusters;
}
