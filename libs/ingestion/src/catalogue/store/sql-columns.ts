import { EVENT_FIELD_NAMES, EVENT_FIELDS, EventFields, ItemFields } from '@app/source-reader';
import { snakeCase } from '@app/text';

/** A column written in bulk from a JSON record set: its SQL type and how to read it from a row. */
export interface BulkColumn<T> {
  column: string;
  type: string;
  value: (row: T) => unknown;
}

/** A field's value as json_to_recordset reads it back: instants as ISO strings, the rest as they are. */
const toJson = (value: unknown): unknown => (value instanceof Date ? value.toISOString() : value);

/** The stored event fields as bulk columns, from their descriptor. */
export const EVENT_FIELD_COLUMNS: BulkColumn<EventFields>[] = EVENT_FIELD_NAMES.map((name) => ({
  column: snakeCase(name),
  type: EVENT_FIELDS[name].sql,
  value: (row) => toJson(row[name]),
}));

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
