/**
 * The one event model every source kind (iCalendar, JSON-LD, microdata,
 * h-event, selector recipe) produces. Pure data: no I/O, no ORM.
 */

import type { EventStatus } from './enums';

/** An EventStatus as the readers write it: the enum's values as plain strings. */
export type EventStatusValue = `${EventStatus}`;

/** Who is on stage or behind the event, with the company they are from when the source says. */
/** How a person takes part in an event; declared once, as a value whose type is the union of its values. */
export const PersonRole = {
  PERFORMER: 'PERFORMER',
  SPEAKER: 'SPEAKER',
  HOST: 'HOST',
  ORGANIZER: 'ORGANIZER',
  SPONSOR: 'SPONSOR',
  ATTENDEE: 'ATTENDEE',
} as const;
export type PersonRole = (typeof PersonRole)[keyof typeof PersonRole];

export interface EventPerson {
  name: string;
  role: PersonRole;
  /** Company or organisation the person is affiliated with (schema.org worksFor/affiliation/memberOf). */
  affiliation: string | null;
  email: string | null;
  url: string | null;
}

export interface Organizer {
  name: string | null;
  email: string | null;
}

export interface Venue {
  name: string | null;
  address: string | null;
}

export interface NormalizedEvent {
  /** Source UID; for sources without one, a stable id derived from the content (see `syntheticUid`). */
  uid: string;
  /**
   * Identifies one occurrence of a recurring series: the original start,
   * as an ISO instant with "Z" ("2024-03-05T09:00:00Z") for timed series or
   * a date ("2024-03-05") for all-day series. null for single events.
   */
  recurrenceId: string | null;
  title: string;
  /** Plain text: markup stripped, entities decoded exactly once. */
  description: string | null;
  allDay: boolean;
  /**
   * Timed: ISO 8601 with the offset in force in `timeZone` at that instant
   * ("2020-09-10T09:00:00+02:00"; "Z" when the zone is UTC).
   * All-day: "YYYY-MM-DD".
   */
  start: string;
  /** Same form as start; for all-day events the exclusive end date. null when the source gives none. */
  end: string | null;
  /** IANA zone the times are shown in; null for all-day or zone-less UTC times. */
  timeZone: string | null;
  /** True when the source gave a wall-clock time with no zone and a default zone was applied. */
  floating: boolean;
  /** Text; for a structured venue "name, address". */
  location: string | null;
  venue: Venue | null;
  /** Teams, Meet, Zoom, Jitsi... only http(s). */
  onlineUrl: string | null;
  /** The event's own page. Only http(s). */
  url: string | null;
  status: EventStatusValue;
  sequence: number;
  /** DTSTAMP or the page's dateModified, ISO instant; used to break SEQUENCE ties. */
  stampedAt: string | null;
  organizer: Organizer | null;
  /** Performers, speakers, hosts and sponsors. */
  people: EventPerson[];
  categories: string[];
  /** True for every occurrence of a recurring series. */
  recurring: boolean;
}

export interface ParseWarning {
  /** 1-based line in the input, when known. */
  line?: number;
  uid?: string;
  message: string;
}

/** iTIP METHOD:CANCEL: the stored event (or one occurrence) with this UID is cancelled. */
export interface Cancellation {
  uid: string;
  recurrenceId: string | null;
  sequence: number;
}

export interface ParseResult {
  events: NormalizedEvent[];
  cancellations: Cancellation[];
  warnings: ParseWarning[];
  /**
   * True when a cap (per series or per source) cut the output short: events
   * missing from such a result may still exist in the source.
   */
  capped?: boolean;
  /**
   * True when the input is a message about some events (an iTIP CANCEL),
   * not a listing of the calendar: events it does not name are not missing.
   */
  partial?: boolean;
}

export interface ExpansionWindow {
  /** Inclusive lower bound of occurrence starts. */
  from: Date;
  /** Exclusive upper bound of occurrence starts. */
  to: Date;
}

export interface ParseOptions {
  /** IANA zone for floating times when the source says nothing. */
  defaultTimeZone: string;
  /** Occurrences of recurring series are expanded within this window only. */
  window: ExpansionWindow;
  /** Expansion caps (against expansion bombs). */
  maxOccurrencesPerSeries: number;
  maxEventsPerSource: number;
  /** Base URL for resolving relative links (HTML sources). */
  baseUrl?: string;
}

export const DEFAULT_LIMITS = {
  maxOccurrencesPerSeries: 1_000,
  maxEventsPerSource: 50_000,
} as const;

/** Error for input that cannot be read at all (not a calendar, not an event page). */
export class UnreadableSourceError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UnreadableSourceError';
  }
}
