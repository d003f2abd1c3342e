import { draft, isEngagement } from '@app/planner';
import { addLocalDays, formatDay } from '@app/zones';
import { draftBase, messageChannel, say, touchesAfter, type ChecklistContext, type Person } from '../context';
import { itemKey } from '../keys';
import { firstReply } from '../replies';
import type { ItemSpec } from './item-spec';

/**
 * A coffee invitation about a week after the last message when nobody
 * answered. Counted from the latest touch, so sending the follow-up moves it;
 * a reply makes it unnecessary.
 */
export function coffeeInvite(person: Person, context: ChecklistContext): ItemSpec {
  const { rules, zone } = context;
  const outbound = touchesAfter(person).filter((interaction) => !isEngagement(interaction));
  const last = outbound[outbound.length - 1] ?? null;
  const dueAt = addLocalDays(last?.occurredAt ?? person.anchor, rules.metAtEvent.reminderAfterDays, zone);
  const day = formatDay(dueAt, zone, true);
  const channel = messageChannel(person.contact);
  const linkedinPremium = context.input.engine.input.linkedinPremium;
  const reply = firstReply(person, zone);
  // Only an earlier invitation is "the offer" a follow-up can point back to; other messages asked for no coffee.
  const previous = last?.kind === 'COFFEE' ? last : null;
  return {
    key: itemKey(person.contact.id, 'COFFEE_INVITE'),
    kind: 'COFFEE_INVITE',
    dueAt,
    latestAt: null,
    text: say(person, context, `If ${person.first} has not replied by ${day}, suggest a coffee`, `suggest a coffee if there is no reply by ${day}`),
    channel,
    write: () => draft('COFFEE_INVITE', { ...draftBase(person, context), previous }, { channel, rules, linkedinPremium }),
    sources: person.sources,
    logs: { kind: 'COFFEE', awaitingReply: true },
    closed: reply ? { reason: `${reply.said}: no invitation needed`, at: reply.at, sources: [reply.source] } : null,
  };
}
