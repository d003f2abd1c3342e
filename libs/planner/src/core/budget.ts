import { addLocalDays, formatDay, localDaysBetween, startOfLocalDay } from '@app/zones';
import type { ContactHistory } from './history';
import { interactionLabel, plural } from './labels';
import type { CadenceRules } from './rules';
import type { SourceRef } from './types';

export type BudgetBlock = 'BUDGET_TOTAL' | 'BUDGET_WINDOW';

export interface BudgetVerdict {
  allowed: boolean;
  blockedBy: BudgetBlock | null;
  /** Readable: "1 unanswered touch in the last 7 days (email on 12 Nov); wait for a reply or until 19 Nov". */
  reason: string | null;
  /** When the weekly window frees up; null when only a reply can unblock. */
  availableAt: Date | null;
  /** The unanswered touches behind the verdict. */
  sources: SourceRef[];
}

/**
 * The anti-pestering budget for one more outbound touch at `at`. The window
 * is counted in local dates ("per 7 days" as a person counts them), so a
 * thank-you on Monday evening does not block a check-in the next Monday
 * morning.
 */
export function checkBudget(history: ContactHistory, at: Date, rules: CadenceRules, zone: string): BudgetVerdict {
  const { maxUnansweredTotal, maxUnansweredPerWindow, windowDays } = rules.budget;
  const unanswered = history.unanswered.filter((touch) => touch.occurredAt.getTime() <= at.getTime());
  const describe = (touches: typeof unanswered) =>
    touches
      .map((touch) => `${touch.kind === 'COFFEE' ? 'coffee invitation' : interactionLabel(touch.kind)} on ${formatDay(touch.occurredAt, zone)}`)
      .join(', ');
  const touches = (count: number) => plural(count, 'unanswered touch', 'unanswered touches');

  if (unanswered.length >= maxUnansweredTotal) {
    return {
      allowed: false,
      blockedBy: 'BUDGET_TOTAL',
      reason: `${touches(unanswered.length)} already (${describe(unanswered)}); wait for a reply`,
      availableAt: null,
      sources: unanswered.map((touch) => ({ kind: 'INTERACTION', id: touch.id })),
    };
  }

  const inWindow = unanswered
    .filter((touch) => localDaysBetween(touch.occurredAt, at, zone) < windowDays)
    .sort((a, b) => b.occurredAt.getTime() - a.occurredAt.getTime());
  if (inWindow.length >= maxUnansweredPerWindow) {
    // The window frees when the maxUnansweredPerWindow-th most recent touch leaves it.
    const pivot = inWindow[maxUnansweredPerWindow - 1];
    const availableAt = addLocalDays(startOfLocalDay(pivot.occurredAt, zone), windowDays, zone);
    return {
      allowed: false,
      blockedBy: 'BUDGET_WINDOW',
      reason: `${touches(inWindow.length)} in the last ${windowDays} days (${describe(inWindow)}); wait for a reply or until ${formatDay(availableAt, zone)}`,
      availableAt,
      sources: inWindow.map((touch) => ({ kind: 'INTERACTION', id: touch.id })),
    };
  }
  return { allowed: true, blockedBy: null, reason: null, availableAt: null, sources: [] };
}
