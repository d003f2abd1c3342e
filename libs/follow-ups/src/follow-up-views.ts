import { decodeCursor, encodeCursor, Page } from '@app/common';
import { ChecklistItem, FollowUpStatus, followUpItemId } from './core';
import type { FollowUpFilter } from './follow-up.inputs';
import type { FollowUpChecklistType, FollowUpItemType } from './follow-up.types';
import type { ComputedChecklist } from './follow-ups.reader';

/* Maps the checklist core's items onto the GraphQL types (contacts and events are resolved by id). */

export function toItemView(checklist: ComputedChecklist, item: ChecklistItem): FollowUpItemType {
  return {
    id: followUpItemId(checklist.checklistId, item.key),
    checklistId: checklist.checklistId,
    eventId: checklist.eventId,
    contactId: item.contactId,
    kind: item.kind,
    status: item.status,
    dueAt: item.dueAt,
    latestAt: item.latestAt,
    overdue: item.overdue,
    text: item.text,
    channel: item.channel,
    subject: item.subject,
    draft: item.draft,
    blockedReason: item.blockedReason,
    availableAt: item.availableAt,
    staleSuggestion: item.staleSuggestion,
    closedReason: item.closedReason,
    snoozedUntil: item.snoozedUntil,
    skipReason: item.skipReason,
    completedAt: item.doneAt,
    sources: item.sources.map((source) => ({ kind: source.kind, id: source.id })),
  };
}

export function toChecklistView(checklist: ComputedChecklist): FollowUpChecklistType {
  return {
    id: checklist.checklistId,
    eventId: checklist.eventId,
    needsAttendees: checklist.view.needsAttendees,
    needsConfirmation: checklist.view.needsConfirmation,
    createdAt: checklist.createdAt,
    items: checklist.view.items.map((item) => toItemView(checklist, item)),
  };
}

/** What to do first across checklists: open and stale by due time, then snoozed, then closed (latest first). */
const GROUP: Record<FollowUpStatus, number> = { OPEN: 0, STALE: 0, SNOOZED: 1, DONE: 2, SKIPPED: 2 };

type SortKey = [group: number, time: number, id: string];

function sortKey(item: FollowUpItemType): SortKey {
  const group = GROUP[item.status];
  const time = group === 2 ? -(item.completedAt ?? item.dueAt).getTime() : item.dueAt.getTime();
  return [group, time, item.id];
}

const compareKeys = (a: SortKey, b: SortKey) => a[0] - b[0] || a[1] - b[1] || (a[2] < b[2] ? -1 : a[2] > b[2] ? 1 : 0);

function matches(item: FollowUpItemType, filter: FollowUpFilter): boolean {
  return (
    (filter.status === undefined || item.status === filter.status) &&
    (filter.kind === undefined || item.kind === filter.kind) &&
    (filter.contactId === undefined || item.contactId === filter.contactId) &&
    (filter.eventId === undefined || item.eventId === filter.eventId) &&
    (filter.overdue === undefined || item.overdue === filter.overdue)
  );
}

/** One page of the user's items across checklists, keyed by the sort order so a page boundary survives items changing. */
export function pageOfItems(checklists: readonly ComputedChecklist[], filter: FollowUpFilter, first: number, after?: string | null): Page<FollowUpItemType> {
  const keyed = checklists
    .flatMap((checklist) => checklist.view.items.map((item) => toItemView(checklist, item)))
    .filter((item) => matches(item, filter))
    .map((item) => ({ item, key: sortKey(item) }))
    .sort((a, b) => compareKeys(a.key, b.key));
  let start = 0;
  if (after) {
    const [group, time, id] = decodeCursor(after, 3);
    if (typeof group !== 'number' || typeof time !== 'number' || typeof id !== 'string') decodeCursor('', 3);
    const cursor: SortKey = [group as number, time as number, id as string];
    start = keyed.findIndex((entry) => compareKeys(entry.key, cursor) > 0);
    if (start < 0) start = keyed.length;
  }
  const page = keyed.slice(start, start + first);
  return {
    edges: page.map(({ item, key }) => ({ node: item, cursor: encodeCursor(key) })),
    pageInfo: { hasNextPage: start + first < keyed.length, endCursor: page.length ? encodeCursor(page[page.length - 1].key) : null },
  };
}
