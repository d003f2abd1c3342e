import { DuplicateIndex } from './duplicate-index';
import { DedupeCandidate } from './duplicate-rule';

export interface Cluster<T> {
  primary: T;
  duplicates: { item: T; reason: string }[];
}

/**
 * Groups duplicates among `items` (first seen is the primary), with the
 * catalogue's bounded index: each item costs a bounded number of
 * comparisons, whatever the feed holds.
 */
export function clusterDuplicates<T>(items: readonly T[], view: (item: T) => DedupeCandidate): Cluster<T>[] {
  const clusters: Cluster<T>[] = [];
  const index = new DuplicateIndex<Cluster<T>>();
  for (const item of items) {
    const candidate = view(item);
    const duplicate = index.find(candidate);
    if (duplicate) {
      duplicate.value.duplicates.push({ item, reason: duplicate.reason });
      continue;
    }
    const cluster: Cluster<T> = { primary: item, duplicates: [] };
    clusters.push(cluster);
    index.add(candidate, cluster);
  }
  return clusters;
}
