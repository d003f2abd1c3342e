import { EVENT_FIELD_NAMES, EVENT_FIELDS, EventFields, ItemFields } from '@app/source-reader';
import { snakeCase } from '@app/text';
import { SqlRunner } from './sql-runner';

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

/** COPY's text format: a backslash, and the characters that end a field or a row, are escaped. */
const COPY_SPECIAL = /[\\\n\r\t]/;
const COPY_SPECIALS = /[\\\n\r\t]/g;
const COPY_ESCAPES: Record<string, string> = { '\\': '\\\\', '\n': '\\n', '\r': '\\r', '\t': '\\t' };
const copyText = (text: string): string => (COPY_SPECIAL.test(text) ? text.replace(COPY_SPECIALS, (c) => COPY_ESCAPES[c]) : text);

/** An array literal, each element quoted (so commas, braces, spaces and "NULL" stay text). */
const arrayLiteral = (values: readonly string[]): string => `{${values.map((v) => `"${v.replace(/["\\]/g, '\\$&')}"`).join(',')}}`;

/** How a column's value is written in a COPY row, by its SQL type. */
function copyEncoder(type: string): (value: unknown) => string {
  switch (type) {
    case 'text':
      return (v) => copyText(String(v));
    case 'jsonb':
      return (v) => copyText(JSON.stringify(v));
    case 'text[]':
      return (v) => copyText(arrayLiteral(v as string[]));
    case 'boolean':
      return (v) => (v ? 't' : 'f');
    default:
      // uuid, int, timestamptz (as ISO text), enums: nothing to escape.
      return String;
  }
}

/** One row of COPY text: its cells, tab-separated, `\N` for NULL. */
function copyLine<T>(columns: BulkColumn<T>[]): (row: T) => string {
  const cells = columns.map((c) => {
    const encode = copyEncoder(c.type);
    return (row: T) => {
      const value = c.value(row);
      return value === null || value === undefined ? '\\N' : encode(value);
    };
  });
  return (row) => {
    let line = cells[0](row);
    for (let i = 1; i < cells.length; i++) line += `\t${cells[i](row)}`;
    return `${line}\n`;
  };
}

/**
 * Loads rows with `COPY table (columns) FROM STDIN`, a bounded number per
 * statement: the bulk path for new rows (no ON CONFLICT, no RETURNING, so
 * ids are made by the caller). Returns the rows loaded.
 */
export async function copyRows<T>(sql: SqlRunner, table: string, columns: BulkColumn<T>[], rows: readonly T[]): Promise<number> {
  const statement = `COPY ${table} (${columns.map((c) => c.column).join(', ')}) FROM STDIN`;
  const line = copyLine(columns);
  let loaded = 0;
  let loading: Promise<number> | null = null;
  for (const chunk of chunks(rows)) {
    let payload = '';
    for (const row of chunk) payload += line(row);
    // The server loads one payload while the next is prepared.
    if (loading) loaded += await loading;
    loading = sql.copyFrom(statement, payload);
  }
  return loaded + ((await loading) ?? 0);
}

/** Splits work into statements of bounded size (JSON parameters or COPY payloads of a few MB at most). */
export function chunks<T>(rows: readonly T[], size = 2_000): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < rows.length; i += size) out.push(rows.slice(i, i + size));
  return out;
}
