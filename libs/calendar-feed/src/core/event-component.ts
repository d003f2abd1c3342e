import ICAL from 'ical.js';
import { displayAlarms } from './alarms';
import { CalendarFeedError, CalendarFeedErrorCode } from './calendar-feed.error';
import { eventDescription } from './descriptions';
import type { FeedEvent, FeedEventStatus } from './feed.types';
import { addText, addUri, addValue } from './properties';
import { safeHttpUrl } from '@app/text';
import { oneLine } from './text';
import { eventSpan, isValidDate, utcTime, type Span } from './times';
import { eventUid } from './uids';
import type { WriteContext } from './write-context';

/** A cancelled event stays CANCELLED so apps strike or drop it; a MAYBE is TENTATIVE whatever the organiser says. */
export function feedStatus(event: FeedEvent): FeedEventStatus {
  if (event.status === 'CANCELLED') return 'CANCELLED';
  return event.attendance === 'MAYBE' ? 'TENTATIVE' : event.status;
}

/*
 * Not every app marks a cancelled event of a subscribed calendar (some show
 * it like any other): the title says it too, whatever they do with STATUS.
 */
function summary(event: FeedEvent): string {
  return event.status === 'CANCELLED' ? `Cancelled: ${event.title}` : event.title;
}

export interface PlannedEvent {
  event: FeedEvent;
  span: Span;
}

export function planEvent(event: FeedEvent): PlannedEvent {
  if (!isValidDate(event.updatedAt)) {
    throw new CalendarFeedError(CalendarFeedErrorCode.InvalidEvent, `Event ${event.id}: updatedAt is not a valid date.`, event.id);
  }
  return { event, span: eventSpan(event) };
}

export function eventComponent({ event, span }: PlannedEvent, context: WriteContext): ICAL.Component {
  const status = feedStatus(event);
  const url = safeHttpUrl(event.url);
  const onlineUrl = safeHttpUrl(event.onlineUrl);
  const location = event.location === null ? '' : oneLine(event.location);
  const title = summary(event);

  const component = new ICAL.Component('vevent');
  addText(component, 'uid', eventUid(event.id));
  addValue(component, 'dtstamp', context.stamp);
  addValue(component, 'dtstart', span.start);
  addValue(component, 'dtend', span.end);
  addText(component, 'summary', title);
  addText(component, 'description', eventDescription(event, { url, onlineUrl, appUrl: context.appUrl }));
  // An online-only event gets its link as LOCATION: the one place every app shows and makes clickable.
  if (location || onlineUrl) addText(component, 'location', location || (onlineUrl ?? ''));
  if (url) addUri(component, 'url', url);
  if (onlineUrl) addUri(component, 'conference', onlineUrl); // RFC 7986 §5.11
  addText(component, 'status', status);
  // Only an event the user is going to blocks their time; a maybe or a cancelled one shows as free.
  addText(component, 'transp', status !== 'CANCELLED' && event.attendance === 'GOING' ? 'OPAQUE' : 'TRANSPARENT');
  addValue(component, 'sequence', Number.isSafeInteger(event.sequence) && event.sequence > 0 ? event.sequence : 0);
  addValue(component, 'last-modified', utcTime(event.updatedAt));
  // No reminder for an event that will not take place.
  if (status !== 'CANCELLED') {
    for (const alarm of displayAlarms(context.eventAlarmMinutes, title)) component.addSubcomponent(alarm);
  }
  return component;
}
