import { randomUUID } from 'node:crypto';
import { ItemFields } from '@app/source-reader';
import { Cancellation, EventStatus } from '@app/event-model';
import { EventChangeKind } from '../../sources/source.enums';
import { ChangeRecord, FeedDiff, REMOVED_AFTER_GOOD_FETCHES, REMOVED_REASON, StoredItem } from './diff';
import { chunks, copyRows, EVENT_FIELD_COLUMNS, ITEM_FIELD_COLUMNS, recordType, toRecords, wrapColumns } from './sql-columns';
import { SqlRunner } from './sql-runner';

export interface AppliedDiff {
  /** Items whose content is new or changed: their catalogue events need a sync. */
  touchedItemIds: string[];
  /** The touched items whose stored fields are these, as written (the catalogue sync needs not read them back). */
  written: Map<string, ItemFields>;
  /** Of the touched items, those inserted by this transaction (see WrittenItems.created). */
  created: Set<string>;
  rowsWritten: number;
}

/*
 * Reads and writes a feed's items in bulk (COPY for new rows, JSON record
 * sets for changed ones, a few thousand rows per statement): storing a large feed is a handful of statements,
 * not one per event. Each runs inside the caller's transaction.
 */

export async function loadItems(sql: SqlRunner, feedId: string): Promise<StoredItem[]> {
  const rows = await sql.rows<{
    id: string;
    uid: string;
    recurrence_key: string;
    content_hash: string;
    status: EventStatus;
    start_local: string;
    end_local: string | null;
    starts_at: Date;
    recurring: boolean;
    missing_count: number;
    removed_at: Date | null;
  }>(
    `SELECT id, uid, recurrence_key, content_hash, status, start_local, end_local, starts_at, recurring, missing_count, removed_at
         FROM feed_items WHERE feed_id = $1`,
    [feedId],
  );
  return rows.map((r) => ({
    id: r.id,
    uid: r.uid,
    recurrenceKey: r.recurrence_key,
    contentHash: r.content_hash,
    status: r.status,
    startLocal: r.start_local,
    endLocal: r.end_local,
    startsAt: r.starts_at,
    recurring: r.recurring,
    missingCount: r.missing_count,
    removedAt: r.removed_at,
  }));
}

export async function applyDiff(sql: SqlRunner, feedId: string, diff: FeedDiff, now: Date): Promise<AppliedDiff> {
  const touched: string[] = [];
  const written = new Map<string, ItemFields>();
  let rowsWritten = 0;
  const cols = ITEM_FIELD_COLUMNS.map((c) => c.column);

  const inserted = diff.inserts.map((fields) => ({ id: randomUUID(), fields }));
  const seenAt = now.toISOString();
  const insertColumns = wrapColumns(ITEM_FIELD_COLUMNS, (r: (typeof inserted)[number]) => r.fields, [
    { column: 'id', type: 'uuid', value: (r) => r.id },
    { column: 'feed_id', type: 'uuid', value: () => feedId },
    { column: 'first_seen_at', type: 'timestamptz', value: () => seenAt },
    { column: 'last_seen_at', type: 'timestamptz', value: () => seenAt },
  ]);
  rowsWritten += await copyRows(sql, 'feed_items', insertColumns, inserted);
  const created = new Set<string>();
  for (const { id, fields } of inserted) {
    touched.push(id);
    written.set(id, fields);
    created.add(id);
  }
  for (const chunk of chunks(diff.updates)) {
    const columns = wrapColumns(ITEM_FIELD_COLUMNS, (u: { id: string; fields: ItemFields }) => u.fields, [{ column: 'id', type: 'uuid', value: (u) => u.id }]);
    const updated = await sql.rows<{ id: string }>(
      `UPDATE feed_items f SET ${cols.map((c) => `${c} = r.${c}`).join(', ')},
                missing_count = 0, removed_at = NULL, last_seen_at = $2
           FROM json_to_recordset($1::json) AS ${recordType(columns)}
          WHERE f.id = r.id
          RETURNING f.id`,
      [toRecords(chunk, columns), now],
    );
    touched.push(...updated.map((r) => r.id));
    for (const u of chunk) written.set(u.id, u.fields);
    rowsWritten += updated.length;
  }

  if (diff.reappeared.length) {
    await sql.rows(`UPDATE feed_items SET missing_count = 0, last_seen_at = $2 WHERE id = ANY($1::uuid[])`, [diff.reappeared, now]);
    rowsWritten += diff.reappeared.length;
  }
  if (diff.missing.length) {
    await sql.rows(`UPDATE feed_items SET missing_count = missing_count + 1 WHERE id = ANY($1::uuid[])`, [diff.missing]);
    rowsWritten += diff.missing.length;
  }
  if (diff.removed.length) {
    await sql.rows(`UPDATE feed_items SET missing_count = missing_count + 1, removed_at = $2, status = 'CANCELLED' WHERE id = ANY($1::uuid[])`, [
      diff.removed,
      now,
    ]);
    touched.push(...diff.removed);
    rowsWritten += diff.removed.length;
  }
  rowsWritten += await recordChanges(sql, diff.changes, now);
  return { touchedItemIds: touched, written, created, rowsWritten };
}

/**
 * After a good fetch with unchanged content, items that were missing from
 * the previous good fetch have now been missing from two: cancel them as
 * removed from the source. Writes nothing when none is pending.
 */
export async function removeStillMissing(sql: SqlRunner, feedId: string, now: Date): Promise<string[]> {
  const rows = await sql.rows<{ id: string; start_local: string; end_local: string | null; status: EventStatus }>(
    `SELECT id, start_local, end_local, status FROM feed_items
        WHERE feed_id = $1 AND missing_count >= $2 - 1 AND missing_count > 0 AND removed_at IS NULL`,
    [feedId, REMOVED_AFTER_GOOD_FETCHES],
  );
  if (rows.length === 0) return [];
  const ids = rows.map((r) => r.id);
  await sql.rows(`UPDATE feed_items SET missing_count = missing_count + 1, removed_at = $2, status = 'CANCELLED' WHERE id = ANY($1::uuid[])`, [ids, now]);
  await recordChanges(
    sql,
    rows.map((r) => cancellation(r, EventChangeKind.REMOVED, REMOVED_REASON)),
    now,
  );
  return ids;
}

const ITIP_CANCEL_REASON = 'cancelled by the organizer (iTIP CANCEL)';

/**
 * iTIP CANCEL, within the feed: cancels its stored items with this UID (one
 * occurrence, or the whole series), and records the change for them and for
 * the cancelled items this read has just added (a CANCEL message read as a
 * cancelled event).
 */
export async function cancelItems(sql: SqlRunner, feedId: string, uid: string, recurrenceKey: string | null, now: Date): Promise<string[]> {
  const rows = await sql.rows<{ id: string; start_local: string; end_local: string | null; status: EventStatus; added: boolean }>(
    `SELECT id, start_local, end_local, status, first_seen_at = $4 AS added FROM feed_items
        WHERE feed_id = $1 AND uid = $2 AND ($3::text IS NULL OR recurrence_key = $3) AND (status <> 'CANCELLED' OR first_seen_at = $4)`,
    [feedId, uid, recurrenceKey, now],
  );
  if (rows.length === 0) return [];
  await sql.rows(`UPDATE feed_items SET status = 'CANCELLED' WHERE id = ANY($1::uuid[])`, [rows.map((r) => r.id)]);
  await recordChanges(
    sql,
    rows.map((r) => cancellation(r.added ? { ...r, status: null } : r, EventChangeKind.CANCELLED, ITIP_CANCEL_REASON)),
    now,
  );
  return rows.map((r) => r.id);
}

const COPIED_EVENT_COLUMNS = EVENT_FIELD_COLUMNS.map((c) => c.column).filter((c) => c !== 'status' && c !== 'sequence');

/**
 * iTIP CANCEL across sources: the feed's subscribers' stored events with
 * this UID (and recurrence id, when given) that came from other sources,
 * an invitation imported earlier, say, get a cancelled item in this feed,
 * a copy of the event at the CANCEL's SEQUENCE. The catalogue links it to
 * the event by UID, and the newest version (the cancellation) wins. Items
 * the feed already has for the same key are left to cancelItems.
 */
export async function cancelAcrossSources(sql: SqlRunner, feedId: string, cancel: Cancellation, now: Date): Promise<string[]> {
  const rows = await sql.rows<{ id: string; start_local: string; end_local: string | null; old_status: EventStatus }>(
    `WITH stored AS (
       SELECT DISTINCT ON (e.uid, coalesce(e.recurrence_id, '')) e.*, coalesce(e.recurrence_id, '') AS recurrence_key
         FROM events e
        WHERE e.owner_id IN (SELECT owner_id FROM sources WHERE feed_id = $1) AND e.uid = $3 AND ($4::text IS NULL OR e.recurrence_id = $4)
        ORDER BY e.uid, coalesce(e.recurrence_id, ''), e.created_at),
     added AS (
       INSERT INTO feed_items (feed_id, first_seen_at, last_seen_at, recurrence_key, content_hash, status, sequence, ${COPIED_EVENT_COLUMNS.join(', ')})
       SELECT $1, $2, $2, s.recurrence_key, 'itip-cancel', 'CANCELLED', $5, ${COPIED_EVENT_COLUMNS.map((c) => `s.${c}`).join(', ')} FROM stored s
       ON CONFLICT (feed_id, uid, recurrence_key) DO NOTHING
       RETURNING id, recurrence_key, start_local, end_local)
     SELECT a.id, a.start_local, a.end_local, s.status AS old_status FROM added a JOIN stored s ON s.recurrence_key = a.recurrence_key`,
    [feedId, now, cancel.uid, cancel.recurrenceId, cancel.sequence],
  );
  if (rows.length === 0) return [];
  await recordChanges(
    sql,
    rows.map((r) => cancellation({ ...r, status: r.old_status }, EventChangeKind.CANCELLED, ITIP_CANCEL_REASON)),
    now,
  );
  return rows.map((r) => r.id);
}

/** The change record of an item cancelled in place: a removed one has no new time, a cancelled one keeps its time. */
function cancellation(
  row: { id: string; start_local: string; end_local: string | null; status: EventStatus | null },
  kind: EventChangeKind.REMOVED | EventChangeKind.CANCELLED,
  reason: string,
): ChangeRecord {
  const kept = kind === EventChangeKind.CANCELLED;
  return {
    itemId: row.id,
    kind,
    oldStart: row.start_local,
    newStart: kept ? row.start_local : null,
    oldEnd: row.end_local,
    newEnd: kept ? row.end_local : null,
    oldStatus: row.status,
    newStatus: EventStatus.CANCELLED,
    reason,
  };
}

async function recordChanges(sql: SqlRunner, changes: ChangeRecord[], now: Date): Promise<number> {
  for (const chunk of chunks(changes)) {
    await sql.rows(
      `INSERT INTO feed_item_changes (item_id, kind, old_start, new_start, old_end, new_end, old_status, new_status, reason, detected_at)
         SELECT r.item_id, r.kind, r.old_start, r.new_start, r.old_end, r.new_end, r.old_status, r.new_status, r.reason, $2
           FROM json_to_recordset($1::json) AS r(item_id uuid, kind event_change_kind, old_start text, new_start text, old_end text,
                new_end text, old_status event_status, new_status event_status, reason text)`,
      [
        JSON.stringify(
          chunk.map((c) => ({
            item_id: c.itemId,
            kind: c.kind,
            old_start: c.oldStart,
            new_start: c.newStart,
            old_end: c.oldEnd,
            new_end: c.newEnd,
            old_status: c.oldStatus,
            new_status: c.newStatus,
            reason: c.reason,
          })),
        ),
        now,
      ],
    );
  }
  return changes.length;
}
