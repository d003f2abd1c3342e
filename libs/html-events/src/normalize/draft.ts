import type { EventPerson, EventStatusValue, Organizer, Venue } from '@app/event-model';
import type { WrittenDateTime } from './datetime';

export type ExtractionMethod = 'json-ld' | 'microdata' | 'microformats' | 'recipe';

/**
 * One event as read from the page, before the page-level decisions (which
 * zone its times are in, whether its offset can be trusted, its UID,
 * duplicates) turn it into a NormalizedEvent.
 */
export interface EventDraft {
  method: ExtractionMethod;
  /** The item's own identifier (JSON-LD @id, microdata itemid, hCalendar UID). */
  sourceId: string | null;
  title: string;
  description: string | null;
  start: WrittenDateTime;
  end: WrittenDateTime | null;
  durationMs: number | null;
  /** Zone for floating times of this item (a recipe's zone); null -> the parse's default zone. */
  zone: string | null;
  structuredStatus: EventStatusValue | null;
  location: string | null;
  venue: Venue | null;
  onlineUrl: string | null;
  url: string | null;
  organizer: Organizer | null;
  people: EventPerson[];
  categories: string[];
  stampedAt: WrittenDateTime | null;
}
