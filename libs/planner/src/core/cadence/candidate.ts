import type { ContactEventLink, EventIndex } from '../events-index';
import type { UpdateFit } from '../project-fit';
import type { CadenceRules } from '../rules';
import type { PlannerInteraction, PlannerInterview, SourceRef, TouchKind } from '../types';

/** Which rule of the cadence table a touch comes from. */
export type TouchRule =
  | 'THANK_YOU'
  | 'INTERVIEW_CHECK_IN'
  | 'PROMISED_UPDATE'
  | 'MET_AT_EVENT_FOLLOW_UP'
  | 'MET_AT_EVENT_REMINDER'
  | 'COFFEE_FOLLOW_UP'
  | 'EVENT_INTRODUCTION'
  | 'KEEP_IN_TOUCH'
  | 'FIRST_CONNECT';

/** A touch some rule would recommend, before the budget has its say. */
export interface Candidate {
  rule: TouchRule;
  kind: TouchKind;
  /** The interview, interaction or event the rule is anchored on (for a stable id). */
  anchorId: string;
  dueAt: Date;
  latestAt: Date | null;
  reason: string;
  sources: SourceRef[];
  remindAt: Date[];
  /** What the draft recalls. */
  interview: PlannerInterview | null;
  metAt: PlannerInteraction | null;
  event: ContactEventLink | null;
  previous: PlannerInteraction | null;
  /** The latest logged touch, for keep-in-touch notes. */
  lastTouch: PlannerInteraction | null;
  update: UpdateFit | null;
}

/** A sequence that has run its course: its stop rule says no more touches until a reply. */
export interface Stop {
  rule: TouchRule;
  kind: TouchKind;
  anchorId: string;
  wouldBeDueAt: Date;
  reason: string;
  sources: SourceRef[];
}

export interface CadenceContext {
  now: Date;
  zone: string;
  rules: CadenceRules;
  events: EventIndex;
  /** Unshared updates that fit this contact, best first. */
  fits: UpdateFit[];
  /** What the post-event checklist keeps for this contact (see TouchClaim), if anything. */
  claimed?: ClaimedSequences;
}

/** The meetings whose follow-ups another list keeps, and whether it still has items open for the contact. */
export interface ClaimedSequences {
  meetingIds: ReadonlySet<string>;
  open: boolean;
}

export type Evaluation = { stop: Stop; candidates: [] } | { stop: null; candidates: Candidate[] };

export type Trigger =
  | { type: 'INTERVIEW'; at: Date; id: string; source: SourceRef; interview: PlannerInterview | null }
  | { type: 'MET_AT_EVENT'; at: Date; id: string; source: SourceRef; interaction: PlannerInteraction }
  | { type: 'COFFEE'; at: Date; id: string; source: SourceRef; interaction: PlannerInteraction };

/** A sequence's verdict: the next touch, or its stop rule. */
export type Step = { candidate: Candidate } | { stop: Stop };

export const HOUR_MS = 3_600_000;

export function blank(rule: TouchRule, kind: TouchKind, anchorId: string, dueAt: Date): Candidate {
  return {
    rule,
    kind,
    anchorId,
    dueAt,
    latestAt: null,
    reason: '',
    sources: [],
    remindAt: [],
    interview: null,
    metAt: null,
    event: null,
    previous: null,
    lastTouch: null,
    update: null,
  };
}
