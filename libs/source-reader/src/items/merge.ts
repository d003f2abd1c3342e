import { EventPerson, EventStatus } from '@app/event-model';
import type { EventFields } from './event-fields';

/**
 * Field-level merge of the feed items that list one real-world event.
 * `items` come primary first (the item the event was created from). Items
 * sharing a UID are versions of one event from its organiser: the newest
 * (highest SEQUENCE) is the event as it stands. Times, title and status
 * follow the primary's listing unless it is cancelled while another source
 * still lists the event; empty fields are filled from the others; lists are
 * united; the longest description wins (it says the most).
 */
export function mergeItems(items: readonly EventFields[]): EventFields {
  if (items.length === 0) throw new Error('mergeItems needs at least one item');
  const listings = currentListings(items);
  const live = listings.filter((i) => i.status !== EventStatus.CANCELLED);
  // All cancelled: times and title as the invitation had them (a cancellation message may say less).
  const lead = live[0] ?? items.find((i) => i.uid === listings[0].uid && i.status !== EventStatus.CANCELLED) ?? listings[0];
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
    status: mergedStatus(listings),
    sequence: Math.max(...items.map((i) => i.sequence)),
  };
}

/**
 * The current version of each UID among the items, in first-seen order:
 * the highest SEQUENCE, and on a tie a cancellation (an iTIP CANCEL need
 * not raise the SEQUENCE of the invitation it withdraws).
 */
function currentListings(items: readonly EventFields[]): EventFields[] {
  const current = new Map<string, EventFields>();
  for (const item of items) {
    const best = current.get(item.uid);
    const newer = !best || item.sequence > best.sequence || (item.sequence === best.sequence && item.status === EventStatus.CANCELLED);
    if (newer) current.set(item.uid, item);
  }
  return [...current.values()];
}

/** Over the listings of different sources: cancelled only when every one says so; tentative only when none confirms. */
function mergedStatus(listings: readonly EventFields[]): EventStatus {
  if (listings.every((i) => i.status === EventStatus.CANCELLED)) return EventStatus.CANCELLED;
  return listings.some((i) => i.status === EventStatus.CONFIRMED) ? EventStatus.CONFIRMED : EventStatus.TENTATIVE;
}
