import { localDaysBetween } from '@app/zones';
import { checkBudget, type BudgetBlock } from './budget';
import { evaluateCadence, type Candidate, type ClaimedSequences, type Evaluation, type TouchRule } from './cadence';
import { draft, type DraftChannel, type DraftInput, type DraftKind } from './drafts';
import { indexEvents, type EventIndex } from './events-index';
import { contactHistory, indexHistory, type ContactHistory, type HistoryIndex } from './history';
import { fittingUpdates, interviewsFor } from './project-fit';
import { DEFAULT_CADENCE_RULES, type CadenceRules } from './rules';
import { uniqueSources } from './sources';
import type { PlannerContact, PlannerEvent, PlannerInteraction, PlannerInterview, PlannerMatch, PlannerProjectUpdate, SourceRef, TouchKind } from './types';

export type { TouchRule } from './cadence';

/** The next recommended touch for one contact. A suggestion only: the user sends it, or not. */
export interface TouchSuggestion {
  /** Stable across runs while the situation is the same: contact, rule and what the rule is anchored on. */
  id: string;
  contactId: string;
  contactName: string;
  kind: TouchKind;
  rule: TouchRule;
  channel: DraftChannel;
  /** When to do it, computed in the user's zone (business days skip weekends). */
  dueAt: Date;
  /** The last moment the rule allows, when it has one (thank-you within 24 h, keep-in-touch at 60 days). */
  latestAt: Date | null;
  overdue: boolean;
  subject: string | null;
  draft: string;
  /** Readable: "5 business days since your interview on 12 Nov without a reply". */
  reason: string;
  /** What the suggestion and its draft draw on. */
  sources: SourceRef[];
  /** Heads-up moments for the user (event introductions: 7 and 1 day before by default). */
  remindAt: Date[];
  /** Set when the touch is an item of the post-event checklist (a TouchClaim's `next`): ticking it there logs it. */
  followUpId?: string | null;
}

export type BlockedBy = 'STOP_RULE' | BudgetBlock;

/** A touch the planner refuses to suggest, and why: the plan shows these so the user knows. */
export interface BlockedTouch {
  id: string;
  contactId: string;
  contactName: string;
  kind: TouchKind;
  rule: TouchRule;
  blockedBy: BlockedBy;
  /** "2 unanswered touches already (…); wait for a reply". */
  reason: string;
  /** When the touch would have been due. */
  wouldBeDueAt: Date;
  /** When the weekly budget frees up; null when only a reply can unblock it. */
  availableAt: Date | null;
  sources: SourceRef[];
}

/** Touches another list keeps for the planner (the post-event checklist): nextTouches lists the same person and purpose once. */
export interface TouchClaim {
  contactId: string;
  /** Meetings (MET_AT_EVENT interaction ids) whose follow-up sequence the claim covers: the planner's own touches anchored on them are dropped. */
  meetingIds: readonly string[];
  /** The list's next open item for the contact, as a suggestion (its id is the item's); null when none is open and allowed. */
  next: TouchSuggestion | null;
  /** The list's first item the budget holds back, when there is no `next`. */
  blocked: BlockedTouch | null;
  /** The event the list is about (a checklist's): the plan's after-the-event action for the contact there is this claim. */
  eventId?: string | null;
}

export interface TouchInput {
  now: Date;
  /** The user's IANA zone: business days, "12 Nov" and local dates are the user's. */
  timeZone: string;
  linkedinPremium: boolean;
  rules?: CadenceRules;
  contacts: readonly PlannerContact[];
  interviews: readonly PlannerInterview[];
  interactions: readonly PlannerInteraction[];
  projectUpdates: readonly PlannerProjectUpdate[];
  /** Upcoming events with their matches, for event introductions and for naming the event met at. */
  events?: readonly PlannerEvent[];
  matches?: readonly PlannerMatch[];
  /** Signs email drafts. */
  senderName?: string | null;
  /** At most this many suggestions (the earliest due); blocked touches are not limited. */
  limit?: number;
  /** Touches the post-event checklist keeps: listed in place of the planner's own for the same person and purpose. */
  claims?: readonly TouchClaim[];
}

export interface TouchPlan {
  touches: TouchSuggestion[];
  blocked: BlockedTouch[];
}

/** One contact's cadence: what is next, or what is blocked. Used by the event plan too. */
export interface ContactCadence {
  history: ContactHistory;
  suggestion: TouchSuggestion | null;
  blocked: BlockedTouch | null;
}

/** Inputs indexed once, shared by every contact (and by the event plan). */
export interface TouchEngine {
  input: TouchInput;
  rules: CadenceRules;
  history: HistoryIndex;
  events: EventIndex;
  claims: Map<string, TouchClaim[]>;
}

export function touchEngine(input: TouchInput, events?: EventIndex): TouchEngine {
  return {
    input,
    rules: input.rules ?? DEFAULT_CADENCE_RULES,
    history: indexHistory(input.interviews, input.interactions, input.now),
    events: events ?? indexEvents(input.events ?? [], input.matches ?? []),
    claims: claimsByContact(input.claims ?? []),
  };
}

function claimsByContact(claims: readonly TouchClaim[]): Map<string, TouchClaim[]> {
  const byContact = new Map<string, TouchClaim[]>();
  for (const claim of claims) {
    const list = byContact.get(claim.contactId);
    if (list) list.push(claim);
    else byContact.set(claim.contactId, [claim]);
  }
  return byContact;
}

function claimedSequences(claims: readonly TouchClaim[]): ClaimedSequences | undefined {
  if (claims.length === 0) return undefined;
  return { meetingIds: new Set(claims.flatMap((claim) => claim.meetingIds)), open: claims.some((claim) => claim.next !== null || claim.blocked !== null) };
}

// Among rules due at the same moment, the more time-critical one goes first.
const RULE_PRIORITY: readonly TouchRule[] = [
  'THANK_YOU',
  'MET_AT_EVENT_FOLLOW_UP',
  'PROMISED_UPDATE',
  'INTERVIEW_CHECK_IN',
  'MET_AT_EVENT_REMINDER',
  'COFFEE_FOLLOW_UP',
  'EVENT_INTRODUCTION',
  'KEEP_IN_TOUCH',
  'FIRST_CONNECT',
];

/**
 * Of the touches already due, the most time-critical (a late thank-you beats
 * an event heads-up that fell due a day earlier); with none due, the one due
 * soonest.
 */
function pickNext<T extends Pick<Candidate, 'rule' | 'dueAt'>>(candidates: readonly T[], now: Date): T | undefined {
  const priority = (candidate: T) => RULE_PRIORITY.indexOf(candidate.rule);
  const due = candidates.filter((candidate) => candidate.dueAt.getTime() <= now.getTime());
  if (due.length > 0) return [...due].sort((a, b) => priority(a) - priority(b) || a.dueAt.getTime() - b.dueAt.getTime())[0];
  return [...candidates].sort((a, b) => a.dueAt.getTime() - b.dueAt.getTime() || priority(a) - priority(b))[0];
}

const touchId = (contactId: string, rule: TouchRule, anchorId: string) => `${contactId}:${rule}:${anchorId}`;

/** One contact's next touch before any draft is written: cheap enough to run for every contact in a plan. */
export interface ContactEvaluation {
  history: ContactHistory;
  /** The touch to suggest (the budget allows it), if any. */
  next: Candidate | null;
  /** Or the checklist's item to suggest instead, drafted already. */
  claimed: TouchSuggestion | null;
  blocked: BlockedTouch | null;
}

export function evaluateContact(contact: PlannerContact, engine: TouchEngine): ContactEvaluation {
  const { input, rules } = engine;
  const zone = input.timeZone;
  const history = contactHistory(contact, engine.history);
  const fits = fittingUpdates(contact, {
    interviews: interviewsFor(contact, history.interviews),
    interactions: history.interactions,
    projectUpdates: input.projectUpdates,
  });
  const claims = engine.claims.get(contact.id) ?? [];
  const own = ownEvaluation(
    contact,
    engine,
    history,
    evaluateCadence(history, { now: input.now, zone, rules, events: engine.events, fits, claimed: claimedSequences(claims) }),
  );
  if (claims.length === 0) return own;
  // The checklist's next item and the planner's own next touch: the more urgent one is the contact's next.
  const claimed = pickNext(
    claims.flatMap((claim) => (claim.next ? [claim.next] : [])),
    input.now,
  );
  const choice = claimed && own.next ? pickNext<Pick<Candidate, 'rule' | 'dueAt'>>([claimed, own.next], input.now) : claimed;
  if (claimed && choice === claimed) return { history, next: null, claimed, blocked: own.blocked };
  if (own.next || own.blocked) return own;
  return { history, next: null, claimed: null, blocked: claims.find((claim) => claim.blocked)?.blocked ?? null };
}

/** The planner's own next touch for the contact, under the budget and the stop rules. */
function ownEvaluation(contact: PlannerContact, engine: TouchEngine, history: ContactHistory, evaluation: Evaluation): ContactEvaluation {
  const { input, rules } = engine;
  const zone = input.timeZone;
  if (evaluation.stop) {
    const stop = evaluation.stop;
    return {
      history,
      next: null,
      blocked: {
        id: touchId(contact.id, stop.rule, stop.anchorId),
        contactId: contact.id,
        contactName: contact.name,
        kind: stop.kind,
        rule: stop.rule,
        blockedBy: 'STOP_RULE',
        reason: stop.reason,
        wouldBeDueAt: stop.wouldBeDueAt,
        availableAt: null,
        sources: uniqueSources(stop.sources),
      },
      claimed: null,
    };
  }

  const next = pickNext(evaluation.candidates, input.now);
  if (!next) return { history, next: null, claimed: null, blocked: null };

  const actAt = new Date(Math.max(next.dueAt.getTime(), input.now.getTime()));
  const verdict = checkBudget(history, actAt, rules, zone);
  if (!verdict.allowed) {
    return {
      history,
      next: null,
      blocked: {
        id: touchId(contact.id, next.rule, next.anchorId),
        contactId: contact.id,
        contactName: contact.name,
        kind: next.kind,
        rule: next.rule,
        blockedBy: verdict.blockedBy ?? 'BUDGET_TOTAL',
        reason: verdict.reason ?? 'The anti-pestering budget is used up; wait for a reply',
        wouldBeDueAt: next.dueAt,
        availableAt: verdict.availableAt,
        sources: uniqueSources([...next.sources, ...verdict.sources]),
      },
      claimed: null,
    };
  }
  return { history, next, claimed: null, blocked: null };
}

/** The evaluation with its suggestion drafted. */
export function contactCadence(contact: PlannerContact, engine: TouchEngine, evaluation = evaluateContact(contact, engine)): ContactCadence {
  return {
    history: evaluation.history,
    suggestion: evaluation.claimed ?? (evaluation.next ? suggest(contact, evaluation.next, engine) : null),
    blocked: evaluation.blocked,
  };
}

/** Past the rule's last moment or, without one, past the due date on the user's calendar. */
export function isOverdue(candidate: Pick<Candidate, 'dueAt' | 'latestAt'>, now: Date, zone: string): boolean {
  return candidate.latestAt ? now.getTime() > candidate.latestAt.getTime() : localDaysBetween(candidate.dueAt, now, zone) > 0;
}

function channelFor(contact: PlannerContact, kind: TouchKind): DraftChannel {
  if (kind === 'LINKEDIN_CONNECT') return 'LINKEDIN_NOTE';
  // Saying "I'll be there" is lighter on LinkedIn than by email when already connected.
  if (kind === 'EVENT_INTRODUCTION' && contact.linkedinConnected) return 'LINKEDIN_MESSAGE';
  if (contact.email) return 'EMAIL';
  return contact.linkedinConnected ? 'LINKEDIN_MESSAGE' : 'LINKEDIN_NOTE';
}

function draftKindFor(candidate: Candidate): DraftKind {
  switch (candidate.rule) {
    case 'THANK_YOU':
      return 'THANK_YOU';
    case 'INTERVIEW_CHECK_IN':
      // A check-in sharing a promised update leads with the promise; with any other update it stays a check-in.
      return candidate.update?.promise ? 'PROJECT_UPDATE' : 'CHECK_IN';
    case 'PROMISED_UPDATE':
      return 'PROJECT_UPDATE';
    case 'MET_AT_EVENT_FOLLOW_UP':
    case 'MET_AT_EVENT_REMINDER':
      return candidate.kind === 'LINKEDIN_CONNECT' ? 'LINKEDIN_CONNECT' : 'MET_AT_EVENT_FOLLOW_UP';
    case 'COFFEE_FOLLOW_UP':
      return 'COFFEE_INVITE';
    case 'EVENT_INTRODUCTION':
      return 'EVENT_INTRODUCTION';
    case 'FIRST_CONNECT':
      return 'LINKEDIN_CONNECT';
    case 'KEEP_IN_TOUCH':
      switch (candidate.kind) {
        case 'PROJECT_UPDATE':
          return 'PROJECT_UPDATE';
        case 'LINKEDIN_CONNECT':
          return 'LINKEDIN_CONNECT';
        case 'COFFEE_INVITE':
          return 'COFFEE_INVITE';
        default:
          return 'KEEP_IN_TOUCH';
      }
  }
}

function suggest(contact: PlannerContact, candidate: Candidate, engine: TouchEngine): TouchSuggestion {
  const { input, rules } = engine;
  const zone = input.timeZone;
  const channel = channelFor(contact, candidate.kind);
  const kind: TouchKind = channel === 'LINKEDIN_NOTE' && candidate.kind === 'FOLLOW_UP_EMAIL' ? 'LINKEDIN_CONNECT' : candidate.kind;
  const draftInput: DraftInput = {
    contact,
    timeZone: zone,
    senderName: input.senderName ?? null,
    interview: candidate.interview,
    event: candidate.event?.event ?? null,
    eventRole: candidate.event?.personMatch?.role ?? null,
    companyEventRole: candidate.event?.companyMatch?.role ?? null,
    metAt: candidate.metAt,
    update: candidate.update,
    previous: candidate.previous,
    lastTouch: candidate.lastTouch,
  };
  const written = draft(draftKindFor(candidate), draftInput, { rules, linkedinPremium: input.linkedinPremium, channel });
  const overdue = isOverdue(candidate, input.now, zone);
  return {
    id: touchId(contact.id, candidate.rule, candidate.anchorId),
    contactId: contact.id,
    contactName: contact.name,
    kind,
    rule: candidate.rule,
    channel,
    dueAt: candidate.dueAt,
    latestAt: candidate.latestAt,
    overdue,
    subject: written.subject,
    draft: written.body,
    reason: candidate.reason,
    sources: uniqueSources([...candidate.sources, ...written.sources]),
    remindAt: candidate.remindAt,
  };
}

const byName = (a: { contactName: string; id: string }, b: { contactName: string; id: string }) =>
  a.contactName.localeCompare(b.contactName, 'en') || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/**
 * Per contact, the next recommended touch among the five moves, plus the
 * touches the anti-pestering budget or a stop rule holds back (with why).
 */
export function planTouches(input: TouchInput): TouchPlan {
  const engine = touchEngine(input);
  const touches: TouchSuggestion[] = [];
  const blocked: BlockedTouch[] = [];
  for (const contact of input.contacts) {
    const cadence = contactCadence(contact, engine);
    if (cadence.suggestion) touches.push(cadence.suggestion);
    if (cadence.blocked) blocked.push(cadence.blocked);
  }
  touches.sort((a, b) => a.dueAt.getTime() - b.dueAt.getTime() || byName(a, b));
  blocked.sort(byName);
  return { touches: input.limit === undefined ? touches : touches.slice(0, Math.max(0, input.limit)), blocked };
}
