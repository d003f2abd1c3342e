import { addLocalDays, formatDay } from '@app/zones';
import { addRuleDays } from './business-days';
import { checkBudget } from './budget';
import { effectiveEnd } from './conflicts';
import { draft, type Draft, type DraftChannel, type DraftInput, type DraftKind } from './drafts';
import { outboundAfter } from './history';
import { fittingUpdates, interviewsFor } from './project-fit';
import { uniqueSources } from './sources';
import { firstName } from './text';
import type { ContactCadence, TouchClaim, TouchEngine, TouchSuggestion } from './touches';
import type { PlannerContact, PlannerEvent, PlannerMatch, SourceRef, TouchKind } from './types';

export const ActionStatus = {
  UPCOMING: 'UPCOMING',
  DUE: 'DUE',
  OVERDUE: 'OVERDUE',
  DONE: 'DONE',
  MISSED: 'MISSED',
  BLOCKED: 'BLOCKED',
} as const;
export type ActionStatus = (typeof ActionStatus)[keyof typeof ActionStatus];

/** Something for the user to do around an event. Drafts are for the user to send; nothing is sent for them. */
export interface PlanAction {
  id: string;
  when: 'BEFORE' | 'AFTER';
  kind: TouchKind;
  contactId: string;
  contactName: string;
  /** "Connect with Priya Raman on LinkedIn before the event". */
  text: string;
  dueAt: Date;
  latestAt: Date;
  status: ActionStatus;
  /** Why the budget or a stop rule holds this back (status BLOCKED). */
  blockedReason: string | null;
  draft: Draft | null;
  sources: SourceRef[];
  /** The follow-up checklist item this action is (after an event with a checklist), or null. */
  followUpId: string | null;
}

export interface ActionSubject {
  contact: PlannerContact;
  personMatch: PlannerMatch | null;
  companyMatch: PlannerMatch | null;
  cadence: ContactCadence;
}

function channelFor(contact: PlannerContact): DraftChannel {
  if (contact.linkedinConnected) return 'LINKEDIN_MESSAGE';
  return contact.email ? 'EMAIL' : 'LINKEDIN_NOTE';
}

/**
 * Before the event: connect on LinkedIn when not connected, or tell a
 * speaker or host you will be there; both count against the budget. After
 * it: follow up within the met-at-event window. That follow-up is not held
 * back by earlier unanswered touches, because meeting in person is itself
 * the contact engaging (it answers everything before it).
 */
export function eventActions(event: PlannerEvent, subject: ActionSubject, engine: TouchEngine): PlanAction[] {
  const { input, rules } = engine;
  const zone = input.timeZone;
  const now = input.now;
  const { contact, personMatch, companyMatch, cadence } = subject;
  const history = cadence.history;
  const first = firstName(contact.name) || contact.name;
  const start = event.startsAt;
  const end = effectiveEnd(event);
  const interviews = interviewsFor(contact, history.interviews);
  const fit = fittingUpdates(contact, { interviews, interactions: history.interactions, projectUpdates: input.projectUpdates, event })[0] ?? null;
  const baseDraft: DraftInput = {
    contact,
    timeZone: zone,
    senderName: input.senderName ?? null,
    interview: interviews[0] ?? null,
    event,
    eventRole: personMatch?.role ?? null,
    companyEventRole: companyMatch?.role ?? null,
    update: fit,
  };
  const options = { rules, linkedinPremium: input.linkedinPremium };
  const eventSource: SourceRef = { kind: 'EVENT', id: event.id };
  const actions: PlanAction[] = [];

  const headsUpDays = Math.max(...rules.eventHeadsUp.daysBefore);
  const beforeDue = addLocalDays(start, -headsUpDays, zone);
  const beforeKind: TouchKind | null = !contact.linkedinConnected ? 'LINKEDIN_CONNECT' : personMatch ? 'EVENT_INTRODUCTION' : null;
  if (beforeKind) {
    const done = outboundAfter(history, beforeDue.getTime()).some(
      (touch) => touch.occurredAt.getTime() < start.getTime() && (beforeKind === 'EVENT_INTRODUCTION' || touch.kind === 'LINKEDIN_CONNECT'),
    );
    const started = now.getTime() >= start.getTime();
    const verdict = done || started ? null : checkBudget(history, new Date(Math.max(beforeDue.getTime(), now.getTime())), rules, zone);
    const stopped = cadence.blocked?.blockedBy === 'STOP_RULE' ? cadence.blocked : null;
    const blockedReason = done || started ? null : (stopped?.reason ?? (verdict && !verdict.allowed ? verdict.reason : null));
    const status: ActionStatus = done ? 'DONE' : started ? 'MISSED' : blockedReason ? 'BLOCKED' : now.getTime() >= beforeDue.getTime() ? 'DUE' : 'UPCOMING';
    const written =
      status === 'DUE' || status === 'UPCOMING'
        ? beforeKind === 'LINKEDIN_CONNECT'
          ? draft('LINKEDIN_CONNECT', baseDraft, { ...options, channel: 'LINKEDIN_NOTE' })
          : draft('EVENT_INTRODUCTION', baseDraft, { ...options, channel: channelFor(contact) })
        : null;
    actions.push({
      id: `${event.id}:${contact.id}:BEFORE:${beforeKind}`,
      when: 'BEFORE',
      kind: beforeKind,
      contactId: contact.id,
      contactName: contact.name,
      text: blockedReason
        ? `Say hello to ${contact.name} in person; a message before the event would be one touch too many`
        : beforeKind === 'LINKEDIN_CONNECT'
          ? `Connect with ${contact.name} on LinkedIn before the event`
          : `Tell ${first} you will be there`,
      dueAt: beforeDue,
      latestAt: start,
      status,
      blockedReason,
      draft: written,
      sources: uniqueSources([eventSource, ...(written?.sources ?? [])]),
      followUpId: null,
    });
  }

  // After an event with a checklist, the checklist's next item for the person is the action: one list, not two.
  const claim = engine.claims.get(contact.id)?.find((candidate) => candidate.eventId === event.id);
  if (claim) {
    actions.push(checklistAction(claim, contact, eventSource, now));
    return actions;
  }

  const met = rules.metAtEvent;
  const afterDue = addRuleDays(end, met.followUpMinDays, met.followUpBusinessDays, zone);
  const afterLatest = addRuleDays(end, met.followUpMaxDays, met.followUpBusinessDays, zone);
  // A message in the follow-up window (plus the reminder week) is the follow-up; a later one is about something else.
  const followUpWindowEnd = addLocalDays(afterLatest, met.reminderAfterDays, zone).getTime();
  const followedUp = outboundAfter(history, start.getTime()).some((touch) => touch.occurredAt.getTime() <= followUpWindowEnd);
  const afterStatus: ActionStatus = followedUp
    ? 'DONE'
    : now.getTime() < end.getTime()
      ? 'UPCOMING'
      : now.getTime() <= afterLatest.getTime()
        ? 'DUE'
        : 'OVERDUE';
  const afterChannel: DraftChannel = contact.email ? 'EMAIL' : contact.linkedinConnected ? 'LINKEDIN_MESSAGE' : 'LINKEDIN_NOTE';
  const afterDraft =
    afterStatus === 'DONE'
      ? null
      : afterChannel === 'LINKEDIN_NOTE'
        ? draft('LINKEDIN_CONNECT', { ...baseDraft, metAtEvent: true }, { ...options, channel: afterChannel })
        : draft('MET_AT_EVENT_FOLLOW_UP', { ...baseDraft, metAtEvent: true }, { ...options, channel: afterChannel });
  actions.push({
    id: `${event.id}:${contact.id}:AFTER:FOLLOW_UP`,
    when: 'AFTER',
    kind: afterChannel === 'LINKEDIN_NOTE' ? 'LINKEDIN_CONNECT' : 'FOLLOW_UP_EMAIL',
    contactId: contact.id,
    contactName: contact.name,
    text: `If you meet ${first}, log it and follow up by ${formatDay(afterLatest, zone, true)}`,
    dueAt: afterDue,
    latestAt: afterLatest,
    status: afterStatus,
    blockedReason: null,
    draft: afterDraft,
    sources: uniqueSources([eventSource, ...(afterDraft?.sources ?? [])]),
    followUpId: null,
  });
  return actions;
}

/** The draft kind each checklist move is written as (its rule and move, as the claim names them). */
function draftKindOf(touch: TouchSuggestion): DraftKind {
  if (touch.kind === 'LINKEDIN_CONNECT') return 'LINKEDIN_CONNECT';
  if (touch.kind === 'COFFEE_INVITE') return 'COFFEE_INVITE';
  if (touch.kind === 'PROJECT_UPDATE') return 'PROJECT_UPDATE';
  return touch.rule === 'PROMISED_UPDATE' ? 'KEEP_PROMISE' : 'MET_AT_EVENT_FOLLOW_UP';
}

/** The checklist's next item as the plan's after-the-event action: what is due, held back, or done. */
function checklistAction(claim: TouchClaim, contact: PlannerContact, eventSource: SourceRef, now: Date): PlanAction {
  const base = { when: 'AFTER' as const, contactId: contact.id, contactName: contact.name };
  const next = claim.next;
  if (next) {
    const status: ActionStatus = next.overdue ? 'OVERDUE' : next.dueAt.getTime() <= now.getTime() ? 'DUE' : 'UPCOMING';
    return {
      ...base,
      id: next.id,
      kind: next.kind,
      text: next.reason,
      dueAt: next.dueAt,
      latestAt: next.latestAt ?? next.dueAt,
      status,
      blockedReason: null,
      draft: { kind: draftKindOf(next), channel: next.channel, subject: next.subject, body: next.draft, sources: next.sources },
      sources: uniqueSources([eventSource, ...next.sources]),
      followUpId: next.followUpId ?? null,
    };
  }
  const held = claim.blocked;
  if (held) {
    return {
      ...base,
      id: held.id,
      kind: held.kind,
      text: `Follow up with ${contact.name}: ${held.reason}`,
      dueAt: held.wouldBeDueAt,
      latestAt: held.availableAt ?? held.wouldBeDueAt,
      status: 'BLOCKED',
      blockedReason: held.reason,
      draft: null,
      sources: uniqueSources([eventSource, ...held.sources]),
      followUpId: held.id,
    };
  }
  return {
    ...base,
    id: `${eventSource.id}:${contact.id}:AFTER:CHECKLIST`,
    kind: 'FOLLOW_UP_EMAIL',
    text: `Your follow-up checklist for ${contact.name} is done`,
    dueAt: now,
    latestAt: now,
    status: 'DONE',
    blockedReason: null,
    draft: null,
    sources: [eventSource],
    followUpId: null,
  };
}
