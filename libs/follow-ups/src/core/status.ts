import { checkBudget, isOverdue, uniqueSources } from '@app/planner';
import type { ChecklistContext, Person } from './context';
import type { ItemSpec } from './items/item-spec';
import { isStale, staleSuggestion } from './stale';
import type { ChecklistItem } from './types';

/** A snooze moves the item: due when the snooze ends, and a deadline it already passed no longer applies. */
function retimed(spec: ItemSpec, until: Date): { dueAt: Date; latestAt: Date | null } {
  return { dueAt: until, latestAt: spec.latestAt && spec.latestAt.getTime() > until.getTime() ? spec.latestAt : null };
}

function drafted(spec: ItemSpec): Pick<ChecklistItem, 'subject' | 'draft' | 'sources'> {
  const written = spec.write?.();
  return written
    ? { subject: written.subject, draft: written.body, sources: uniqueSources([...spec.sources, ...written.sources]) }
    : { subject: null, draft: null, sources: uniqueSources(spec.sources) };
}

/**
 * The item as the user sees it now: their stored decision first (done,
 * skipped, snoozed), then whether it closed by itself, then for open items
 * the clock (overdue, stale) and the anti-pestering budget.
 */
export function resolveItem(spec: ItemSpec, person: Person | null, context: ChecklistContext): ChecklistItem {
  const { now, zone, rules } = context;
  const row = context.stored.get(spec.key);
  const base: ChecklistItem = {
    key: spec.key,
    kind: spec.kind,
    status: 'OPEN',
    contactId: person?.contact.id ?? null,
    contactName: person?.contact.name ?? null,
    dueAt: spec.dueAt,
    latestAt: spec.latestAt,
    overdue: false,
    text: spec.text,
    channel: spec.channel,
    subject: null,
    draft: null,
    sources: uniqueSources(spec.sources),
    blockedReason: null,
    blockedBy: null,
    availableAt: null,
    staleSuggestion: null,
    closedReason: null,
    snoozedUntil: null,
    skipReason: null,
    doneAt: null,
    logs: spec.logs,
  };

  if (row?.status === 'DONE' || row?.status === 'SKIPPED') return { ...base, status: row.status, doneAt: row.doneAt, skipReason: row.skipReason };
  if (spec.closed) {
    const { reason, at, sources } = spec.closed;
    return { ...base, status: 'DONE', closedReason: reason, doneAt: at, sources: uniqueSources([...spec.sources, ...sources]) };
  }
  const snoozedUntil = row?.status === 'SNOOZED' ? row.snoozedUntil : null;
  if (snoozedUntil && snoozedUntil.getTime() > now.getTime())
    return { ...base, ...retimed(spec, snoozedUntil), ...drafted(spec), status: 'SNOOZED', snoozedUntil };

  const timing = snoozedUntil ? retimed(spec, snoozedUntil) : { dueAt: spec.dueAt, latestAt: spec.latestAt };
  const stale = isStale(timing, context);
  const open: ChecklistItem = {
    ...base,
    ...timing,
    ...drafted(spec),
    status: stale ? 'STALE' : 'OPEN',
    overdue: isOverdue(timing, now, zone),
    staleSuggestion: stale ? staleSuggestion(spec, person, context) : null,
  };
  if (!person || !spec.logs?.awaitingReply) return open;

  const actAt = new Date(Math.max(timing.dueAt.getTime(), now.getTime()));
  const verdict = checkBudget(person.history, actAt, rules, zone);
  if (verdict.allowed) return open;
  return {
    ...open,
    blockedReason: verdict.reason ?? 'The anti-pestering budget is used up; wait for a reply',
    blockedBy: verdict.blockedBy ?? 'BUDGET_TOTAL',
    availableAt: verdict.availableAt,
    sources: uniqueSources([...open.sources, ...verdict.sources]),
  };
}
