import { safeHttpUrl } from '@app/text';
import { wallMs } from '@app/zones';
import {
  findMeetingUrl,
  isMeetingUrl,
  plainText,
  singleLine,
  venueText,
  type EventPerson,
  type EventStatusValue,
  type Organizer,
  type PersonRole,
  type Venue,
} from '@app/event-model';
import { allProperties, firstProperty, firstText, type ParsedComponent, type Property } from './component';
import { flat, splitTextList, unescapeText } from './content-line';
import { parseTimeValue } from './values';
import type { ValuePool } from './value-pool';
import type { TimeStrings } from './zones/time-strings';
import type { ZoneClock } from './zones/zone-clock';

/** The parts of an event that every instance of a series shares. */
export interface EventFields {
  title: string | null;
  description: string | null;
  location: string | null;
  venue: Venue | null;
  onlineUrl: string | null;
  url: string | null;
  status: EventStatusValue;
  sequence: number;
  /** DTSTAMP (else LAST-MODIFIED) as an instant, for tie-breaking duplicates. */
  stampMs: number | null;
  stampedAt: string | null;
  organizer: Organizer | null;
  people: EventPerson[];
  categories: string[];
}

/**
 * Longest text handed to the HTML-to-text step (which is slow on megabytes):
 * a longer DESCRIPTION is an embedded file, not prose, and a title or place
 * longer than a few lines is not one.
 */
const MAX_TEXT_CHARS = 64 * 1024;
const MAX_LINE_TEXT_CHARS = 2 * 1024;

/**
 * Conference links in the properties producers use for them: RFC 7986
 * CONFERENCE, Google Calendar, Microsoft Teams / Skype for Business.
 */
const CONFERENCE_PROPERTIES = [
  'CONFERENCE',
  'X-GOOGLE-CONFERENCE',
  'X-MICROSOFT-SKYPETEAMSMEETINGURL',
  'X-MICROSOFT-ONLINEMEETINGEXTERNALLINK',
  'X-MICROSOFT-ONLINEMEETINGCONFLINK',
];

/** The fields of one VEVENT; repeated texts come from `pool`, the DTSTAMP's printed form from `strings`. */
export function readFields(component: ParsedComponent, stampClock: ZoneClock, pool: ValuePool, strings: TimeStrings): EventFields {
  const rawDescription = capped(firstText(component, 'DESCRIPTION'));
  const altDescription = capped(firstText(component, 'X-ALT-DESC'));
  const description = plainText(keepLineBreaks(rawDescription)) ?? plainText(altDescription);
  const rawLocation = capped(firstText(component, 'LOCATION'), MAX_LINE_TEXT_CHARS);
  const locationUrl = rawLocation && /^https?:\/\/\S+$/i.test(rawLocation) ? safeHttpUrl(rawLocation) : null;
  const venue = readAppleVenue(component);
  const location = (locationUrl ? null : singleLine(rawLocation?.replace(/\s*\n\s*/g, ', '))) ?? (venue ? venueText(venue.name, venue.address) : null);
  const url = safeHttpUrl(capped(firstText(component, 'URL'), MAX_LINE_TEXT_CHARS));
  const stampMs = readStamp(firstProperty(component, 'DTSTAMP'), stampClock) ?? readStamp(firstProperty(component, 'LAST-MODIFIED'), stampClock);
  return {
    title: flat(singleLine(capped(firstText(component, 'SUMMARY'), MAX_LINE_TEXT_CHARS))),
    description: pool.text(flat(description)),
    location: pool.text(flat(location)),
    venue,
    onlineUrl: readOnlineUrl(component, rawLocation, locationUrl, url, rawDescription, altDescription),
    url,
    status: readStatus(firstText(component, 'STATUS')),
    sequence: readSequence(component),
    stampMs,
    stampedAt: stampMs === null ? null : strings.utc(stampMs),
    organizer: readOrganizer(firstProperty(component, 'ORGANIZER'), pool),
    people: readParticipants(component, pool),
    categories: readCategories(component, pool),
  };
}

/**
 * DESCRIPTION is text whose "\n" are real line breaks, though Google and
 * others mix HTML tags into it; as HTML those breaks would be spaces.
 * (X-ALT-DESC is a whole HTML document and is read as one.)
 */
function keepLineBreaks(text: string | null): string | null {
  return text && text.includes('\n') && /<\/?[a-z][a-z0-9]*(?:\s[^<>]*)?\/?>/i.test(text) ? text.replace(/\n/g, '<br>\n') : text;
}

function capped(text: string | null, limit = MAX_TEXT_CHARS): string | null {
  return text && text.length > limit ? text.slice(0, limit) : text;
}

function readOnlineUrl(
  component: ParsedComponent,
  location: string | null,
  locationUrl: string | null,
  url: string | null,
  description: string | null,
  altDescription: string | null,
): string | null {
  for (const name of CONFERENCE_PROPERTIES) {
    for (const property of allProperties(component, name)) {
      const link = safeHttpUrl(unescapeText(property.value));
      if (link) return link;
    }
  }
  const altrep = safeHttpUrl(firstProperty(component, 'LOCATION')?.params.ALTREP);
  // A LOCATION that is only a link is where the event happens online, whatever the host.
  return (
    locationUrl ??
    findMeetingUrl(location) ??
    (altrep && isMeetingUrl(altrep) ? altrep : null) ??
    (url && isMeetingUrl(url) ? url : null) ??
    findMeetingUrl(description, altDescription)
  );
}

function readStatus(value: string | null): EventStatusValue {
  switch (value?.toUpperCase()) {
    case 'TENTATIVE':
      return 'TENTATIVE';
    case 'CANCELLED':
    case 'CANCELED':
      return 'CANCELLED';
    default:
      return 'CONFIRMED';
  }
}

export function readSequence(component: ParsedComponent): number {
  // Exchange keeps its own counter when SEQUENCE is missing.
  const raw = firstText(component, 'SEQUENCE') ?? firstText(component, 'X-MICROSOFT-CDO-APPT-SEQUENCE');
  const value = raw && /^\+?\d{1,9}$/.test(raw) ? Number(raw) : 0;
  return value;
}

/** DTSTAMP is UTC by §3.8.7.2; one written without "Z" is read in the calendar's zone. */
export function readStamp(property: Property | undefined, clock: ZoneClock): number | null {
  if (!property) return null;
  const value = parseTimeValue(property.value);
  if (!value) return null;
  if (value.kind === 'date')
    return clock.toInstant({ year: +value.date.slice(0, 4), month: +value.date.slice(5, 7), day: +value.date.slice(8, 10), hour: 0, minute: 0, second: 0 });
  return value.utc ? wallMs(value.local) : clock.toInstant(value.local);
}

/** RFC 6868 parameter escapes (^n, ^', ^^). */
function decodeParam(value: string | undefined): string | null {
  if (!value) return null;
  const decoded = value.replace(/\^(.)/g, (match, c: string) => (c === 'n' || c === 'N' ? ' ' : c === "'" ? '"' : c === '^' ? '^' : match)).trim();
  return decoded.length > 0 ? decoded : null;
}

function emailOf(address: string, params: Record<string, string>): string | null {
  const value = address.trim();
  const mailto = /^mailto:\s*(.+)$/i.exec(value);
  const candidate = mailto ? mailto[1].trim() : value;
  if (/^[^\s@:/]+@[^\s@]+\.[^\s@]+$/.test(candidate)) return candidate;
  const param = decodeParam(params.EMAIL);
  return param && /^[^\s@]+@[^\s@]+$/.test(param) ? param : null;
}

function readOrganizer(property: Property | undefined, pool: ValuePool): Organizer | null {
  if (!property) return null;
  const name = flat(decodeParam(property.params.CN));
  const email = flat(emailOf(property.value, property.params));
  return name || email ? pool.organizer(name, email) : null;
}

/** RFC 9073 PARTICIPANT types that put someone on stage or behind the event. */
const PARTICIPANT_ROLES: Record<string, PersonRole> = {
  SPEAKER: 'SPEAKER',
  PERFORMER: 'PERFORMER',
  SPONSOR: 'SPONSOR',
};

/**
 * People on stage, from RFC 9073 PARTICIPANT components only. ATTENDEEs
 * are invitees (often the subscriber's own colleagues), not speakers, and
 * the ORGANIZER has its own field.
 */
function readParticipants(component: ParsedComponent, pool: ValuePool): EventPerson[] {
  const people: EventPerson[] = [];
  for (const child of component.children) {
    if (child.kind !== 'PARTICIPANT') continue;
    const type = firstText(child, 'PARTICIPANT-TYPE')?.toUpperCase();
    const role = type ? PARTICIPANT_ROLES[type] : undefined;
    if (!role) continue;
    const address = firstProperty(child, 'CALENDAR-ADDRESS');
    const name = singleLine(firstText(child, 'SUMMARY') ?? firstText(child, 'NAME') ?? decodeParam(address?.params.CN));
    if (!name) continue;
    people.push({
      name,
      role,
      affiliation: null,
      email: address ? emailOf(address.value, address.params) : null,
      url: safeHttpUrl(firstText(child, 'URL')),
    });
  }
  return people.length === 0 ? pool.empty() : people;
}

function readCategories(component: ParsedComponent, pool: ValuePool): string[] {
  const seen = new Set<string>();
  const categories: string[] = [];
  for (const property of allProperties(component, 'CATEGORIES')) {
    for (const item of splitTextList(property.value)) {
      const category = flat(item.replace(/\s+/g, ' ').trim());
      const key = category.toLowerCase();
      if (category && !seen.has(key)) {
        seen.add(key);
        categories.push(category);
      }
    }
  }
  return pool.list(categories);
}

/** Apple's X-APPLE-STRUCTURED-LOCATION carries the venue name and address as parameters. */
function readAppleVenue(component: ParsedComponent): Venue | null {
  const property = firstProperty(component, 'X-APPLE-STRUCTURED-LOCATION');
  if (!property) return null;
  const name = singleLine(decodeParam(property.params['X-TITLE']));
  const address = singleLine(unescapeText(property.params['X-ADDRESS'] ?? '').replace(/\s*\n\s*/g, ', '));
  return name || address ? { name, address } : null;
}
