import { randomUUID } from 'node:crypto';
import { dedupeCandidate, DuplicateIndex, EventField, EventFields, ItemFields, mergeItems, prepareCandidate, START_TOLERANCE_MS } from '@app/source-reader';
import { WorkBudget } from '../../refresh/work-budget';
import { eventFieldSelect } from './event-field-select';
import { BulkColumn, chunks, copyRows, EVENT_FIELD_COLUMNS, recordType, toRecords, wrapColumns } from './sql-columns';
import { Pipeline } from './pipeline';
import { SqlRunner } from './sql-runner';

/*
 * Keeps each subscriber's catalogue in step with the feed items: a new item
 * joins the user's existing event for the same real-world event (with the
 * reason recorded) or becomes an event of its own; events whose items
 * changed are merged again from all their items. Only the user's own
 * sources take part, so nothing crosses between users. Every function runs
 * inside the caller's transaction, on either thread (no framework here).
 */

interface ItemRow extends EventFields {
  id: string;
  recurrence_key: string;
}

/** The event fields of an item row, without the row's own columns. */
function fieldsOf({ id: _id, recurrence_key: _key, ...fields }: ItemRow): EventFields {
  return fields;
}

/** Items the caller has just written in this transaction. */
export interface WrittenItems {
  /** By id, the fields written: syncing these items needs no read back. */
  fields: ReadonlyMap<string, ItemFields>;
  /**
   * The items this transaction inserted. No other transaction sees them, so
   * no catalogue links them yet, nor can one meanwhile: their links need no
   * lookup and no ON CONFLICT, and go in with COPY.
   */
  created: ReadonlySet<string>;
}

const NOTHING_WRITTEN: WrittenItems = { fields: new Map(), created: new Set() };

/** Syncs every subscriber of the feed for the given items (all when null): the events created or changed, per subscriber. */
export async function syncFeedIn(
  sql: SqlRunner,
  feedId: string,
  itemIds: string[] | null,
  budget: WorkBudget,
  written: WrittenItems = NOTHING_WRITTEN,
): Promise<Map<string, string[]>> {
  const affected = new Map<string, string[]>();
  if (itemIds && itemIds.length === 0) return affected;
  const owners = await sql.rows<{ owner_id: string }>('SELECT DISTINCT owner_id FROM sources WHERE feed_id = $1', [feedId]);
  for (const { owner_id } of owners) affected.set(owner_id, await syncOwnerIn(sql, owner_id, feedId, itemIds, budget, written));
  return affected;
}

export async function syncOwnerIn(
  sql: SqlRunner,
  ownerId: string,
  feedId: string,
  itemIds: string[] | null,
  budget: WorkBudget,
  written: WrittenItems = NOTHING_WRITTEN,
): Promise<string[]> {
  const items = await syncItems(sql, feedId, itemIds, written.fields);
  if (items.length === 0) return [];
  const mayBeLinked = items.filter((i) => !written.created.has(i.id)).map((i) => i.id);
  const links =
    mayBeLinked.length === 0
      ? []
      : await sql.rows<{ item_id: string; event_id: string }>('SELECT item_id, event_id FROM event_items WHERE owner_id = $1 AND item_id = ANY($2::uuid[])', [
          ownerId,
          mayBeLinked,
        ]);
  const linked = new Map(links.map((l) => [l.item_id, l.event_id]));
  const remerge = new Set(links.map((l) => l.event_id));
  const unlinked = items.filter((i) => !linked.has(i.id));
  const created = await placeNewItems(sql, ownerId, unlinked, remerge, budget, written.created);
  await remergeEvents(sql, ownerId, [...remerge], budget);
  return [...remerge, ...created];
}

/** An item to place in a catalogue: a row read back, or an item just written. */
interface SyncItem {
  id: string;
  recurrenceKey: string;
  fields: EventFields;
}

/** The feed's items (all when `itemIds` is null) in start order, those in `written` taken from there. */
async function syncItems(sql: SqlRunner, feedId: string, itemIds: string[] | null, written: ReadonlyMap<string, ItemFields>): Promise<SyncItem[]> {
  const known = itemIds ? itemIds.filter((id) => written.has(id)) : [];
  const unknown = itemIds && known.length > 0 ? itemIds.filter((id) => !written.has(id)) : itemIds;
  const read =
    unknown?.length === 0
      ? []
      : await sql.rows<ItemRow>(
          `SELECT id, recurrence_key, ${eventFieldSelect('feed_items')} FROM feed_items
            WHERE feed_id = $1 AND ($2::uuid[] IS NULL OR id = ANY($2::uuid[])) ORDER BY starts_at, id`,
          [feedId, unknown],
        );
  const items = read.map((row) => ({ id: row.id, recurrenceKey: row.recurrence_key, fields: fieldsOf(row) }));
  if (known.length === 0) return items;
  // An ItemFields is the event's fields (and some of the item's own, which no event column reads).
  for (const id of known) {
    const fields = written.get(id) as ItemFields;
    items.push({ id, recurrenceKey: fields.recurrenceKey, fields });
  }
  // The order of the read: by start, then by id (uuids compare as their lower-case text does).
  return items.sort((a, b) => a.fields.startsAt.getTime() - b.fields.startsAt.getTime() || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

/** Removes a feed's items from a user's catalogue; events left with no item go, the others are merged again. */
export async function unlinkFeedIn(sql: SqlRunner, ownerId: string, feedId: string, budget: WorkBudget): Promise<string[]> {
  const unlinked = await sql.rows<{ event_id: string }>(
    `DELETE FROM event_items ei USING feed_items fi
      WHERE ei.owner_id = $1 AND ei.item_id = fi.id AND fi.feed_id = $2 RETURNING ei.event_id`,
    [ownerId, feedId],
  );
  const eventIds = [...new Set(unlinked.map((u) => u.event_id))];
  await sql.rows(
    `DELETE FROM events e WHERE e.owner_id = $1 AND e.id = ANY($2::uuid[])
       AND NOT EXISTS (SELECT 1 FROM event_items ei WHERE ei.event_id = e.id)`,
    [ownerId, eventIds],
  );
  const remaining = await sql.rows<{ id: string }>('SELECT id FROM events WHERE owner_id = $1 AND id = ANY($2::uuid[])', [ownerId, eventIds]);
  await remergeEvents(
    sql,
    ownerId,
    remaining.map((r) => r.id),
    budget,
  );
  return remaining.map((r) => r.id);
}

/** Rows per statement when a row is a few ids (a few hundred kB of parameters). */
const ID_CHUNK = 10_000;

const SAME_UID_REASON = 'same UID as another of your sources';

const uidKey = (uid: string, recurrenceKey: string) => `${uid}\u241f${recurrenceKey}`;

/**
 * A UID names one event in every calendar (RFC 5545 §3.8.4.7), so items
 * sharing UID and recurrence id are one event whichever sources list them:
 * the surest merge, made before the fuzzy one. Some producers write
 * counters ("1", "42") as UIDs; those prove nothing and go to the fuzzy rule.
 */
export function meaningfulUid(uid: string): boolean {
  return uid.length >= 8 && !/^\d+$/.test(uid);
}

/** The owner's events already holding an item with the UID (and recurrence id) of one of `items`, by that key. */
async function eventsBySameUid(sql: SqlRunner, ownerId: string, items: SyncItem[]): Promise<Map<string, string>> {
  const keyed = items.filter((i) => meaningfulUid(i.fields.uid));
  if (keyed.length === 0) return new Map();
  const rows = await sql.rows<{ uid: string; recurrence_key: string; event_id: string }>(
    `SELECT DISTINCT ON (fi.uid, fi.recurrence_key) fi.uid, fi.recurrence_key, ei.event_id
       FROM unnest($2::text[], $3::text[]) AS k(uid, recurrence_key)
       JOIN feed_items fi ON fi.uid = k.uid AND fi.recurrence_key = k.recurrence_key
       JOIN event_items ei ON ei.item_id = fi.id AND ei.owner_id = $1
      ORDER BY fi.uid, fi.recurrence_key, ei.linked_at`,
    [ownerId, keyed.map((i) => i.fields.uid), keyed.map((i) => i.recurrenceKey)],
  );
  return new Map(rows.map((r) => [uidKey(r.uid, r.recurrence_key), r.event_id]));
}

/** What the duplicate rule compares (dedupeCandidate). */
const DEDUPE_FIELDS = ['uid', 'startsAt', 'allDay', 'title', 'location', 'url', 'onlineUrl'] as const satisfies readonly EventField[];
type DedupeField = (typeof DEDUPE_FIELDS)[number];

async function placeNewItems(
  sql: SqlRunner,
  ownerId: string,
  items: SyncItem[],
  remerge: Set<string>,
  budget: WorkBudget,
  createdItems: ReadonlySet<string>,
): Promise<string[]> {
  if (items.length === 0) return [];
  const from = new Date(items[0].fields.startsAt.getTime() - START_TOLERANCE_MS);
  const to = new Date(items[items.length - 1].fields.startsAt.getTime() + START_TOLERANCE_MS);
  const existing = await sql.rows<Pick<EventFields, DedupeField> & { id: string }>(
    `SELECT id, ${eventFieldSelect('events', DEDUPE_FIELDS)} FROM events
        WHERE owner_id = $1 AND starts_at BETWEEN $2 AND $3`,
    [ownerId, from, to],
  );
  const index = new DuplicateIndex<string>();
  for (const e of existing) {
    index.add(dedupeCandidate(e), e.id);
    await budget.tick();
  }

  const byUid = await eventsBySameUid(sql, ownerId, items);
  const created: string[] = [];
  // Each batch of placements is written while the next is decided.
  const writes = new Pipeline();
  let newEvents: { id: string; itemId: string }[] = [];
  let newLinks: NewLink[] = [];
  const flush = () => {
    const [events, links] = [newEvents, newLinks];
    if (events.length > 0) writes.send(() => insertEvents(sql, ownerId, events));
    if (links.length > 0) writes.send(() => insertLinks(sql, ownerId, links, createdItems));
    newEvents = [];
    newLinks = [];
  };
  try {
    for (const item of items) {
      await budget.tick();
      const sameEvent = byUid.get(uidKey(item.fields.uid, item.recurrenceKey));
      if (sameEvent) {
        newLinks.push({ itemId: item.id, eventId: sameEvent, reason: SAME_UID_REASON });
        remerge.add(sameEvent);
      } else {
        const { fields } = item;
        const candidate = prepareCandidate(dedupeCandidate(fields));
        const duplicate = index.find(candidate);
        if (duplicate) {
          newLinks.push({ itemId: item.id, eventId: duplicate.value, reason: duplicate.reason });
          remerge.add(duplicate.value);
        } else {
          const id = randomUUID();
          newEvents.push({ id, itemId: item.id });
          newLinks.push({ itemId: item.id, eventId: id, reason: null });
          created.push(id);
          index.add(candidate, id);
        }
      }
      // A link's event is inserted by then: in this batch, or in one sent before it.
      if (newLinks.length === ID_CHUNK) flush();
      // Lets the connection send the statements queued behind the one under way.
      await writes.yield();
    }
    flush();
  } catch (error) {
    await writes.abandon();
    throw error;
  }
  await writes.settle();
  return created;
}

interface NewLink {
  itemId: string;
  eventId: string;
  reason: string | null;
}

const EVENT_COLUMNS = EVENT_FIELD_COLUMNS.map((c) => c.column);

/** A new event starts as a copy of its item's stored fields: copied within the database, not sent again. */
function insertEvents(sql: SqlRunner, ownerId: string, events: { id: string; itemId: string }[]): Promise<unknown> {
  return sql.rows(
    `INSERT INTO events (id, owner_id, recurrence_id, ${EVENT_COLUMNS.join(', ')})
       SELECT n.id, $1, nullif(fi.recurrence_key, ''), ${EVENT_COLUMNS.map((c) => `fi.${c}`).join(', ')}
         FROM unnest($2::uuid[], $3::uuid[]) AS n(id, item_id)
         -- One primary-key probe per new event (OFFSET 0 keeps the subquery, and so the probe): no hash of the whole feed.
         CROSS JOIN LATERAL (SELECT * FROM feed_items WHERE id = n.item_id OFFSET 0) fi`,
    [ownerId, events.map((e) => e.id), events.map((e) => e.itemId)],
  );
}

/** linked_at is now(): the input 'now' is the transaction's start, as now() is. */
const LINK_COLUMNS: BulkColumn<NewLink>[] = [
  { column: 'item_id', type: 'uuid', value: (l) => l.itemId },
  { column: 'event_id', type: 'uuid', value: (l) => l.eventId },
  { column: 'merge_reason', type: 'text', value: (l) => l.reason },
  { column: 'linked_at', type: 'timestamptz', value: () => 'now' },
];

/**
 * Links of items this transaction created go in with COPY: nothing else can
 * link them. Any other item, a sync of the same owner in another transaction
 * may have linked meanwhile: ON CONFLICT DO NOTHING.
 */
async function insertLinks(sql: SqlRunner, ownerId: string, links: NewLink[], createdItems: ReadonlySet<string>): Promise<void> {
  const fresh = links.filter((l) => createdItems.has(l.itemId));
  const others = fresh.length === links.length ? [] : links.filter((l) => !createdItems.has(l.itemId));
  if (fresh.length > 0) await copyRows(sql, 'event_items', [{ column: 'owner_id', type: 'uuid', value: () => ownerId }, ...LINK_COLUMNS], fresh);
  if (others.length > 0)
    await sql.rows(
      `INSERT INTO event_items (owner_id, item_id, event_id, merge_reason, linked_at)
         SELECT $1, r.item_id, r.event_id, r.merge_reason, now() FROM unnest($2::uuid[], $3::uuid[], $4::text[]) AS r(item_id, event_id, merge_reason)
         ON CONFLICT (owner_id, item_id) DO NOTHING`,
      [ownerId, others.map((l) => l.itemId), others.map((l) => l.eventId), others.map((l) => l.reason)],
    );
}

/** Merges each event again from all its items (primary first) and stores the result. */
async function remergeEvents(sql: SqlRunner, ownerId: string, eventIds: string[], budget: WorkBudget): Promise<void> {
  if (eventIds.length === 0) return;
  const rows = await sql.rows<ItemRow & { event_id: string; merge_reason: string | null }>(
    `SELECT ei.event_id, ei.merge_reason, fi.id, fi.recurrence_key, ${eventFieldSelect('fi')}
         FROM event_items ei JOIN feed_items fi ON fi.id = ei.item_id
        WHERE ei.owner_id = $1 AND ei.event_id = ANY($2::uuid[])
        ORDER BY ei.event_id, ei.merge_reason NULLS FIRST, ei.linked_at, fi.id`,
    [ownerId, eventIds],
  );
  const byEvent = new Map<string, { fields: EventFields[]; reasons: string[] }>();
  for (const row of rows) {
    await budget.tick();
    const entry = byEvent.get(row.event_id) ?? { fields: [], reasons: [] };
    // The first item is the event's primary listing: the reason it once joined with (when the
    // listing it joined has gone since) no longer says why anything was merged.
    if (row.merge_reason && entry.fields.length > 0) entry.reasons.push(row.merge_reason);
    entry.fields.push(fieldsOf(row));
    byEvent.set(row.event_id, entry);
  }
  const merged: { id: string; fields: EventFields; reasons: string[] }[] = [];
  for (const [id, { fields, reasons }] of byEvent) {
    merged.push({ id, fields: mergeItems(fields), reasons });
    await budget.tick();
  }
  const cols = EVENT_FIELD_COLUMNS.map((c) => c.column);
  const columns = wrapColumns(EVENT_FIELD_COLUMNS, (m: (typeof merged)[number]) => m.fields, [
    { column: 'id', type: 'uuid', value: (m) => m.id },
    { column: 'merge_reasons', type: 'text[]', value: (m) => m.reasons },
  ]);
  for (const chunk of chunks(merged)) {
    budget.check();
    await sql.rows(
      `UPDATE events e SET ${cols.map((c) => `${c} = r.${c}`).join(', ')}, merge_reasons = r.merge_reasons, updated_at = now()
           FROM json_to_recordset($2::json) AS ${recordType(columns)}
          WHERE e.id = r.id AND e.owner_id = $1`,
      [ownerId, toRecords(chunk, columns)],
    );
  }
}
