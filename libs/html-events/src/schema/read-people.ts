import { singleLine, type EventPerson, type Organizer, type PersonRole } from '@app/event-model';
import { readEmail } from './email';
import { asArray, isRecord, type JsonRecord, prop, stringOf, typesOf } from './json';
import { type ReadContext, readName, readUrl } from './read-context';

export interface PeopleFacts {
  organizer: Organizer | null;
  people: EventPerson[];
}

// Event types where people on the bill perform rather than speak.
const PERFORMANCE_TYPES = /Music|Theater|Dance|Comedy|Festival|Screening|Sports|Broadcast|VisualArts/;

// Values some producers put in `performer` that name a type, not anyone
// (The Events Calendar writes "performer": "Organization" on every event).
const TYPE_WORDS = new Set(['organization', 'person', 'performinggroup', 'musicgroup', 'thing', 'place']);

const SPEAKER_WORDS = /\b(speaker|keynote|panell?ist|presenter|lecturer|moderator|facilitator)s?\b/i;
const HOST_WORDS = /\b(host|mc|emcee|master of ceremonies)s?\b/i;

const MAX_PEOPLE = 100;

/**
 * organizer, performer(s), sponsor/funder, host, contributor and attendee
 * of an Event node as people with roles and affiliations. `organizer` also
 * gives the event's Organizer (first one, with its e-mail).
 */
export function readPeople(event: JsonRecord, ctx: ReadContext): PeopleFacts {
  const performance = typesOf(event).some((t) => PERFORMANCE_TYPES.test(t));
  const people: EventPerson[] = [];
  const add = (keys: string[], role: PersonRole) => {
    for (const key of keys) {
      for (const raw of asArray(prop(event, key)).slice(0, MAX_PEOPLE)) {
        const person = readPerson(raw, role, ctx);
        if (person) people.push(person);
      }
    }
  };
  add(['organizer'], 'ORGANIZER');
  add(['performer', 'performers'], 'PERFORMER');
  // Not schema.org Event properties, but common in conference pages.
  add(['speaker', 'speakers'], 'SPEAKER');
  add(['host', 'hosts'], 'HOST');
  add(['contributor'], performance ? 'PERFORMER' : 'SPEAKER');
  add(['sponsor', 'funder'], 'SPONSOR');
  add(['attendee', 'attendees'], 'ATTENDEE');
  return { organizer: readOrganizer(prop(event, 'organizer'), ctx), people: distinct(people) };
}

function readOrganizer(value: unknown, ctx: ReadContext): Organizer | null {
  for (const raw of asArray(value).slice(0, 10)) {
    const entry = ctx.resolve(raw);
    if (isRecord(entry)) {
      const name = personName(entry);
      const email = readEmail(stringOf(prop(entry, 'email'))) ?? mailtoEmail(prop(entry, 'url'));
      if (name || email) return { name, email };
    } else {
      const text = stringOf(entry);
      const email = readEmail(text);
      if (email) return { name: null, email };
      const name = singleLine(text);
      if (name && !TYPE_WORDS.has(name.toLowerCase()) && !/^https?:/i.test(name)) return { name, email: null };
    }
  }
  return null;
}

function readPerson(raw: unknown, role: PersonRole, ctx: ReadContext): EventPerson | null {
  let entry = ctx.resolve(raw);
  let roleHint: string | null = null;
  // schema.org Role wrappers (PerformanceRole, OrganizationRole) hold the
  // person under the same property name and say what they do in roleName.
  if (isRecord(entry) && prop(entry, 'roleName') !== undefined) {
    const role: JsonRecord = entry;
    roleHint = stringOf(prop(role, 'roleName'));
    const inner = ['performer', 'organizer', 'sponsor', 'contributor', 'attendee', 'actor', 'member']
      .map((key) => prop(role, key))
      .find((v) => v !== undefined);
    if (inner !== undefined) entry = ctx.resolve(asArray(inner)[0]);
  }
  if (typeof entry === 'string') {
    const name = singleLine(entry);
    if (!name || TYPE_WORDS.has(name.toLowerCase()) || /^https?:/i.test(name)) return null;
    return { name, role, affiliation: null, email: null, url: null };
  }
  if (!isRecord(entry)) return null;
  const name = personName(entry);
  if (!name) return null;
  const described = [roleHint, stringOf(prop(entry, 'jobTitle')), stringOf(prop(entry, 'roleName'))].filter(Boolean).join(' ');
  return {
    name,
    role: refineRole(role, described),
    affiliation: affiliationOf(entry, ctx),
    email: readEmail(stringOf(prop(entry, 'email'))),
    url: readUrl(prop(entry, 'url') ?? asArray(prop(entry, 'sameAs'))[0], ctx),
  };
}

/** A performer the page calls a speaker (or host) is listed as one. */
function refineRole(role: PersonRole, described: string): PersonRole {
  if (role !== 'PERFORMER' && role !== 'SPEAKER') return role;
  if (SPEAKER_WORDS.test(described)) return 'SPEAKER';
  if (HOST_WORDS.test(described)) return 'HOST';
  return role;
}

function personName(entry: JsonRecord): string | null {
  const name = singleLine(stringOf(prop(entry, 'name')) ?? stringOf(prop(entry, 'legalName')));
  if (name) return TYPE_WORDS.has(name.toLowerCase()) ? null : name;
  const given = stringOf(prop(entry, 'givenName'));
  const family = stringOf(prop(entry, 'familyName'));
  return singleLine([given, family].filter(Boolean).join(' '));
}

function affiliationOf(entry: JsonRecord, ctx: ReadContext): string | null {
  for (const key of ['worksFor', 'affiliation', 'memberOf']) {
    for (const value of asArray(prop(entry, key)).slice(0, 5)) {
      const name = readName(value, ctx);
      if (name) return name;
    }
  }
  return null;
}

function mailtoEmail(value: unknown): string | null {
  const text = stringOf(value);
  return text && /^mailto:/i.test(text.trim()) ? readEmail(text) : null;
}

function distinct(people: EventPerson[]): EventPerson[] {
  const seen = new Set<string>();
  return people
    .filter((p) => {
      const key = `${p.role}\u241f${p.name.toLowerCase()}`;
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    })
    .slice(0, MAX_PEOPLE);
}
