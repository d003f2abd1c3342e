import { EventFields, ItemFields } from '@app/source-reader';

/** A column written in bulk from a JSON record set: its SQL type and how to read it from a row. */
export interface BulkColumn<T> {
  column: string;
  type: string;
  value: (row: T) => unknown;
}

export const EVENT_FIELD_COLUMNS: BulkColumn<EventFields>[] = [
  { column: 'uid', type: 'text', value: (r) => r.uid },
  { column: 'title', type: 'text', value: (r) => r.title },
  { column: 'description', type: 'text', value: (r) => r.description },
  { column: 'all_day', type: 'boolean', value: (r) => r.allDay },
  { column: 'start_local', type: 'text', value: (r) => r.startLocal },
  { column: 'end_local', type: 'text', value: (r) => r.endLocal },
  { column: 'starts_at', type: 'timestamptz', value: (r) => r.startsAt.toISOString() },
  { column: 'ends_at', type: 'timestamptz', value: (r) => r.endsAt?.toISOString() ?? null },
  { column: 'time_zone', type: 'text', value: (r) => r.timeZone },
  { column: 'floating', type: 'boolean', value: (r) => r.floating },
  { column: 'location', type: 'text', value: (r) => r.location },
  { column: 'venue_name', type: 'text', value: (r) => r.venueName },
  { column: 'venue_address', type: 'text', value: (r) => r.venueAddress },
  { column: 'online_url', type: 'text', value: (r) => r.onlineUrl },
  { column: 'url', type: 'text', value: (r) => r.url },
  { column: 'organizer', type: 'jsonb', value: (r) => r.organizer },
  { column: 'people', type: 'jsonb', value: (r) => r.people },
  { column: 'categories', type: 'text[]', value: (r) => r.categories },
  { column: 'status', type: 'event_status', value: (r) => r.status },
  { column: 'sequence', type: 'int', value: (r) => r.sequence },
  { column: 'recurring', type: 'boolean', value: (r) => r.recurring },
];

export const ITEM_FIELD_COLUMNS: BulkColumn<ItemFields>[] = [
  ...(EVENT_FIELD_COLUMNS as BulkColumn<ItemFields>[]),
  { column: 'recurrence_key', type: 'text', value: (r) => r.recurrenceKey },
  { column: 'stamped_at', type: 'timestamptz', value: (r) => r.stampedAt?.toISOString() ?? null },
  { column: 'content_hash', type: 'text', value: (r) => r.contentHash },
];

/** `r(col type, ...)` for json_to_recordset. */
export function recordType<T>(columns: BulkColumn<T>[]): string {
  return `r(${columns.map((c) => `${c.column} ${c.type}`).join(', ')})`;
}

export function toRecords<T>(rows: readonly T[], columns: BulkColumn<T>[]): string {
  return JSON.stringify(rows.map((row) => Object.fromEntries(columns.map((c) => [c.column, c.value(row)]))));
}

/** The same columns read from a wrapper row (`{ id, fields }`), plus columns of the wrapper's own. */
export function wrapColumns<W, T>(columns: BulkColumn<T>[], inner: (row: W) => T, own: BulkColumn<W>[]): BulkColumn<W>[] {
  return [...columns.map((c) => ({ ...c, value: (row: W) => c.value(inner(row)) })), ...own];
}

/** Splits work into statements of bounded size (JSON parameters of a few MB at most). */
export function chunks<T>(rows: readonly T[], size = 2_000): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < rows.length; i += size) out.push(rows.slice(i, i + size));
  return out;
}
