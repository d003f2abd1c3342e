import { companyRoleVerb, personRoleVerb, roleLabel } from './labels';
import { compareIds, matchWeight, ROLE_ORDER, scoreEvent, type ScoredEvent } from './ranking';
import { describeContact } from './reasons';
import { firstName } from './text';
import type { MatchEvidence, PlannerContact, PlannerEvent, PlannerMatch } from './types';

export interface MeetCandidate {
  contact: PlannerContact;
  personMatch: PlannerMatch | null;
  companyMatch: PlannerMatch | null;
  why: string;
  evidence: MatchEvidence[];
}

/** Tracked people on the programme first, then people at the matched companies, hiring managers first. */
export function peopleToMeet(
  item: ScoredEvent,
  contacts: Map<string, PlannerContact>,
  contactsByCompany: Map<string, PlannerContact[]>,
  max: number,
): MeetCandidate[] {
  const people = new Map<string, MeetCandidate>();
  const personMatches = item.matches
    .filter((match) => match.kind === 'PERSON' && match.contactId && contacts.has(match.contactId))
    .sort((a, b) => matchWeight(b, contacts.get(b.contactId ?? '')) - matchWeight(a, contacts.get(a.contactId ?? '')));
  for (const match of personMatches) {
    const contact = contacts.get(match.contactId ?? '');
    if (!contact || people.has(contact.id)) continue;
    const description = describeContact(contact);
    const companyMatch = item.matches.find((other) => other.kind === 'COMPANY' && other.companyId !== null && other.companyId === contact.companyId) ?? null;
    people.set(contact.id, {
      contact,
      personMatch: match,
      companyMatch,
      why: `${firstName(contact.name) || contact.name} ${personRoleVerb(match.role)}${description ? ` (${description})` : ''}`,
      evidence: match.evidence,
    });
  }
  const companyMatches = item.matches.filter((match) => match.kind === 'COMPANY' && match.companyId);
  const atCompanies: MeetCandidate[] = [];
  for (const match of companyMatches) {
    for (const contact of contactsByCompany.get(match.companyId ?? '') ?? []) {
      if (people.has(contact.id) || atCompanies.some((candidate) => candidate.contact.id === contact.id)) continue;
      const company = contact.companyName ?? 'their company';
      const label = roleLabel(contact.role) ?? contact.title;
      atCompanies.push({
        contact,
        personMatch: null,
        companyMatch: match,
        why: `Works at ${company}, which ${companyRoleVerb(match.role)} this event${label ? ` (${label})` : ''}`,
        evidence: match.evidence,
      });
    }
  }
  atCompanies.sort(
    (a, b) =>
      ROLE_ORDER.indexOf(a.contact.role) - ROLE_ORDER.indexOf(b.contact.role) ||
      a.contact.name.localeCompare(b.contact.name, 'en') ||
      compareIds(a.contact.id, b.contact.id),
  );
  return [...people.values(), ...atCompanies].slice(0, Math.max(0, max));
}

export interface ContactsIndex {
  contacts: Map<string, PlannerContact>;
  contactsByCompany: Map<string, PlannerContact[]>;
}

export function indexContacts(list: readonly PlannerContact[]): ContactsIndex {
  const contacts = new Map(list.map((contact) => [contact.id, contact]));
  const contactsByCompany = new Map<string, PlannerContact[]>();
  for (const contact of list) {
    if (!contact.companyId) continue;
    const people = contactsByCompany.get(contact.companyId) ?? [];
    people.push(contact);
    contactsByCompany.set(contact.companyId, people);
  }
  return { contacts, contactsByCompany };
}

/** Whom the plan tells the user to meet at one event, best first: the plan's meet list, for whoever looks back at the event. */
export function meetListFor(event: PlannerEvent, matches: PlannerMatch[], index: ContactsIndex, max = 5): PlannerContact[] {
  return peopleToMeet(scoreEvent(event, matches, index.contacts), index.contacts, index.contactsByCompany, max).map((person) => person.contact);
}
