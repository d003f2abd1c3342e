import { Link } from 'react-router';
import type { EventCardFieldsFragment } from '../../gql/graphql';
import { AttendanceButtons } from './attendance-buttons';
import { EventChanges } from './event-changes';
import { EventMatches } from './event-matches';
import { EventPlace, EventSources } from './event-place';
import { EventStatusBadge } from '../../ui/badge';
import { EventTime } from './event-time';

/** Matches shown on a card; the event's page has them all. */
const CARD_MATCHES = 3;

/** One event in the agenda: when, where, why it matters to you, and whether you are going. */
export function EventCard({ event }: { event: EventCardFieldsFragment }) {
  const href = `/events/${encodeURIComponent(event.id)}`;
  const cancelled = event.status === 'CANCELLED';
  return (
    <li className={`card event-card${cancelled ? ' cancelled' : ''}`}>
      <h3 className="event-title">
        <Link to={href}>{event.title}</Link> <EventStatusBadge status={event.status} />
      </h3>
      <EventTime event={event} />
      <EventPlace event={event} />
      <EventSources event={event} />
      <EventChanges changes={event.changes} />
      <EventMatches matches={event.matches} limit={CARD_MATCHES} moreHref={href} />
      <AttendanceButtons eventId={event.id} attendance={event.attendance} />
    </li>
  );
}
