import { createHash } from 'node:crypto';
import { EventStatus, NormalizedEvent } from '@app/event-model';
import type { EventFields } from './event-fields';

export interface ItemFields extends EventFields {
  recurrenceKey: string;
  stampedAt: Date | null;
  contentHash: string;
}

/**
 * The instant an event starts at, for ordering and date windows. Timed:
 * parsed from its ISO form. All-day events have no instant: midnight UTC of
 * the date stands in (their dates themselves are kept as written).
 */
export function instantOf(local: string, allDay: boolean): Date {
  return allDay ? new Date(`${local}T00:00:00Z`) : new Date(local);
}

/** Keys of the normalised fields that define an item's content (for change detection). */
function fingerprint(event: NormalizedEvent): string {
  return createHash('sha256')
    .update(
      JSON.stringify([
        event.title,
        event.description,
        event.allDay,
        event.start,
        event.end,
        event.timeZone,
        event.floating,
        event.location,
        event.venue,
        event.onlineUrl,
        event.url,
        event.organizer,
        event.people,
        event.categories,
        event.status,
        event.sequence,
        event.recurring,
      ]),
    )
    .digest('base64url');
}

export function toItemFields(event: NormalizedEvent): ItemFields {
  return {
    uid: event.uid,
    recurrenceKey: event.recurrenceId ?? '',
    title: event.title,
    description: event.description,
    allDay: event.allDay,
    startLocal: event.start,
    endLocal: event.end,
    startsAt: instantOf(event.start, event.allDay),
    endsAt: event.end ? instantOf(event.end, event.allDay) : null,
    timeZone: event.timeZone,
    floating: event.floating,
    location: event.location,
    venueName: event.venue?.name ?? null,
    venueAddress: event.venue?.address ?? null,
    onlineUrl: event.onlineUrl,
    url: event.url,
    organizer: event.organizer,
    people: event.people,
    categories: event.categories,
    status: event.status as EventStatus,
    sequence: event.sequence,
    recurring: event.recurring,
    stampedAt: event.stampedAt ? new Date(event.stampedAt) : null,
    contentHash: fingerprint(event),
  };
}
