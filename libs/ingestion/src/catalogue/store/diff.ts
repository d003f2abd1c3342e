import { ItemFields } from '@app/source-reader';
import { EventStatus } from '@app/event-model';
import { EventChangeKind } from '../../sources/source.enums';

/** What is stored of an item, as far as the diff needs it. */
export interface StoredItem {
  id: string;
  uid: string;
  recurrenceKey: string;
  contentHash: string;
  status: EventStatus;
  startLocal: string;
  endLocal: string | null;
  startsAt: Date;
  recurring: boolean;
  missingCount: number;
  removedAt: Date | null;
}

export interface ChangeRecord {
  itemId: string;
  kind: EventChangeKind;
  oldStart: string | null;
  newStart: string | null;
  oldEnd: string | null;
  newEnd: string | null;
  oldStatus: EventStatus | null;
  newStatus: EventStatus | null;
  reason: string | null;
}

export interface FeedDiff {
  inserts: ItemFields[];
  updates: { id: string; fields: ItemFields }[];
  /** Seen again unchanged after being missing or removed. */
  reappeared: string[];
  /** Missing once more (not yet removed): their counter goes up. */
  missing: string[];
  /** Missing from the second good fetch in a row: cancelled as removed from the source. */
  removed: string[];
  changes: ChangeRecord[];
}

export const REMOVED_AFTER_GOOD_FETCHES = 2;
export const REMOVED_REASON = 'removed from source';

const keyOf = (uid: string, recurrenceKey: string) => `${uid}\u241f${recurrenceKey}`;

/**
 * Compares a fresh parse of a feed with what is stored. Only differences
 * are written, so re-reading an unchanged feed writes nothing. A missing
 * occurrence of a recurring series counts only when it lies inside the
 * expansion window (outside it, it was simply not expanded), and nothing
 * counts as missing when a cap cut the parse short.
 */
export function diffFeed(
  stored: readonly StoredItem[],
  parsed: readonly ItemFields[],
  options: { windowFrom: Date; windowTo: Date; capped: boolean },
): FeedDiff {
  const byKey = new Map(stored.map((s) => [keyOf(s.uid, s.recurrenceKey), s]));
  const seen = new Set<string>();
  const diff: FeedDiff = { inserts: [], updates: [], reappeared: [], missing: [], removed: [], changes: [] };

  for (const fields of parsed) {
    const key = keyOf(fields.uid, fields.recurrenceKey);
    if (seen.has(key)) continue;
    seen.add(key);
    const old = byKey.get(key);
    if (!old) {
      diff.inserts.push(fields);
      continue;
    }
    if (old.contentHash !== fields.contentHash || old.removedAt) {
      diff.updates.push({ id: old.id, fields });
      diff.changes.push(...changesBetween(old, fields));
    } else if (old.missingCount > 0) {
      diff.reappeared.push(old.id);
    }
  }

  if (!options.capped) {
    for (const old of stored) {
      if (seen.has(keyOf(old.uid, old.recurrenceKey)) || old.removedAt) continue;
      const expandable = !old.recurring || (old.startsAt >= options.windowFrom && old.startsAt < options.windowTo);
      if (!expandable) continue;
      if (old.missingCount + 1 >= REMOVED_AFTER_GOOD_FETCHES) {
        diff.removed.push(old.id);
        diff.changes.push({
          itemId: old.id,
          kind: EventChangeKind.REMOVED,
          oldStart: old.startLocal,
          newStart: null,
          oldEnd: old.endLocal,
          newEnd: null,
          oldStatus: old.status,
          newStatus: EventStatus.CANCELLED,
          reason: REMOVED_REASON,
        });
      } else {
        diff.missing.push(old.id);
      }
    }
  }
  return diff;
}

function changesBetween(old: StoredItem, fresh: ItemFields): ChangeRecord[] {
  const base = { itemId: old.id, oldEnd: old.endLocal, newEnd: fresh.endLocal, oldStart: old.startLocal, newStart: fresh.startLocal };
  const changes: ChangeRecord[] = [];
  if (old.startLocal !== fresh.startLocal || old.endLocal !== fresh.endLocal) {
    changes.push({ ...base, kind: EventChangeKind.MOVED, oldStatus: null, newStatus: null, reason: null });
  }
  const wasCancelled = old.status === EventStatus.CANCELLED || old.removedAt !== null;
  if (!wasCancelled && fresh.status === EventStatus.CANCELLED) {
    changes.push({ ...base, kind: EventChangeKind.CANCELLED, oldStatus: old.status, newStatus: fresh.status, reason: 'cancelled by the source' });
  } else if (wasCancelled && fresh.status !== EventStatus.CANCELLED) {
    changes.push({
      ...base,
      kind: EventChangeKind.RESTORED,
      oldStatus: EventStatus.CANCELLED,
      newStatus: fresh.status,
      reason: old.removedAt ? 'listed again by the source' : 'no longer cancelled',
    });
  }
  return changes;
}
