import { EventPerson } from '../core';
import { EventStatus } from '../sources/source.enums';
import { EventFields } from './item-fields';

/**
 * Field-level merge of the feed items that list one real-world event.
 * `items` come primary first (the item the event was created from). Times,
 * title and status follow the primary unless it is cancelled while another
 * source still lists the event; empty fields are filled from the others;
 * lists are united; the longest description wins (it says the most).
 */
export function mergeItems(items: readonly EventFields[]): EventFields {
  if (items.length === 0) throw new Error('mergeItems needs at least one item');
  const live = items.filter((i) => i.status !== EventStatus.CANCELLED);
  const lead = live[0] ?? items[0];
  const first = <K extends keyof EventFields>(key: K): EventFields[K] => {
    for (const item of [lead, ...items]) if (item[key] !== null && item[key] !== '') return item[key];
    return lead[key];
  };
  const people = new Map<string, EventPerson>();
  for (const item of items) {
    for (const person of item.people) {
      const key = `${person.role}:${person.name.toLowerCase()}`;
      const known = people.get(key);
      people.set(key, known ? { ...known, affiliation: known.affiliation ?? person.affiliation, email: known.email ?? person.email } : person);
    }
  }
  const descriptions = items.map((i) => i.description).filter((d): d is string => !!d);
  return {
    ...lead,
    description: descriptions.sort((a, b) => b.length - a.length)[0] ?? null,
    location: first('location'),
    venueName: first('venueName'),
    venueAddress: first('venueAddress'),
    onlineUrl: first('onlineUrl'),
    url: first('url'),
    organizer: first('organizer'),
    endLocal: lead.endLocal,
    endsAt: lead.endsAt,
    people: [...people.values()],
    categories: [...new Map(items.flatMap((i) => i.categories).map((c) => [c.toLowerCase(), c])).values()],
    status: mergedStatus(items),
    sequence: Math.max(...items.map((i) => i.sequence)),
  };
}

/** Cancelled only when every source says so; tentative only when no source confirms. */
function mergedStatus(items: readonly EventFields[]): EventStatus {
  if (items.every((i) => i.status === EventStatus.CANCELLED)) return EventStatus.CANCELLED;
  return items.some((i) => i.status === EventStatus.CONFIRMED) ? EventStatus.CONFIRMED : EventStatus.TENTATIVE;
}
