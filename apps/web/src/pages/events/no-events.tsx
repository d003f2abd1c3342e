import { Link } from 'react-router';
import { useQuery } from 'urql';
import { EmptyState, Loading } from '../../ui/feedback';
import { AnyEventDocument } from './event-operations';

/** Why the agenda is empty and what to do: add a feed when there are no events at all, else widen the filters. */
export function NoEvents({ narrowed }: { narrowed: boolean }) {
  const [{ data, error }] = useQuery({ query: AnyEventDocument });
  if (!data && !error) return <Loading what="events" />;
  if (data && data.events.edges.length === 0) {
    return (
      <EmptyState title="No events yet">
        <p>
          Events come from the iCal feeds and event pages you follow. <Link to="/sources">Add a feed or page on Sources</Link> and its events appear here within
          a few seconds.
        </p>
      </EmptyState>
    );
  }
  return (
    <EmptyState title={narrowed ? 'No events match these filters' : 'No events in these dates'}>
      <p>
        Widen the dates above (clear To to see every upcoming event)
        {narrowed ? ', or ' : '. '}
        {narrowed && (
          <>
            <Link to="/events">clear the filters</Link>.{' '}
          </>
        )}
        <Link to="/events?to=">Show all upcoming events</Link>
      </p>
    </EmptyState>
  );
}
