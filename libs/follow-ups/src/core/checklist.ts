import { isCancelled } from '@app/planner';
import { checklistContext, checklistPeople, type ChecklistContext, type Person } from './context';
import { confirmAttendance, recordMet } from './items/checklist-level';
import { coffeeInvite } from './items/coffee-invite';
import { followUpEmail } from './items/follow-up-email';
import type { ItemSpec } from './items/item-spec';
import { itemKey } from './keys';
import { linkedinNote } from './items/linkedin-note';
import { projectUpdate } from './items/project-update';
import { promises } from './items/promise';
import { resolveItem } from './status';
import type { ChecklistInput, ChecklistItem, ChecklistView, FollowUpStatus } from './types';

/** The met-at-event sequence, item by item, for one person. */
function personItems(person: Person, context: ChecklistContext): ChecklistItem[] {
  const specs: (ItemSpec | null)[] = [
    linkedinNote(person, context),
    followUpEmail(person, context),
    coffeeInvite(person, context),
    ...promises(person, context),
    projectUpdate(person, context),
  ];
  return specs.filter((spec): spec is ItemSpec => spec !== null).map((spec) => resolveItem(spec, person, context));
}

const STATUS_RANK: Record<FollowUpStatus, number> = { OPEN: 1, STALE: 1, SNOOZED: 2, DONE: 3, SKIPPED: 3 };

/** The checklist's own questions first; then open and stale items by due time, then snoozed, then closed. */
function byPriority(a: ChecklistItem, b: ChecklistItem): number {
  const rank = (item: ChecklistItem) => (item.contactId === null ? 0 : STATUS_RANK[item.status]);
  return rank(a) - rank(b) || a.dueAt.getTime() - b.dueAt.getTime() || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0);
}

/**
 * The post-event checklist as the user sees it now: who to thank and by
 * when, with drafts, in the user's zone and under the anti-pestering budget.
 * Pure: the clock is the engine's `now`.
 */
export function checklistItems(input: ChecklistInput): ChecklistView {
  const { event } = input;
  if (isCancelled(event)) return { needsAttendees: false, needsConfirmation: false, items: [] };
  const context = checklistContext(input);
  if (event.attendance === 'MAYBE') {
    return { needsAttendees: false, needsConfirmation: true, items: [resolveItem(confirmAttendance(context), null, context)] };
  }
  if (event.attendance !== 'GOING') return { needsAttendees: false, needsConfirmation: false, items: [] };
  // "Did you go?" answered yes stays on the list as done, above what followed from it.
  const confirmed = context.stored.has(itemKey(null, 'CONFIRM_ATTENDANCE')) ? [resolveItem(confirmAttendance(context), null, context)] : [];
  const items = [...confirmed, resolveItem(recordMet(context), null, context), ...checklistPeople(context).flatMap((person) => personItems(person, context))];
  return { needsAttendees: input.attendeesRecordedAt === null, needsConfirmation: false, items: items.sort(byPriority) };
}
