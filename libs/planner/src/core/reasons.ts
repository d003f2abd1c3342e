import { companyRoleVerb, personRoleVerb, roleLabel } from './labels';
import { compareIds, distinctMatches, matchWeight, ROLE_ORDER, type ScoredEvent } from './ranking';
import { clean } from './text';
import { isOverdue, type ContactEvaluation } from './touches';
import type { MatchEvidence, MatchKind, MatchRole, PlannerContact, PlannerEvent, PlannerMatch } from './types';

export interface PlanReason {
  text: string;
  evidence: MatchEvidence[];
  kind: MatchKind | 'ATTENDANCE' | 'CADENCE';
  role: MatchRole | null;
  contactId: string | null;
  companyId: string | null;
  topicId: string | null;
  /** The match's contribution, for ordering. */
  weight: number;
}

/** "hiring manager at Stripe", "Director of Engineering at Vercel", or null. */
export function describeContact(contact: PlannerContact): string | null {
  const label = roleLabel(contact.role) ?? (contact.title ? clean(contact.title, 60) : null);
  const company = contact.companyName ? clean(contact.companyName, 60) : null;
  if (label && company) return `${label} at ${company}`;
  return label ?? (company ? `at ${company}` : null);
}

/** A readable sentence for one match: "Priya Raman, hiring manager at Stripe, is speaking". */
export function matchReason(match: PlannerMatch, contact: PlannerContact | undefined, companyName: string | undefined, weight: number): PlanReason {
  const base = {
    evidence: match.evidence,
    kind: match.kind,
    role: match.role,
    contactId: match.contactId,
    companyId: match.companyId,
    topicId: match.topicId,
    weight,
  };
  if (match.kind === 'PERSON' && contact) {
    const description = describeContact(contact);
    return { ...base, text: `${contact.name}${description ? `, ${description},` : ''} ${personRoleVerb(match.role)}` };
  }
  if (match.kind === 'COMPANY' && companyName) {
    const name = clean(companyName, 80);
    const text =
      match.role === 'SPEAKER' || match.role === 'PERFORMER'
        ? `A speaker is from ${name}`
        : match.role === 'MENTION' || match.role === 'TOPIC'
          ? `${name} is mentioned`
          : `${name} ${companyRoleVerb(match.role)} this event`;
    return { ...base, text };
  }
  if (match.kind === 'TOPIC' && match.topicPhrase) {
    return { ...base, text: `About ${clean(match.topicPhrase, 80)}, a topic you follow` };
  }
  return { ...base, text: clean(match.reason, 200) || 'Matches something you track' };
}

export interface ReasonContext {
  now: Date;
  timeZone: string;
  contacts: Map<string, PlannerContact>;
  contactsByCompany: Map<string, PlannerContact[]>;
  companyNames: Map<string, string>;
  evaluationOf: (contact: PlannerContact) => ContactEvaluation;
}

/**
 * The most important person there whose touch is due by the event: meeting
 * them in person is the best touch there is, which the plan points out. It
 * explains but does not score: scoring it would mean evaluating every
 * contact at every event in a 20,000-event window.
 */
function dueContact(event: PlannerEvent, matches: readonly PlannerMatch[], context: ReasonContext): { contact: PlannerContact; overdue: boolean } | null {
  const { contacts, contactsByCompany, evaluationOf, now, timeZone } = context;
  const horizon = Math.max(now.getTime(), event.startsAt.getTime());
  const present = new Map<string, PlannerContact>();
  for (const match of matches) {
    const person = match.kind === 'PERSON' && match.contactId ? contacts.get(match.contactId) : undefined;
    if (person) present.set(person.id, person);
    if (match.kind === 'COMPANY' && match.companyId) for (const contact of contactsByCompany.get(match.companyId) ?? []) present.set(contact.id, contact);
  }
  const byImportance = [...present.values()].sort((a, b) => ROLE_ORDER.indexOf(a.role) - ROLE_ORDER.indexOf(b.role) || compareIds(a.id, b.id));
  for (const contact of byImportance) {
    const next = evaluationOf(contact).next;
    if (next && next.dueAt.getTime() <= horizon) return { contact, overdue: isOverdue(next, now, timeZone) };
  }
  return null;
}

/** Readable reasons, strongest first, for a returned item. */
export function explain(item: ScoredEvent, context: ReasonContext): PlanReason[] {
  const reasons = distinctMatches(item.matches).map((match) => {
    const contact = match.contactId ? context.contacts.get(match.contactId) : undefined;
    return matchReason(match, contact, match.companyId ? context.companyNames.get(match.companyId) : undefined, matchWeight(match, contact));
  });
  reasons.sort((a, b) => b.weight - a.weight);
  const due = dueContact(item.event, item.matches, context);
  if (due) {
    const { contact, overdue } = due;
    reasons.push({
      text: `Your ${overdue ? 'overdue' : 'due'} touch with ${contact.name} can happen in person here`,
      evidence: [],
      kind: 'CADENCE',
      role: null,
      contactId: contact.id,
      companyId: contact.companyId,
      topicId: null,
      weight: 0,
    });
  }
  const attendance = item.event.attendance;
  if (attendance) {
    const text = attendance === 'GOING' ? 'You are going' : attendance === 'MAYBE' ? 'You might go' : 'You said you are not going';
    reasons.push({ text, evidence: [], kind: 'ATTENDANCE', role: null, contactId: null, companyId: null, topicId: null, weight: 0 });
  }
  return reasons;
}
