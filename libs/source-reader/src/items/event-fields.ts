import type { EventPerson, EventStatus, Organizer } from '@app/event-model';

/*
 * The stored fields of an event, declared once. The `EventFields` type, the
 * entity's columns (ingestion's EventColumns), the bulk-write column lists
 * and the select lists of the feature's SQL are all derived from
 * EVENT_FIELDS, so a field is added or renamed in one place.
 */

/** The column types the stored fields use, as PostgreSQL names them in casts. */
export type FieldSqlType = 'text' | 'boolean' | 'int' | 'timestamptz' | 'jsonb' | 'text[]' | 'event_status';

export interface FieldSpec<T> {
  readonly sql: FieldSqlType;
  readonly nullable: boolean;
  /** What a row holds when the field is not written (the column's default). */
  readonly defaultValue?: T;
  /** Never set: carries the field's TypeScript type. */
  readonly type?: T;
}

const field = <T>(sql: FieldSqlType, defaultValue?: T): FieldSpec<T> => ({ sql, nullable: false, ...(defaultValue !== undefined && { defaultValue }) });
const nullable = <T>(sql: FieldSqlType): FieldSpec<T | null> => ({ sql, nullable: true });

export const EVENT_FIELDS = {
  uid: field<string>('text'),
  title: field<string>('text'),
  /** Plain text. */
  description: nullable<string>('text'),
  allDay: field<boolean>('boolean'),
  /** As shown to users: ISO with the offset in the event's zone, or "YYYY-MM-DD" for all-day. */
  startLocal: field<string>('text'),
  endLocal: nullable<string>('text'),
  /** The start as an instant (all-day: midnight UTC of the date), for ordering and windows. */
  startsAt: field<Date>('timestamptz'),
  endsAt: nullable<Date>('timestamptz'),
  timeZone: nullable<string>('text'),
  /** The source gave no zone: its default zone was applied. */
  floating: field<boolean>('boolean', false),
  location: nullable<string>('text'),
  venueName: nullable<string>('text'),
  venueAddress: nullable<string>('text'),
  onlineUrl: nullable<string>('text'),
  url: nullable<string>('text'),
  organizer: nullable<Organizer>('jsonb'),
  people: field<EventPerson[]>('jsonb', []),
  categories: field<string[]>('text[]', []),
  status: field<EventStatus>('event_status', 'CONFIRMED' as EventStatus),
  sequence: field<number>('int', 0),
  recurring: field<boolean>('boolean', false),
} satisfies Record<string, FieldSpec<unknown>>;

type ValueOf<S> = S extends FieldSpec<infer T> ? T : never;

/** The stored form of one normalised event: what feed items and catalogue events hold. */
export type EventFields = { -readonly [K in keyof typeof EVENT_FIELDS]: ValueOf<(typeof EVENT_FIELDS)[K]> };

export type EventField = keyof EventFields;

/** Every stored field, in declaration order. */
export const EVENT_FIELD_NAMES = Object.keys(EVENT_FIELDS) as EventField[];
