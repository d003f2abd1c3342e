import type { BlockedTouch, TouchClaim, TouchKind, TouchRule, TouchSuggestion } from '@app/planner';
import { followUpItemId } from './keys';
import type { ChecklistInput, ChecklistItem, ChecklistView, FollowUpKind } from './types';

/** What the checklist hands the planner for one person. */
export type FollowUpClaim = TouchClaim;

type PersonKind = Exclude<FollowUpKind, 'CONFIRM_ATTENDANCE' | 'RECORD_MET'>;

/** Each item as the planner's rule and move: a kept promise is a follow-up, a project update keeps in touch. */
const AS_TOUCH: Record<PersonKind, { rule: TouchRule; kind: TouchKind }> = {
  LINKEDIN_NOTE: { rule: 'MET_AT_EVENT_FOLLOW_UP', kind: 'LINKEDIN_CONNECT' },
  FOLLOW_UP_EMAIL: { rule: 'MET_AT_EVENT_FOLLOW_UP', kind: 'FOLLOW_UP_EMAIL' },
  COFFEE_INVITE: { rule: 'MET_AT_EVENT_REMINDER', kind: 'COFFEE_INVITE' },
  PROMISE: { rule: 'PROMISED_UPDATE', kind: 'FOLLOW_UP_EMAIL' },
  PROJECT_UPDATE: { rule: 'KEEP_IN_TOUCH', kind: 'PROJECT_UPDATE' },
};

const isOpen = (item: ChecklistItem) => item.status === 'OPEN' || item.status === 'STALE';
const SEQUENCE: readonly FollowUpKind[] = ['LINKEDIN_NOTE', 'FOLLOW_UP_EMAIL', 'PROMISE', 'COFFEE_INVITE', 'PROJECT_UPDATE'];
const deadline = (item: ChecklistItem) => (item.latestAt ?? item.dueAt).getTime();

/** Earliest due first; at the same moment the tighter deadline (the 24-hour note before the 48-hour email), then the sequence. */
const byDue = (a: ChecklistItem, b: ChecklistItem) =>
  a.dueAt.getTime() - b.dueAt.getTime() ||
  deadline(a) - deadline(b) ||
  SEQUENCE.indexOf(a.kind) - SEQUENCE.indexOf(b.kind) ||
  (a.key < b.key ? -1 : a.key > b.key ? 1 : 0);

function asSuggestion(item: ChecklistItem, contactId: string, checklistId: string): TouchSuggestion | null {
  if (item.kind === 'CONFIRM_ATTENDANCE' || item.kind === 'RECORD_MET' || !item.channel || item.draft === null) return null;
  const id = followUpItemId(checklistId, item.key);
  return {
    id,
    followUpId: id,
    contactId,
    contactName: item.contactName ?? '',
    ...AS_TOUCH[item.kind],
    channel: item.channel,
    dueAt: item.dueAt,
    latestAt: item.latestAt,
    overdue: item.overdue,
    subject: item.subject,
    draft: item.draft,
    reason: item.text,
    sources: item.sources,
    remindAt: [],
  };
}

function asBlocked(item: ChecklistItem, contactId: string, checklistId: string): BlockedTouch | null {
  if (item.kind === 'CONFIRM_ATTENDANCE' || item.kind === 'RECORD_MET' || !item.blockedBy) return null;
  return {
    id: followUpItemId(checklistId, item.key),
    contactId,
    contactName: item.contactName ?? '',
    ...AS_TOUCH[item.kind],
    blockedBy: item.blockedBy,
    reason: item.blockedReason ?? '',
    wouldBeDueAt: item.dueAt,
    availableAt: item.availableAt,
    sources: item.sources,
  };
}

/**
 * One claim per person with any item, in the checklist's order: the next
 * open item the budget allows, else the first it holds back. A person whose
 * items are all closed still gets a claim, so the planner does not restart
 * its own met-at-event sequence for that meeting.
 */
export function touchClaims(view: ChecklistView, input: ChecklistInput): TouchClaim[] {
  const itemsByContact = new Map<string, ChecklistItem[]>();
  for (const item of view.items) {
    if (item.contactId === null) continue;
    const list = itemsByContact.get(item.contactId) ?? [];
    list.push(item);
    itemsByContact.set(item.contactId, list);
  }
  const order = [...new Set([...input.met.map((person) => person.contactId), ...input.suggested, ...itemsByContact.keys()])];
  const claims: TouchClaim[] = [];
  for (const contactId of order) {
    const items = itemsByContact.get(contactId);
    if (!items) continue;
    const open = items.filter(isOpen).sort(byDue);
    const allowed = open.find((item) => item.blockedBy === null);
    const held = allowed ? undefined : open.find((item) => item.blockedBy !== null);
    const meeting = input.met.find((person) => person.contactId === contactId);
    claims.push({
      contactId,
      meetingIds: meeting ? [meeting.meetingId] : [],
      next: allowed ? asSuggestion(allowed, contactId, input.checklistId) : null,
      blocked: held ? asBlocked(held, contactId, input.checklistId) : null,
      eventId: input.event.id,
    });
  }
  return claims;
}
