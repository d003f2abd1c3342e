/**
 * Plain inputs and outputs of the digest core: what one digest says, its
 * schedule, and the rendered email. The service gathers the content from the
 * planner, the follow-ups, the catalogue and the sources; nothing here knows
 * about the database, GraphQL or SMTP. Enums are values whose type is the
 * union of their values; digests.enums.ts registers them with GraphQL.
 */

export const DigestFrequency = { DAILY: 'DAILY', WEEKLY: 'WEEKLY', OFF: 'OFF' } as const;
export type DigestFrequency = (typeof DigestFrequency)[keyof typeof DigestFrequency];

export const Weekday = {
  MONDAY: 'MONDAY',
  TUESDAY: 'TUESDAY',
  WEDNESDAY: 'WEDNESDAY',
  THURSDAY: 'THURSDAY',
  FRIDAY: 'FRIDAY',
  SATURDAY: 'SATURDAY',
  SUNDAY: 'SUNDAY',
} as const;
export type Weekday = (typeof Weekday)[keyof typeof Weekday];

export const DigestSection = {
  /** Relevant events of the next 14 days, ranked as in the plan. */
  EVENTS: 'EVENTS',
  /** Moves and cancellations since the last digest. */
  CHANGES: 'CHANGES',
  /** Open and overdue follow-up items and due next touches. */
  FOLLOW_UPS: 'FOLLOW_UPS',
  /** Sources in ERROR. */
  SOURCES: 'SOURCES',
} as const;
export type DigestSection = (typeof DigestSection)[keyof typeof DigestSection];

export interface DigestSchedule {
  frequency: DigestFrequency;
  /** For WEEKLY. */
  weekday: Weekday;
  /** "HH:MM", 24 h, in the user's zone. */
  localTime: string;
}

/** One sending period: a local day (DAILY) or a local Monday-to-Sunday week (WEEKLY). */
export interface DigestPeriod {
  /** Unique per user and period whatever the zone or send time: "DAILY:2026-12-07", "WEEKLY:2026-12-07" (the week's Monday). */
  key: string;
  frequency: Exclude<DigestFrequency, 'OFF'>;
  /** The period's first instant (local midnight). */
  start: Date;
  /** When this period's digest is due: its day (or weekday) at localTime, in the zone. */
  sendAt: Date;
}

export interface DigestPerson {
  contactId: string;
  name: string;
  /** "Priya is speaking (hiring manager at Stripe)". */
  why: string;
  /** The one best talking point, if any. */
  talkingPoint: string | null;
}

export interface DigestEvent {
  id: string;
  title: string;
  startsAt: Date;
  allDay: boolean;
  /** The event's own IANA zone when it has one (shown when it differs from the user's). */
  timeZone: string | null;
  location: string | null;
  url: string | null;
  attendance: 'GOING' | 'MAYBE' | 'NOT_GOING' | null;
  /** Why it is worth going, best first (the plan's reasons). */
  reasons: string[];
  people: DigestPerson[];
}

export interface DigestChange {
  eventId: string;
  title: string;
  kind: 'MOVED' | 'CANCELLED';
  /** Instants; null when unknown. */
  oldStart: Date | null;
  newStart: Date | null;
  detectedAt: Date;
}

export interface DigestAction {
  /** A follow-up item's id, or a next touch's id. */
  id: string;
  source: 'FOLLOW_UP' | 'NEXT_TOUCH';
  contactId: string | null;
  contactName: string | null;
  /** "Send Priya a LinkedIn note by Sun 6 Dec, 21:00 — you met at “Rust Berlin”". */
  text: string;
  dueAt: Date;
  overdue: boolean;
  /** The draft's first line after the greeting, to recognise it; null when there is no draft. */
  draftFirstLine: string | null;
  eventId: string | null;
}

export interface DigestSourceProblem {
  id: string;
  name: string;
  lastError: string;
}

/** Everything one digest says. A section is null when the user turned it off. */
export interface DigestContent {
  recipient: { email: string; name: string | null; timeZone: string };
  period: DigestPeriod;
  generatedAt: Date;
  /** PUBLIC_BASE_URL, without a trailing slash: every item links into the web app. */
  appUrl: string;
  /** The one-click unsubscribe URL (also in the List-Unsubscribe header). */
  unsubscribeUrl: string;
  /** A test send (sendTestDigest): says so at the top. */
  test: boolean;
  events: DigestEvent[] | null;
  changes: DigestChange[] | null;
  actions: DigestAction[] | null;
  sources: DigestSourceProblem[] | null;
}

export interface RenderedDigest {
  subject: string;
  text: string;
  html: string;
}
