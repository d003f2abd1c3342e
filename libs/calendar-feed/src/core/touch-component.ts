import ICAL from 'ical.js';
import { displayAlarms } from './alarms';
import { CalendarFeedError, CalendarFeedErrorCode } from './calendar-feed.error';
import { touchDescription } from './descriptions';
import type { FeedTouch } from './feed.types';
import { addText, addUri, addValue } from './properties';
import { oneLine } from './text';
import { isValidDate, utcTime } from './times';
import { touchUid } from './uids';
import type { WriteContext } from './write-context';

/*
 * A due touch is a short VEVENT, not a VTODO: Google Calendar, Outlook and
 * Apple Calendar ignore VTODOs in subscribed calendars. It is TRANSPARENT
 * so a reminder to write to someone never shows the user as busy.
 */

export const TOUCH_MINUTES = 15;

const KIND_LABELS: Record<string, string> = {
  LINKEDIN_CONNECT: 'LinkedIn connect',
  PROJECT_UPDATE: 'project update',
  COFFEE_INVITE: 'coffee invite',
  EVENT_INTRODUCTION: 'event introduction',
  FOLLOW_UP_EMAIL: 'email',
  EMAIL: 'email',
};

/** "LINKEDIN_CONNECT" → "LinkedIn connect"; a kind without a label reads as its words ("THANK_YOU_NOTE" → "thank you note"). */
export function touchKindLabel(kind: string): string {
  return (
    KIND_LABELS[kind.toUpperCase()] ??
    kind
      .replace(/[_\s]+/g, ' ')
      .trim()
      .toLowerCase()
  );
}

export function touchSummary(touch: FeedTouch): string {
  const label = touchKindLabel(touch.kind);
  const name = oneLine(touch.contactName);
  return label ? `Follow up with ${name} (${label})` : `Follow up with ${name}`;
}

export function checkTouch(touch: FeedTouch): FeedTouch {
  for (const field of ['dueAt', 'updatedAt'] as const) {
    if (!isValidDate(touch[field])) {
      throw new CalendarFeedError(CalendarFeedErrorCode.InvalidTouch, `Touch ${touch.id}: ${field} is not a valid date.`, touch.id);
    }
  }
  return touch;
}

export function touchComponent(touch: FeedTouch, context: WriteContext): ICAL.Component {
  const title = touchSummary(touch);
  const component = new ICAL.Component('vevent');
  addText(component, 'uid', touchUid(touch.id));
  addValue(component, 'dtstamp', context.stamp);
  addValue(component, 'dtstart', utcTime(touch.dueAt));
  addValue(component, 'dtend', utcTime(new Date(touch.dueAt.getTime() + TOUCH_MINUTES * 60_000)));
  addText(component, 'summary', title);
  addText(component, 'description', touchDescription(touch, context.appUrl));
  if (context.appUrl) addUri(component, 'url', context.appUrl);
  addText(component, 'status', 'CONFIRMED');
  addText(component, 'transp', 'TRANSPARENT');
  // No SEQUENCE: a touch has no revision counter, and subscribers replace the whole feed on refresh anyway (LAST-MODIFIED tells them what changed).
  addValue(component, 'last-modified', utcTime(touch.updatedAt));
  for (const alarm of displayAlarms(context.touchAlarmMinutes, title)) component.addSubcomponent(alarm);
  return component;
}
