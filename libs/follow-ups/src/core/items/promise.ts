import { clean, draft, updateKeepingPromise } from '@app/planner';
import { addLocalDays, formatDay } from '@app/zones';
import { draftBase, messageChannel, say, type ChecklistContext, type Person } from '../context';
import type { StoredItem } from '../types';
import type { ItemSpec } from './item-spec';

/**
 * Promises made at the event ("send the deck"), one item each, due when the
 * user said or a few days after meeting. Keeping a promise is no pestering:
 * it asks for no reply, so the budget never holds it back, and a reply does
 * not close it.
 */
export function promises(person: Person, context: ChecklistContext): ItemSpec[] {
  return person.stored.filter((row) => row.kind === 'PROMISE').map((row) => promiseItem(row, person, context));
}

function promiseItem(row: StoredItem, person: Person, context: ChecklistContext): ItemSpec {
  const { rules, zone } = context;
  const { engine } = context.input;
  const promise = clean(row.text ?? '');
  const dueAt = row.promisedBy ?? addLocalDays(person.anchor, rules.checklist.promiseWithinDays, zone);
  const quoted = promise ? `: “${promise}”` : '';
  const by = ` (by ${formatDay(dueAt, zone, true)})`;
  const channel = messageChannel(person.contact);
  return {
    key: row.key,
    kind: 'PROMISE',
    dueAt,
    latestAt: null,
    text: say(person, context, `Keep your promise to ${person.first}${quoted}${by}`, `keep your promise${quoted}${by}`),
    channel,
    write: () =>
      draft(
        'KEEP_PROMISE',
        {
          ...draftBase(person, context),
          promise,
          update: promise ? updateKeepingPromise(promise, engine.input.projectUpdates, person.history.interactions) : null,
        },
        { channel, rules, linkedinPremium: engine.input.linkedinPremium },
      ),
    sources: person.sources,
    logs: { kind: 'EMAIL', awaitingReply: false },
    closed: null,
  };
}
