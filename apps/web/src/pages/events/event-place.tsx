import { Link } from 'react-router';
import type { EventCardFieldsFragment } from '../../gql/graphql';
import { safeHref } from '../../ui/safe-url';

type Placed = Pick<EventCardFieldsFragment, 'location' | 'venue' | 'onlineUrl' | 'url' | 'sources'>;

/** Where: venue and address, the online link, the event's own page. */
export function EventPlace({ event }: { event: Placed }) {
  const parts = [event.venue?.name, event.venue?.address, event.location].filter((p): p is string => Boolean(p && p.trim()));
  const place = distinct(parts);
  const online = safeHref(event.onlineUrl);
  const page = safeHref(event.url);
  if (place.length === 0 && !online && !page && !event.onlineUrl) return null;
  return (
    <p className="event-place">
      {place.length > 0 && <span>{place.join(', ')}</span>}
      {online ? (
        <a href={online} rel="noopener noreferrer" target="_blank">
          Join online
        </a>
      ) : (
        event.onlineUrl && <span>Online: {event.onlineUrl}</span>
      )}
      {page && page !== online && (
        <a href={page} rel="noopener noreferrer" target="_blank">
          Event page
        </a>
      )}
    </p>
  );
}

/** Feeds often repeat the venue in the location: drop a piece another one already says. */
function distinct(parts: string[]): string[] {
  const lower = parts.map((p) => p.trim().toLowerCase());
  return parts.filter((_, i) => !lower.some((other, j) => j !== i && other.includes(lower[i]) && (other !== lower[i] || j < i)));
}

/** "From: Meetup NYC Data, Luma" with links to each source. */
export function EventSources({ event }: { event: Pick<EventCardFieldsFragment, 'sources'> }) {
  if (event.sources.length === 0) return null;
  return (
    <p className="meta">
      From{' '}
      {event.sources.map((source, i) => (
        <span key={source.id}>
          {i > 0 && ', '}
          <Link to={`/sources/${encodeURIComponent(source.id)}`}>{source.name}</Link>
        </span>
      ))}
    </p>
  );
}
