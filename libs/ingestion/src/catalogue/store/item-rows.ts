import { EventPerson, EventStatus, Organizer } from '@app/event-model';
import { EventFields } from '@app/source-reader';

/** The event columns as SQL, for SELECTs that feed `rowToFields`. */
export const EVENT_FIELD_SQL = `uid, title, description, all_day, start_local, end_local, starts_at, ends_at, time_zone, floating,
  location, venue_name, venue_address, online_url, url, organizer, people, categories, status, sequence, recurring`;

export interface EventFieldRow {
  uid: string;
  title: string;
  description: string | null;
  all_day: boolean;
  start_local: string;
  end_local: string | null;
  starts_at: Date;
  ends_at: Date | null;
  time_zone: string | null;
  floating: boolean;
  location: string | null;
  venue_name: string | null;
  venue_address: string | null;
  online_url: string | null;
  url: string | null;
  organizer: Organizer | null;
  people: EventPerson[];
  categories: string[];
  status: EventStatus;
  sequence: number;
  recurring: boolean;
}

export function rowToFields(r: EventFieldRow): EventFields {
  return {
    uid: r.uid,
    title: r.title,
    description: r.description,
    allDay: r.all_day,
    startLocal: r.start_local,
    endLocal: r.end_local,
    startsAt: r.starts_at,
    endsAt: r.ends_at,
    timeZone: r.time_zone,
    floating: r.floating,
    location: r.location,
    venueName: r.venue_name,
    venueAddress: r.venue_address,
    onlineUrl: r.online_url,
    url: r.url,
    organizer: r.organizer,
    people: r.people,
    categories: r.categories,
    status: r.status,
    sequence: r.sequence,
    recurring: r.recurring,
  };
}
