import type { PlannerEvent } from './types';

/** How long an event without an end is taken to last: meetups often publish none, and two hours is usual. */
export const DEFAULT_EVENT_DURATION_MS = 2 * 3_600_000;
const DAY_MS = 86_400_000;

export function effectiveEnd(event: Pick<PlannerEvent, 'startsAt' | 'endsAt' | 'allDay'>): Date {
  if (event.endsAt && event.endsAt.getTime() > event.startsAt.getTime()) return event.endsAt;
  return new Date(event.startsAt.getTime() + (event.allDay ? DAY_MS : DEFAULT_EVENT_DURATION_MS));
}

export function overlaps(a: PlannerEvent, b: PlannerEvent): boolean {
  return a.startsAt.getTime() < effectiveEnd(b).getTime() && b.startsAt.getTime() < effectiveEnd(a).getTime();
}

/**
 * For each event, the others that overlap it in time. A sweep over events
 * sorted by start keeps this near-linear for a long plan.
 */
export function findConflicts(events: readonly PlannerEvent[]): Map<string, PlannerEvent[]> {
  const sorted = [...events].sort((a, b) => a.startsAt.getTime() - b.startsAt.getTime() || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const conflicts = new Map<string, PlannerEvent[]>(events.map((event) => [event.id, []]));
  for (let i = 0; i < sorted.length; i += 1) {
    const end = effectiveEnd(sorted[i]).getTime();
    for (let j = i + 1; j < sorted.length && sorted[j].startsAt.getTime() < end; j += 1) {
      if (!overlaps(sorted[i], sorted[j])) continue;
      conflicts.get(sorted[i].id)?.push(sorted[j]);
      conflicts.get(sorted[j].id)?.push(sorted[i]);
    }
  }
  for (const list of conflicts.values()) {
    list.sort((a, b) => a.startsAt.getTime() - b.startsAt.getTime() || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  }
  return conflicts;
}
