import type ICAL from 'ical.js';

/** What every component of one feed shares, resolved once from the options. */
export interface WriteContext {
  /** DTSTAMP: when the feed was generated. */
  stamp: ICAL.Time;
  appUrl: string | null;
  eventAlarmMinutes: readonly number[];
  touchAlarmMinutes: readonly number[];
}
