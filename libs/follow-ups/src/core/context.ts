import {
  clean,
  contactHistory,
  effectiveEnd,
  firstName,
  type CadenceRules,
  type ContactHistory,
  type DraftInput,
  type PlannerContact,
  type PlannerInteraction,
  type SourceRef,
} from '@app/planner';
import type { ChecklistInput, MetPerson, StoredItem } from './types';

/** What every item of one checklist reads, worked out once. */
export interface ChecklistContext {
  input: ChecklistInput;
  now: Date;
  zone: string;
  rules: CadenceRules;
  /** The event's title as sentences quote it. */
  title: string;
  /** The event's effective end: suggested people are counted from it. */
  end: Date;
  eventSource: SourceRef;
  stored: Map<string, StoredItem>;
}

/** Someone the checklist is about: met at the event, or suggested by the plan and not recorded as met. */
export interface Person {
  contact: PlannerContact;
  /** For sentences: the first name, or the whole name when it has none. */
  first: string;
  history: ContactHistory;
  /** When the cadence clock starts: the meeting, or the event's end for someone only suggested. */
  anchor: Date;
  meeting: MetPerson | null;
  /** The logged MET_AT_EVENT interaction, which drafts cite. */
  meetingInteraction: PlannerInteraction | null;
  /** What every item about the person draws on: the event and the meeting. */
  sources: SourceRef[];
  /** The person's stored rows (promises and decisions). */
  stored: StoredItem[];
}

export function checklistContext(input: ChecklistInput): ChecklistContext {
  const { engine, event } = input;
  return {
    input,
    now: engine.input.now,
    zone: engine.input.timeZone,
    rules: engine.rules,
    title: clean(event.title, 80),
    end: effectiveEnd(event),
    eventSource: { kind: 'EVENT', id: event.id },
    stored: new Map(input.stored.map((row) => [row.key, row])),
  };
}

/**
 * Met people first, in order, then suggested ones not met. Once the user
 * recorded whom they met, a suggested person stays only if the user acted on
 * one of their items; people no longer tracked are left out.
 */
export function checklistPeople(context: ChecklistContext): Person[] {
  const { input } = context;
  const contacts = new Map(input.engine.input.contacts.map((contact) => [contact.id, contact]));
  const acted = new Set(input.stored.map((row) => row.contactId));
  const people: Person[] = [];
  const add = (contactId: string, meeting: MetPerson | null) => {
    const contact = contacts.get(contactId);
    if (!contact || people.some((person) => person.contact.id === contactId)) return;
    people.push(person(contact, meeting, context));
  };
  for (const meeting of input.met) add(meeting.contactId, meeting);
  for (const contactId of input.suggested) if (input.attendeesRecordedAt === null || acted.has(contactId)) add(contactId, null);
  return people;
}

function person(contact: PlannerContact, meeting: MetPerson | null, context: ChecklistContext): Person {
  const history = contactHistory(contact, context.input.engine.history);
  const meetingInteraction = meeting ? (history.interactions.find((interaction) => interaction.id === meeting.meetingId) ?? null) : null;
  return {
    contact,
    first: firstName(contact.name) || contact.name,
    history,
    anchor: meeting?.metAt ?? context.end,
    meeting,
    meetingInteraction,
    sources: [context.eventSource, ...(meeting ? [{ kind: 'INTERACTION' as const, id: meeting.meetingId }] : [])],
    stored: context.input.stored.filter((row) => row.contactId === contact.id),
  };
}

/** The draft input every item about the person starts from. */
export function draftBase(person: Person, context: ChecklistContext): DraftInput {
  const { engine, event } = context.input;
  return {
    contact: person.contact,
    timeZone: context.zone,
    senderName: engine.input.senderName ?? null,
    event,
    metAt: person.meetingInteraction,
    metAtEvent: true,
    talkedAbout: person.meeting?.topics ?? [],
  };
}

/** "Send Priya a LinkedIn note by … — you met at “Rust Berlin”", or for someone only suggested "If you met Priya at “Rust Berlin”, send a LinkedIn note by …". */
export function say(person: Person, context: ChecklistContext, toMet: string, ifMet: string): string {
  return person.meeting ? `${toMet} — you met at “${context.title}”` : `If you met ${person.first} at “${context.title}”, ${ifMet}`;
}

/** Touches after the anchor, the meeting itself left out (its time may differ from the one the user gave). */
export function touchesAfter(person: Person): PlannerInteraction[] {
  const after = person.anchor.getTime();
  return person.history.interactions.filter((interaction) => interaction.occurredAt.getTime() > after && interaction.id !== person.meeting?.meetingId);
}

/** A message after the meeting goes by email when the address is known, else on LinkedIn. */
export function messageChannel(contact: PlannerContact): 'EMAIL' | 'LINKEDIN_MESSAGE' {
  return contact.email ? 'EMAIL' : 'LINKEDIN_MESSAGE';
}
