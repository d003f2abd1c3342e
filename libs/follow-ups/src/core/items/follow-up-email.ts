import { formatMoment } from '@app/zones';
import { addRuleDays, draft } from '@app/planner';
import { draftBase, messageChannel, say, type ChecklistContext, type Person } from '../context';
import { itemKey } from '../keys';
import type { ItemSpec } from './item-spec';

/** A follow-up within 24–48 hours; counted in business days, so a Friday meeting is followed up on Monday or Tuesday. */
export function followUpEmail(person: Person, context: ChecklistContext): ItemSpec {
  const { rules, zone } = context;
  const met = rules.metAtEvent;
  const dueAt = addRuleDays(person.anchor, met.followUpMinDays, met.followUpBusinessDays, zone);
  const latestAt = addRuleDays(person.anchor, met.followUpMaxDays, met.followUpBusinessDays, zone);
  const channel = messageChannel(person.contact);
  const by = formatMoment(latestAt, zone);
  const linkedinPremium = context.input.engine.input.linkedinPremium;
  return {
    key: itemKey(person.contact.id, 'FOLLOW_UP_EMAIL'),
    kind: 'FOLLOW_UP_EMAIL',
    dueAt,
    latestAt,
    text:
      channel === 'EMAIL'
        ? say(person, context, `Email ${person.first} a follow-up by ${by}`, `email a follow-up by ${by}`)
        : say(person, context, `Message ${person.first} on LinkedIn by ${by}`, `send a LinkedIn message by ${by}`),
    channel,
    // The coffee invite is an item of its own, a week later: this message only follows up.
    write: () => draft('MET_AT_EVENT_FOLLOW_UP', { ...draftBase(person, context), askForCoffee: false }, { channel, rules, linkedinPremium }),
    sources: person.sources,
    logs: { kind: 'EMAIL', awaitingReply: true },
    closed: null,
  };
}
