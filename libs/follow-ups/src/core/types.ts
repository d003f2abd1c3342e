/**
 * Plain inputs and outputs of the checklist core. The service maps stored
 * rows and the planner's inputs onto these; nothing here knows about the
 * database or GraphQL. Enums are values whose type is the union of their
 * values; follow-ups.enums.ts registers the same objects with GraphQL.
 */
import type { BlockedBy, DraftChannel, PlannerEvent, SourceRef, TouchEngine } from '@app/planner';

/** What an item asks the user to do. */
export const FollowUpKind = {
  /** "Did you go to X?": the user marked the event MAYBE. */
  CONFIRM_ATTENDANCE: 'CONFIRM_ATTENDANCE',
  /** "Who did you meet at X?": until the user records whom they met. */
  RECORD_MET: 'RECORD_MET',
  LINKEDIN_NOTE: 'LINKEDIN_NOTE',
  FOLLOW_UP_EMAIL: 'FOLLOW_UP_EMAIL',
  COFFEE_INVITE: 'COFFEE_INVITE',
  /** Something the user promised at the event ("send the deck"). */
  PROMISE: 'PROMISE',
  PROJECT_UPDATE: 'PROJECT_UPDATE',
} as const;
export type FollowUpKind = (typeof FollowUpKind)[keyof typeof FollowUpKind];

export const FollowUpStatus = {
  OPEN: 'OPEN',
  DONE: 'DONE',
  SKIPPED: 'SKIPPED',
  SNOOZED: 'SNOOZED',
  /** Open and more than `checklist.staleAfterDays` past its last moment: kept, with a suggestion. */
  STALE: 'STALE',
} as const;
export type FollowUpStatus = (typeof FollowUpStatus)[keyof typeof FollowUpStatus];

/** The statuses a user's decision stores; OPEN and STALE are worked out on reading. */
export type StoredStatus = 'OPEN' | 'DONE' | 'SKIPPED' | 'SNOOZED';

/** What is stored about one item: a promise made at the event, or the user's decision on an item. */
export interface StoredItem {
  key: string;
  kind: FollowUpKind;
  contactId: string | null;
  status: StoredStatus;
  /** The promise, for PROMISE items. */
  text: string | null;
  /** When the user said they would keep the promise (PROMISE items), or null: within checklist.promiseWithinDays. */
  promisedBy: Date | null;
  snoozedUntil: Date | null;
  skipReason: string | null;
  doneAt: Date | null;
  createdAt: Date;
}

/** A person recorded as met at the event (recordMet). */
export interface MetPerson {
  contactId: string;
  /** The MET_AT_EVENT interaction logged for the meeting: drafts cite it, and the planner's own met-at-event sequence for it is the checklist's. */
  meetingId: string;
  /** When they met: the event's end unless the user said otherwise. */
  metAt: Date;
  /** What they talked about, as short phrases: drafts recall the first. */
  topics: readonly string[];
}

export interface ChecklistInput {
  checklistId: string;
  /** The event, with the user's current attendance. */
  event: PlannerEvent;
  /** Set once the user recorded whom they met (even nobody). */
  attendeesRecordedAt: Date | null;
  met: readonly MetPerson[];
  /** Tracked people the plan told the user to meet there, best first (the plan's meet list). */
  suggested: readonly string[];
  stored: readonly StoredItem[];
  /** The planner's engine for the user: now, zone, rules, contacts' histories, project updates, sender name. */
  engine: TouchEngine;
}

/** One item of a checklist as the user sees it now. */
export interface ChecklistItem {
  /** Stable for the checklist's life: "<contactId>:<kind>" or "<contactId>:PROMISE:<n>", "-:RECORD_MET". */
  key: string;
  kind: FollowUpKind;
  status: FollowUpStatus;
  contactId: string | null;
  contactName: string | null;
  /** In the user's zone: business days skip weekends, "within 24 h" counts from the meeting. */
  dueAt: Date;
  /** The last moment the rule allows, when it has one. */
  latestAt: Date | null;
  overdue: boolean;
  /** "Send Priya a LinkedIn note: you met at “Rust Berlin” on Thu 10 Dec". */
  text: string;
  channel: DraftChannel | null;
  subject: string | null;
  /** Within the channel's limit; null for items that are not a message (RECORD_MET, CONFIRM_ATTENDANCE) and closed ones. */
  draft: string | null;
  /** What the item and its draft draw on. */
  sources: SourceRef[];
  /** Why the anti-pestering budget holds this back, when it does (the item stays OPEN or STALE). */
  blockedReason: string | null;
  blockedBy: BlockedBy | null;
  /** When the weekly budget frees up; null when not blocked or only a reply can unblock it. */
  availableAt: Date | null;
  /** For STALE items: a different channel, or let it go. */
  staleSuggestion: string | null;
  /** Why an item closed by itself ("Priya replied on 12 Nov"). */
  closedReason: string | null;
  snoozedUntil: Date | null;
  skipReason: string | null;
  doneAt: Date | null;
  /** The touch logging the item logs (for completeFollowUp), or null when it logs none. */
  logs: { kind: 'LINKEDIN_CONNECT' | 'EMAIL' | 'COFFEE' | 'PROJECT_UPDATE'; awaitingReply: boolean } | null;
}

export interface ChecklistView {
  /** Checklist is waiting for "who did you meet". */
  needsAttendees: boolean;
  /** The event was marked MAYBE: "did you go?" comes first. */
  needsConfirmation: boolean;
  /** Open and stale items first (by due time), then snoozed, then closed. */
  items: ChecklistItem[];
}
