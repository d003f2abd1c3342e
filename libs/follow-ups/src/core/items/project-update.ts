import { clean, draft, fittingUpdates, interviewsFor } from '@app/planner';
import { addLocalDays, formatDay } from '@app/zones';
import { draftBase, messageChannel, say, touchesAfter, type ChecklistContext, type Person } from '../context';
import { itemKey } from '../keys';
import type { ItemSpec } from './item-spec';

/** The latest touch of any kind since the anchor (any touch restarts the clock), else the anchor. */
function clockStart(person: Person): Date {
  const after = person.anchor.getTime();
  const times = [
    ...touchesAfter(person).map((interaction) => interaction.occurredAt.getTime()),
    ...person.history.interviews.map((interview) => interview.occurredAt.getTime()).filter((at) => at > after),
  ];
  return times.length > 0 ? new Date(Math.max(...times)) : person.anchor;
}

/** About a month later, a project update that fits the person (a matching tag, a promise from an interview). */
export function projectUpdate(person: Person, context: ChecklistContext): ItemSpec | null {
  const { rules, zone } = context;
  const { engine, event } = context.input;
  const key = itemKey(person.contact.id, 'PROJECT_UPDATE');
  const [fit] = fittingUpdates(person.contact, {
    interviews: interviewsFor(person.contact, person.history.interviews),
    interactions: person.history.interactions,
    projectUpdates: engine.input.projectUpdates,
    event,
  });
  if (!fit && !context.stored.has(key)) return null;
  const dueAt = addLocalDays(clockStart(person), rules.checklist.projectUpdateAfterDays, zone);
  const day = formatDay(dueAt, zone, true);
  const channel = messageChannel(person.contact);
  const base = { key, kind: 'PROJECT_UPDATE' as const, dueAt, latestAt: null, channel, logs: { kind: 'PROJECT_UPDATE' as const, awaitingReply: true } };
  if (!fit) {
    // The user acted on it once, and every update that fitted has been shared since.
    return {
      ...base,
      text: say(person, context, `Share a project update with ${person.first} from ${day}`, `share a project update from ${day}`),
      write: null,
      sources: person.sources,
      closed: { reason: `Nothing left to share with ${person.first}: no unshared update fits now`, at: null, sources: [] },
    };
  }
  const title = clean(fit.update.title, 80);
  const why = fit.grounds.length > 0 ? ` (it touches on ${fit.grounds.join(' and ')})` : '';
  return {
    ...base,
    text: say(person, context, `Share “${title}” with ${person.first} from ${day}${why}`, `share “${title}” from ${day}${why}`),
    write: () => draft('PROJECT_UPDATE', { ...draftBase(person, context), update: fit }, { channel, rules, linkedinPremium: engine.input.linkedinPremium }),
    sources: [...person.sources, ...fit.sources],
    closed: null,
  };
}
