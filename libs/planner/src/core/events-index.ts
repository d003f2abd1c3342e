import type { MatchRole, PlannerEvent, PlannerMatch } from './types';

/** Roles that put a person on the programme, where the user can walk up to them. */
export const ON_STAGE: ReadonlySet<MatchRole> = new Set(['SPEAKER', 'PERFORMER', 'HOST', 'ORGANIZER', 'SPONSOR']);

/** An event and what a contact (or their company) does there. */
export interface ContactEventLink {
  event: PlannerEvent;
  personMatch: PlannerMatch | null;
  companyMatch: PlannerMatch | null;
}

export interface EventIndex {
  events: Map<string, PlannerEvent>;
  matchesByEvent: Map<string, PlannerMatch[]>;
  /** PERSON matches of a contact, strongest first. */
  personMatches(contactId: string): readonly PlannerMatch[];
  /** COMPANY matches of a company, strongest first. */
  companyMatches(companyId: string): readonly PlannerMatch[];
  /** Per company and moment: its next event the user is going to (shared by all its contacts). */
  nextGoingByCompany: Map<string, PlannerEvent | null>;
}

export function isCancelled(event: PlannerEvent): boolean {
  // Checked for every event in a window: skip the upper-casing unless the length fits.
  return event.status === 'CANCELLED' || (event.status.length === 9 && event.status.toUpperCase() === 'CANCELLED');
}

const byScore = (a: PlannerMatch, b: PlannerMatch) => b.score - a.score || (a.role < b.role ? -1 : a.role > b.role ? 1 : 0);

function push(map: Map<string, PlannerMatch[]>, key: string, match: PlannerMatch): void {
  const list = map.get(key);
  if (list) list.push(match);
  else map.set(key, [match]);
}

function sortLists(map: Map<string, PlannerMatch[]>): void {
  for (const list of map.values()) if (list.length > 1) list.sort(byScore);
}

/**
 * Matches grouped by event, strongest first. The per-contact and per-company
 * groupings are built on first use: a plan only needs them for the people in
 * its returned items.
 */
export function indexEvents(events: readonly PlannerEvent[], matches: readonly PlannerMatch[]): EventIndex {
  const byId = new Map<string, PlannerEvent>();
  for (const event of events) byId.set(event.id, event);
  const known = matches.filter((match) => byId.has(match.eventId));
  const matchesByEvent = new Map<string, PlannerMatch[]>();
  for (const match of known) push(matchesByEvent, match.eventId, match);
  sortLists(matchesByEvent);

  let byPerson: Map<string, PlannerMatch[]> | null = null;
  let byCompany: Map<string, PlannerMatch[]> | null = null;
  const group = () => {
    byPerson = new Map();
    byCompany = new Map();
    for (const match of known) {
      if (match.kind === 'PERSON' && match.contactId) push(byPerson, match.contactId, match);
      if (match.kind === 'COMPANY' && match.companyId) push(byCompany, match.companyId, match);
    }
    sortLists(byPerson);
    sortLists(byCompany);
    return { byPerson, byCompany };
  };
  return {
    events: byId,
    matchesByEvent,
    personMatches: (contactId) => (byPerson ?? group().byPerson).get(contactId) ?? [],
    companyMatches: (companyId) => (byCompany ?? group().byCompany).get(companyId) ?? [],
    nextGoingByCompany: new Map(),
  };
}

/** Events linked to a contact, by a PERSON match or a COMPANY match on their company, in no order. */
export function eventLinks(contactId: string, companyId: string | null, index: EventIndex): ContactEventLink[] {
  const links = new Map<string, ContactEventLink>();
  for (const match of index.personMatches(contactId)) {
    const event = index.events.get(match.eventId);
    if (event && !links.has(event.id)) links.set(event.id, { event, personMatch: match, companyMatch: null });
  }
  for (const match of companyId ? index.companyMatches(companyId) : []) {
    const event = index.events.get(match.eventId);
    if (!event) continue;
    const link = links.get(event.id);
    if (!link) links.set(event.id, { event, personMatch: null, companyMatch: match });
    else if (!link.companyMatch) link.companyMatch = match;
  }
  return [...links.values()];
}

const byStart = (a: ContactEventLink, b: ContactEventLink) =>
  a.event.startsAt.getTime() - b.event.startsAt.getTime() || (a.event.id < b.event.id ? -1 : a.event.id > b.event.id ? 1 : 0);

/** The earliest linked event that satisfies `accept` (by start, then id), without sorting them all. */
export function firstEventLink(links: readonly ContactEventLink[], accept: (link: ContactEventLink) => boolean): ContactEventLink | null {
  let best: ContactEventLink | null = null;
  for (const link of links) if (accept(link) && (!best || byStart(link, best) < 0)) best = link;
  return best;
}

const isUpcoming = (event: PlannerEvent, now: Date) => event.startsAt.getTime() > now.getTime() && !isCancelled(event) && event.attendance !== 'NOT_GOING';

const earlier = (a: PlannerEvent, b: PlannerEvent | null) =>
  !b || a.startsAt.getTime() < b.startsAt.getTime() || (a.startsAt.getTime() === b.startsAt.getTime() && a.id < b.id);

/**
 * The next event worth introducing oneself at: one where the contact is on
 * the programme, or one the user is going to where the contact or their
 * company is matched. Scans the contact's own matches and a per-company memo,
 * so a plan over 20,000 events does not rebuild every company's list per contact.
 */
export function nextIntroductionEvent(contactId: string, companyId: string | null, index: EventIndex, now: Date): ContactEventLink | null {
  let best: PlannerEvent | null = null;
  for (const match of index.personMatches(contactId)) {
    const event = index.events.get(match.eventId);
    if (event && isUpcoming(event, now) && (ON_STAGE.has(match.role) || event.attendance === 'GOING') && earlier(event, best)) best = event;
  }
  if (companyId) {
    const key = `${companyId}|${now.getTime()}`;
    let going = index.nextGoingByCompany.get(key);
    if (going === undefined) {
      going = null;
      for (const match of index.companyMatches(companyId)) {
        const event = index.events.get(match.eventId);
        if (event && event.attendance === 'GOING' && isUpcoming(event, now) && earlier(event, going)) going = event;
      }
      index.nextGoingByCompany.set(key, going);
    }
    if (going && earlier(going, best)) best = going;
  }
  if (!best) return null;
  const matches = index.matchesByEvent.get(best.id) ?? [];
  const personMatch =
    matches.find((match) => match.kind === 'PERSON' && match.contactId === contactId && ON_STAGE.has(match.role)) ??
    matches.find((match) => match.kind === 'PERSON' && match.contactId === contactId) ??
    null;
  const companyMatch = companyId ? (matches.find((match) => match.kind === 'COMPANY' && match.companyId === companyId) ?? null) : null;
  return { event: best, personMatch, companyMatch };
}
