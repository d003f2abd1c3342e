import ICAL from 'ical.js';
import ical, { type DateWithTimeZone, type ParameterValue, type VAlarm, type VEvent } from 'node-ical';

/*
 * Reads a feed back with each of the two parsers into one plain shape, so
 * the same expectations run against both.
 */

export interface ReadAlarm {
  action: string;
  trigger: string;
  description: string;
}

export interface ReadEvent {
  uid: string;
  summary: string;
  description: string;
  location: string | null;
  url: string | null;
  status: string;
  transp: string;
  sequence: number | null;
  /** ISO instant for a DATE-TIME, YYYY-MM-DD for a DATE. */
  start: string;
  end: string;
  dtstamp: string;
  lastModified: string;
  alarms: ReadAlarm[];
}

export interface ReadCalendar {
  calendarName: string;
  timeZone: string;
  events: ReadEvent[];
}

export type FeedReader = (text: string) => ReadCalendar;

const pad = (n: number): string => String(n).padStart(2, '0');

// ---- ical.js

function icalText(component: ICAL.Component, name: string): string | null {
  const value: unknown = component.getFirstPropertyValue(name);
  return value === null || value === undefined ? null : String(value);
}

function icalTime(component: ICAL.Component, name: string): string {
  const value: unknown = component.getFirstPropertyValue(name);
  if (!(value instanceof ICAL.Time)) throw new Error(`${name} is not a date or date-time`);
  return value.isDate ? value.toString() : value.toJSDate().toISOString();
}

/**
 * ical.js hands back X- values as written (value type "unknown"), but RFC 5545
 * §3.8.8.2 makes TEXT their default type: unescape them as TEXT, in one pass.
 */
function icalExtensionText(component: ICAL.Component, name: string): string {
  return (icalText(component, name) ?? '').replace(/\\([\\;,nN])/g, (_, char: string) => (char === 'n' || char === 'N' ? '\n' : char));
}

export const readWithIcalJs: FeedReader = (text) => {
  const calendar = new ICAL.Component(ICAL.parse(text));
  return {
    calendarName: icalExtensionText(calendar, 'x-wr-calname'),
    timeZone: icalExtensionText(calendar, 'x-wr-timezone'),
    events: calendar.getAllSubcomponents('vevent').map((vevent) => ({
      uid: icalText(vevent, 'uid') ?? '',
      summary: icalText(vevent, 'summary') ?? '',
      description: icalText(vevent, 'description') ?? '',
      location: icalText(vevent, 'location'),
      url: icalText(vevent, 'url'),
      status: icalText(vevent, 'status') ?? '',
      transp: icalText(vevent, 'transp') ?? '',
      sequence: vevent.hasProperty('sequence') ? Number(vevent.getFirstPropertyValue('sequence')) : null,
      start: icalTime(vevent, 'dtstart'),
      end: icalTime(vevent, 'dtend'),
      dtstamp: icalTime(vevent, 'dtstamp'),
      lastModified: icalTime(vevent, 'last-modified'),
      alarms: vevent.getAllSubcomponents('valarm').map((valarm) => ({
        action: icalText(valarm, 'action') ?? '',
        trigger: icalText(valarm, 'trigger') ?? '',
        description: icalText(valarm, 'description') ?? '',
      })),
    })),
  };
};

// ---- node-ical

function nodeText(value: ParameterValue | undefined): string | null {
  if (value === undefined) return null;
  return typeof value === 'string' ? value : value.val;
}

function nodeTime(value: DateWithTimeZone | undefined): string {
  if (!value) throw new Error('missing date');
  // node-ical builds a DATE at local midnight (node-ical.js, dateParameter): read it back in local time.
  if (value.dateOnly) return `${value.getFullYear()}-${pad(value.getMonth() + 1)}-${pad(value.getDate())}`;
  return value.toISOString();
}

function nodeAlarm(alarm: VAlarm): ReadAlarm {
  return { action: alarm.action, trigger: alarm.trigger, description: alarm.description ?? '' };
}

export const readWithNodeIcal: FeedReader = (text) => {
  const parsed = ical.sync.parseICS(text);
  const events = Object.values(parsed).filter((component): component is VEvent => component?.type === 'VEVENT');
  return {
    calendarName: parsed.vcalendar?.['WR-CALNAME'] ?? '',
    timeZone: parsed.vcalendar?.['WR-TIMEZONE'] ?? '',
    events: events.map((vevent) => ({
      uid: vevent.uid,
      summary: nodeText(vevent.summary) ?? '',
      description: nodeText(vevent.description) ?? '',
      location: nodeText(vevent.location),
      url: vevent.url ?? null,
      status: vevent.status ?? '',
      transp: vevent.transparency ?? '',
      sequence: vevent.sequence === undefined ? null : Number(vevent.sequence),
      start: nodeTime(vevent.start),
      end: nodeTime(vevent.end),
      dtstamp: nodeTime(vevent.dtstamp),
      lastModified: nodeTime(vevent.lastmodified),
      alarms: (vevent.alarms ?? []).map(nodeAlarm),
    })),
  };
};

export const READERS: [string, FeedReader][] = [
  ['ical.js', readWithIcalJs],
  ['node-ical', readWithNodeIcal],
];
