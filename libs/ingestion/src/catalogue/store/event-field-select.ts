import { EVENT_FIELD_NAMES, type EventField } from '@app/source-reader';
import { snakeCase } from '@app/text';

/**
 * A select list of stored event fields, `alias.column AS "field"`, so each
 * row comes back as EventFields (or the part of it asked for) with no
 * mapping: pg parses timestamptz, jsonb and text[] into the fields' types.
 */
export function eventFieldSelect(alias: string, fields: readonly EventField[] = EVENT_FIELD_NAMES): string {
  return fields.map((field) => `${alias}.${snakeCase(field)} AS "${field}"`).join(', ');
}
