import { findConflicts } from './conflicts';
import { eventActions, type PlanAction } from './event-actions';
import { indexEvents, isCancelled } from './events-index';
import { indexContacts, peopleToMeet } from './meet';
import { scoreEvent, topItems, type ScoredEvent } from './ranking';
import { explain, type PlanReason, type ReasonContext } from './reasons';
import { relationshipState, type RelationshipState } from './relationship';
import type { CadenceRules } from './rules';
import { talkingPoints, type TalkingPoint } from './talking-points';
import { contactCadence, evaluateContact, touchEngine, type ContactCadence, type ContactEvaluation, type TouchClaim } from './touches';
import type {
  MatchEvidence,
  PlannerCompany,
  PlannerContact,
  PlannerEvent,
  PlannerInteraction,
  PlannerInterview,
  PlannerMatch,
  PlannerProjectUpdate,
} from './types';

export interface PlanInput {
  now: Date;
  timeZone: string;
  linkedinPremium: boolean;
  rules?: CadenceRules;
  /** Any window, past ones included (reviewing last month). Events overlapping [from, to) are considered. */
  window: { from: Date; to: Date };
  events: readonly PlannerEvent[];
  /** The user's own matches for those events. */
  matches: readonly PlannerMatch[];
  contacts: readonly PlannerContact[];
  companies?: readonly PlannerCompany[];
  interviews: readonly PlannerInterview[];
  interactions: readonly PlannerInteraction[];
  projectUpdates: readonly PlannerProjectUpdate[];
  senderName?: string | null;
  /** Events the user declined are left out unless asked for. */
  includeNotGoing?: boolean;
  /** At most this many items (default 50). */
  limit?: number;
  /** At most this many people to meet per event (default 5). */
  maxMeetPerEvent?: number;
  /** Touches the post-event checklist keeps (see TouchClaim): people's next touches are its items. */
  claims?: readonly TouchClaim[];
}

export interface MeetPerson {
  contact: PlannerContact;
  /** "Priya is speaking (hiring manager at Stripe)". */
  why: string;
  evidence: MatchEvidence[];
  relationship: RelationshipState;
  talkingPoints: TalkingPoint[];
}

export interface PlanConflict {
  event: PlannerEvent;
}

export interface PlanItem {
  event: PlannerEvent;
  /** In [0, 1]; GOING events score above all others, then relevance decides. */
  score: number;
  matches: PlannerMatch[];
  reasons: PlanReason[];
  meet: MeetPerson[];
  conflicts: PlanConflict[];
  actions: PlanAction[];
}

/**
 * The window's events ranked by what they offer the user: who will be there,
 * which companies, which topics, and the user's own attendance. Only the
 * returned items get people, talking points and actions, so a window with
 * 20,000 events costs one cheap pass plus the detail of `limit` items.
 */
export function planEvents(input: PlanInput): PlanItem[] {
  const eventIndex = indexEvents(input.events, input.matches);
  const engine = touchEngine(
    {
      now: input.now,
      timeZone: input.timeZone,
      linkedinPremium: input.linkedinPremium,
      rules: input.rules,
      contacts: input.contacts,
      interviews: input.interviews,
      interactions: input.interactions,
      projectUpdates: input.projectUpdates,
      senderName: input.senderName,
      claims: input.claims,
    },
    eventIndex,
  );
  const { contacts, contactsByCompany } = indexContacts(input.contacts);
  const companyNames = new Map<string, string>();
  for (const contact of input.contacts) if (contact.companyId && contact.companyName) companyNames.set(contact.companyId, contact.companyName);
  for (const company of input.companies ?? []) companyNames.set(company.id, company.name);

  // Contacts are evaluated and drafted for only when a returned item names them.
  const evaluations = new Map<string, ContactEvaluation>();
  const evaluationOf = (contact: PlannerContact) => {
    let evaluation = evaluations.get(contact.id);
    if (!evaluation) {
      evaluation = evaluateContact(contact, engine);
      evaluations.set(contact.id, evaluation);
    }
    return evaluation;
  };
  const cadences = new Map<string, ContactCadence>();
  const cadenceOf = (contact: PlannerContact) => {
    let cadence = cadences.get(contact.id);
    if (!cadence) {
      cadence = contactCadence(contact, engine, evaluationOf(contact));
      cadences.set(contact.id, cadence);
    }
    return cadence;
  };
  const reasonContext: ReasonContext = { now: input.now, timeZone: input.timeZone, contacts, contactsByCompany, companyNames, evaluationOf };

  const from = input.window.from.getTime();
  const to = input.window.to.getTime();
  const scored: ScoredEvent[] = [];
  for (const event of input.events) {
    if (isCancelled(event)) continue;
    if (event.attendance === 'NOT_GOING' && !input.includeNotGoing) continue;
    if (event.startsAt.getTime() >= to) continue;
    // Overlapping [from, to): an event still running at `from` counts, one that ended by then does not.
    if (event.endsAt ? event.endsAt.getTime() <= from : event.startsAt.getTime() < from) continue;
    const matches = eventIndex.matchesByEvent.get(event.id) ?? [];
    // Nothing tracked is there and the user has not flagged it: not worth an evening.
    if (matches.length === 0 && event.attendance !== 'GOING' && event.attendance !== 'MAYBE') continue;
    scored.push(scoreEvent(event, matches, contacts));
  }

  const top = topItems(scored, Math.max(0, input.limit ?? 50));
  const conflicts = findConflicts(top.map((item) => item.event));

  return top.map((item) => {
    const meet = peopleToMeet(item, contacts, contactsByCompany, input.maxMeetPerEvent ?? 5);
    return {
      event: item.event,
      score: item.score,
      matches: item.matches,
      reasons: explain(item, reasonContext),
      meet: meet.map((person) => ({
        contact: person.contact,
        why: person.why,
        evidence: person.evidence,
        relationship: relationshipState(cadenceOf(person.contact), input.now, input.timeZone),
        talkingPoints: talkingPoints(person.contact, {
          timeZone: input.timeZone,
          interviews: input.interviews,
          interactions: cadenceOf(person.contact).history.interactions,
          projectUpdates: input.projectUpdates,
          event: item.event,
          matches: item.matches,
          now: input.now,
        }),
      })),
      conflicts: (conflicts.get(item.event.id) ?? []).map((event) => ({ event })),
      actions: meet.flatMap((person) => eventActions(item.event, { ...person, cadence: cadenceOf(person.contact) }, engine)),
    };
  });
}
