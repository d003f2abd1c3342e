import { Column, type ColumnOptions } from 'typeorm';
import { EventStatus } from '@app/event-model';
import { EVENT_FIELDS, type EventFields, type FieldSpec } from '@app/source-reader';

/** The TypeORM column of one stored field, from its descriptor. */
function columnOptions(spec: FieldSpec<unknown>): ColumnOptions {
  const nullable = spec.nullable;
  switch (spec.sql) {
    case 'timestamptz':
      return { type: 'timestamptz', precision: 3, nullable };
    case 'text[]':
      return { type: 'text', array: true, nullable, default: () => "'{}'" };
    case 'jsonb':
      return { type: 'jsonb', nullable, ...(spec.defaultValue !== undefined && { default: () => `'${JSON.stringify(spec.defaultValue)}'` }) };
    case 'event_status':
      return { type: 'enum', enum: EventStatus, enumName: 'event_status', nullable, default: spec.defaultValue };
    default:
      return { type: spec.sql, nullable, ...(spec.defaultValue !== undefined && { default: spec.defaultValue }) };
  }
}

/**
 * The normalised event fields, shared by feed items and the per-user
 * catalogue: one column per field of EVENT_FIELDS, declared from it.
 */
function eventColumnsClass(): abstract new () => EventFields {
  abstract class EventColumns {}
  for (const [name, spec] of Object.entries(EVENT_FIELDS)) Column(columnOptions(spec))(EventColumns.prototype, name);
  return EventColumns as unknown as abstract new () => EventFields;
}

export const EventColumns = eventColumnsClass();
