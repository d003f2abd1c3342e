import { addLocalDays, formatDay } from '@app/zones';
import { isEngagement, outboundAfter, type ContactHistory } from '../history';
import { plural } from '../labels';
import type { SourceRef } from '../types';
import { blank, type CadenceContext, type Step, type Trigger } from './candidate';

/** A coffee invitation nobody answered: one more message after about a week, at most 3 in all. */
export function coffeeSequence(history: ContactHistory, trigger: Extract<Trigger, { type: 'COFFEE' }>, context: CadenceContext): Step {
  const { rules, zone } = context;
  const coffee = rules.coffeeRequest;
  // The run of unanswered messages that began with the first coffee invitation since the contact last engaged.
  const before = trigger.at.getTime();
  const engagementTimes = [
    ...history.interactions.filter(isEngagement).map((interaction) => interaction.occurredAt.getTime()),
    ...history.interviews.map((interview) => interview.occurredAt.getTime()),
  ].filter((at) => at < before);
  const lastEngagement = engagementTimes.length > 0 ? Math.max(...engagementTimes) : Number.NEGATIVE_INFINITY;
  const afterEngagement = outboundAfter(history, lastEngagement);
  const firstInvite = afterEngagement.find((touch) => touch.kind === 'COFFEE');
  const run = firstInvite ? afterEngagement.filter((touch) => touch.occurredAt.getTime() >= firstInvite.occurredAt.getTime()) : [];
  const last = run[run.length - 1] ?? trigger.interaction;
  const sources = run.map((touch): SourceRef => ({ kind: 'INTERACTION', id: touch.id }));
  const dueAt = addLocalDays(last.occurredAt, coffee.waitDays, zone);

  if (run.length >= coffee.maxMessages) {
    return {
      stop: {
        rule: 'COFFEE_FOLLOW_UP',
        kind: 'COFFEE_INVITE',
        anchorId: trigger.id,
        wouldBeDueAt: dueAt,
        reason: `${plural(run.length, 'message')} about coffee since ${formatDay(run[0].occurredAt, zone)} went unanswered (${coffee.maxMessages} at most); wait for a reply`,
        sources,
      },
    };
  }
  return {
    candidate: {
      ...blank('COFFEE_FOLLOW_UP', 'COFFEE_INVITE', trigger.id, dueAt),
      previous: last,
      sources,
      reason: `No reply to your coffee invitation on ${formatDay(last.occurredAt, zone)}: one more message after ${coffee.waitDays} days (message ${run.length + 1} of ${coffee.maxMessages} at most)`,
    },
  };
}
