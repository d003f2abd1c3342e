/**
 * Input of the calendar feed writer: plain data the caller has already loaded
 * (the events the user marked GOING or MAYBE, the touches that are due).
 * The statuses are the catalogue's and the planner's own (types only, erased).
 */
import type { EventStatusValue } from '@app/event-model';
import type { Attendance } from '@app/planner';

export type FeedEventStatus = EventStatusValue;
/** Only events the user goes or may go to are in the feed. */
export type FeedAttendance = Exclude<Attendance, 'NOT_GOING'>;

export interface FeedPerson {
  name: string;
  why: string;
  talkingPoints: string[];
}

export interface FeedEvent {
  id: string;
  /** The source's UID. Not reused as the feed's UID: see `eventUid`. */
  uid: string;
  title: string;
  /** ISO 8601 with an offset ("2025-03-04T18:30:00+01:00") or, for all-day events, "YYYY-MM-DD". */
  start: string;
  /** Same form as start; for all-day events the exclusive end date. */
  end: string | null;
  allDay: boolean;
  /** IANA zone the event is held in. */
  timeZone: string | null;
  location: string | null;
  url: string | null;
  onlineUrl: string | null;
  status: FeedEventStatus;
  attendance: FeedAttendance;
  meet: FeedPerson[];
  updatedAt: Date;
  sequence: number;
}

export interface FeedTouch {
  /** Stable across refreshes, e.g. contact id + kind. */
  id: string;
  contactName: string;
  /** One of the five moves (LINKEDIN_CONNECT, PROJECT_UPDATE, COFFEE_INVITE, EVENT_INTRODUCTION, FOLLOW_UP_EMAIL) or any other kind. */
  kind: string;
  dueAt: Date;
  draft: string;
  reason: string;
  updatedAt: Date;
}

export interface FeedAlarms {
  /** Minutes before an event's start; default [1440, 60]. */
  eventMinutesBefore?: number[];
  /** Minutes before a touch is due; default [0]. */
  touchMinutesBefore?: number[];
}

export interface CalendarFeedOptions {
  calendarName: string;
  /** The user's IANA zone, announced as X-WR-TIMEZONE. */
  timeZone: string;
  alarms?: FeedAlarms;
  productId?: string;
  /** DTSTAMP of every component: the moment the feed is generated. */
  now: Date;
  /** Link back to the app, added to every description. */
  appUrl?: string;
}

export const DEFAULT_EVENT_ALARM_MINUTES: readonly number[] = [1440, 60];
export const DEFAULT_TOUCH_ALARM_MINUTES: readonly number[] = [0];
export const DEFAULT_PRODUCT_ID = '-//topofmind//Calendar feed//EN';
