import { formatMoment } from '@app/zones';
import { draft } from '@app/planner';
import { draftBase, say, type ChecklistContext, type Person } from '../context';
import { itemKey } from '../keys';
import { HOUR_MS, type ItemSpec } from './item-spec';

/** A connection note within 24 hours of meeting, for someone not connected yet (kept once the user acted on it). */
export function linkedinNote(person: Person, context: ChecklistContext): ItemSpec | null {
  const key = itemKey(person.contact.id, 'LINKEDIN_NOTE');
  if (person.contact.linkedinConnected && !context.stored.has(key)) return null;
  const { rules, zone } = context;
  const deadline = new Date(person.anchor.getTime() + rules.metAtEvent.linkedinNoteWithinHours * HOUR_MS);
  const by = formatMoment(deadline, zone);
  const linkedinPremium = context.input.engine.input.linkedinPremium;
  return {
    key,
    kind: 'LINKEDIN_NOTE',
    dueAt: deadline,
    latestAt: deadline,
    text: say(person, context, `Send ${person.first} a LinkedIn note by ${by}`, `send a LinkedIn note by ${by}`),
    channel: 'LINKEDIN_NOTE',
    write: () => draft('LINKEDIN_CONNECT', draftBase(person, context), { channel: 'LINKEDIN_NOTE', rules, linkedinPremium }),
    sources: person.sources,
    logs: { kind: 'LINKEDIN_CONNECT', awaitingReply: true },
    closed: null,
  };
}
