import { Link, useParams } from 'react-router';
import { useQuery } from 'urql';
import { errorCode, errorMessage } from '../../api/errors';
import { ErrorNote, Loading } from '../../ui/feedback';
import { AttendanceButtons } from './attendance-buttons';
import { EventChanges } from './event-changes';
import { EventChecklistLink } from './event-checklist-link';
import { EventDescription, EventPeople, EventSmallPrint } from './event-details';
import { EventMatches } from './event-matches';
import { EventDocument } from './event-operations';
import { EventPlace, EventSources } from './event-place';
import { EventStatusBadge } from '../../ui/badge';
import { EventTime } from './event-time';
import './events.css';

/** /events/:id (digest emails link here): the whole event, why it matters to you, and whether you go. */
export default function EventPage() {
  const { id = '' } = useParams();
  const [{ data, fetching, error }] = useQuery({ query: EventDocument, variables: { id } });
  const event = data?.event;

  if (!event) {
    if (fetching) return <Loading what="the event" />;
    const notFound = errorCode(error) === 'NOT_FOUND' || errorCode(error) === 'BAD_USER_INPUT';
    return (
      <>
        <h1>{notFound ? 'Event not found' : 'Event'}</h1>
        <ErrorNote message={notFound ? 'None of your sources lists this event (any more): it may have been removed from its feed.' : errorMessage(error)} />
        <p>
          <Link to="/events">All events</Link>
        </p>
      </>
    );
  }

  const ended = new Date(event.endsAt ?? event.startsAt).getTime() < Date.now();
  return (
    <article className={`event-page${event.status === 'CANCELLED' ? ' cancelled' : ''}`}>
      <p className="breadcrumb">
        <Link to="/events">All events</Link>
      </p>
      <h1 className="event-title">
        {event.title} <EventStatusBadge status={event.status} />
      </h1>
      {error && <ErrorNote message={errorMessage(error)} />}
      <div className="card">
        <EventTime event={event} />
        <EventPlace event={event} />
        <EventSources event={event} />
        <AttendanceButtons eventId={event.id} attendance={event.attendance} />
      </div>
      <EventChecklistLink eventId={event.id} ended={ended} attendance={event.attendance} />
      {event.changes.length > 0 && (
        <section aria-labelledby="event-changes-heading">
          <h2 id="event-changes-heading">Changes</h2>
          <EventChanges changes={event.changes} />
        </section>
      )}
      <section aria-labelledby="event-matches-heading">
        <h2 id="event-matches-heading">Why it matters to you</h2>
        {event.matches.length > 0 ? (
          <EventMatches matches={event.matches} />
        ) : (
          <p className="muted">
            None of your tracked <Link to="/people">people</Link>, <Link to="/companies">companies</Link> or <Link to="/settings">interests</Link> is mentioned
            in this event.
          </p>
        )}
      </section>
      <EventDescription event={event} />
      <EventPeople event={event} />
      <EventSmallPrint event={event} />
    </article>
  );
}
