import { interactionLabel } from '@app/planner';
import { addLocalDays, formatDay } from '@app/zones';
import type { ChecklistContext, Person } from './context';
import type { ItemSpec } from './items/item-spec';

/** Open this many days past its last moment: kept, but marked stale with something else to try. */
export function isStale(timing: { dueAt: Date; latestAt: Date | null }, context: ChecklistContext): boolean {
  const lastMoment = timing.latestAt ?? timing.dueAt;
  return context.now.getTime() > addLocalDays(lastMoment, context.rules.checklist.staleAfterDays, context.zone).getTime();
}

/** Another channel when one is known, else leave it be: pressing on weeks later reads as pestering. */
export function staleSuggestion(spec: ItemSpec, person: Person | null, context: ChecklistContext): string {
  if (!person) {
    return spec.kind === 'CONFIRM_ATTENDANCE'
      ? 'Say whether you went, or skip this if there is nobody to follow up'
      : 'Record whom you met while you still remember, or skip this if there is nobody to follow up';
  }
  const { contact, first } = person;
  if (spec.kind === 'PROMISE') return `A promise kept late still counts: keep it now, or skip it if it no longer applies`;
  if ((spec.channel === 'LINKEDIN_NOTE' || spec.channel === 'LINKEDIN_MESSAGE') && contact.email)
    return `No answer on LinkedIn: try an email to ${first} instead`;
  if (spec.channel === 'EMAIL' && !contact.linkedinConnected) return `No answer by email: try a LinkedIn note to ${first} instead`;
  const zone = context.zone;
  const waiting = person.history.unanswered[0];
  return waiting
    ? `Let it go: ${first} has not answered since your ${interactionLabel(waiting.kind)} on ${formatDay(waiting.occurredAt, zone)}; a later event is a better moment to reconnect`
    : `Let it go: it has been a while since “${context.title}” on ${formatDay(person.anchor, zone)}; a later event is a better moment to reconnect`;
}
