import ICAL from 'ical.js';
import { isKnownZone } from '@app/zones';
import { CalendarFeedError, CalendarFeedErrorCode } from './calendar-feed.error';
import { serialize } from './content-lines';
import { eventComponent, planEvent, type PlannedEvent } from './event-component';
import {
  DEFAULT_EVENT_ALARM_MINUTES,
  DEFAULT_PRODUCT_ID,
  DEFAULT_TOUCH_ALARM_MINUTES,
  type CalendarFeedOptions,
  type FeedEvent,
  type FeedTouch,
} from './feed.types';
import { addText, addValue } from './properties';
import { safeHttpUrl } from '@app/text';
import { oneLine } from './text';
import { checkTouch, touchComponent } from './touch-component';
import { isValidDate, utcTime } from './times';
import type { WriteContext } from './write-context';

/** How often subscribers should re-read the feed: the plan changes with every refresh of the catalogue. */
const REFRESH_SECONDS = 3600;

function invalidOptions(message: string): CalendarFeedError {
  return new CalendarFeedError(CalendarFeedErrorCode.InvalidOptions, message);
}

/** Lead times in minutes, without repeats, longest first so the output does not depend on the order they were configured in. */
function alarmMinutes(values: readonly number[] | undefined, fallback: readonly number[], field: string): number[] {
  const minutes = values ?? fallback;
  const bad = minutes.find((m) => !Number.isSafeInteger(m) || m < 0);
  if (bad !== undefined) throw invalidOptions(`alarms.${field}: ${bad} is not a whole number of minutes ≥ 0.`);
  return [...new Set(minutes)].sort((a, b) => b - a);
}

function writeContext(options: CalendarFeedOptions): WriteContext {
  if (!isValidDate(options.now)) throw invalidOptions('now is not a valid date.');
  if (!isKnownZone(options.timeZone)) throw invalidOptions(`timeZone ${JSON.stringify(options.timeZone)} is not an IANA time zone.`);
  return {
    stamp: utcTime(options.now),
    appUrl: safeHttpUrl(options.appUrl),
    eventAlarmMinutes: alarmMinutes(options.alarms?.eventMinutesBefore, DEFAULT_EVENT_ALARM_MINUTES, 'eventMinutesBefore'),
    touchAlarmMinutes: alarmMinutes(options.alarms?.touchMinutesBefore, DEFAULT_TOUCH_ALARM_MINUTES, 'touchMinutesBefore'),
  };
}

/**
 * One entry per id, the most recently updated winning: two VEVENTs with one
 * UID in a feed make apps keep either at random.
 */
function latestById<T extends { id: string; updatedAt: Date }>(items: readonly T[]): T[] {
  const byId = new Map<string, T>();
  for (const item of items) {
    const kept = byId.get(item.id);
    if (!kept || item.updatedAt.getTime() > kept.updatedAt.getTime()) byId.set(item.id, item);
  }
  return [...byId.values()];
}

const compareIds = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/**
 * The user's plan as an iCalendar feed (RFC 5545, with the RFC 7986 and
 * X-WR properties subscribers read): the events they go to or may go to,
 * and the touches that are due. The same input gives the same text, byte
 * for byte, in any input order; only DTSTAMP follows `options.now`.
 */
export function writeCalendarFeed(events: FeedEvent[], touches: FeedTouch[], options: CalendarFeedOptions): string {
  const context = writeContext(options);
  const planned: PlannedEvent[] = latestById(events)
    .map(planEvent)
    .sort((a, b) => a.span.sortKey - b.span.sortKey || compareIds(a.event.id, b.event.id));
  const due = latestById(touches.map(checkTouch)).sort((a, b) => a.dueAt.getTime() - b.dueAt.getTime() || compareIds(a.id, b.id));

  const calendar = new ICAL.Component('vcalendar');
  addText(calendar, 'version', '2.0');
  addText(calendar, 'prodid', options.productId ?? DEFAULT_PRODUCT_ID);
  addText(calendar, 'calscale', 'GREGORIAN');
  addText(calendar, 'method', 'PUBLISH');
  addText(calendar, 'name', oneLine(options.calendarName));
  addText(calendar, 'x-wr-calname', oneLine(options.calendarName));
  addText(calendar, 'x-wr-timezone', options.timeZone);
  // Both spellings of "refresh hourly": RFC 7986 REFRESH-INTERVAL, and the older X-PUBLISHED-TTL that Outlook reads.
  addValue(calendar, 'refresh-interval', ICAL.Duration.fromSeconds(REFRESH_SECONDS));
  addValue(calendar, 'x-published-ttl', ICAL.Duration.fromSeconds(REFRESH_SECONDS));
  for (const item of planned) calendar.addSubcomponent(eventComponent(item, context));
  for (const touch of due) calendar.addSubcomponent(touchComponent(touch, context));
  return serialize(calendar);
}
