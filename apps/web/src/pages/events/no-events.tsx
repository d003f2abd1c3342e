import { Link, useSearchParams } from 'react-router';
import { useQuery } from 'urql';
import { EmptyState, Loading } from '../../ui/feedback';
import { AnyEventDocument } from './event-operations';

/** Why the agenda is empty and what to do: add a feed when there are no events at all, else widen the filters. */
export function NoEvents({ narrowed }: { narrowed: boolean }) {
  const [params] = useSearchParams();
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
  // The same filters from today on, with no end date (unless the dates are open already).
  const openDates = params.get('from') === '' && params.get('to') === '';
  const widened = new URLSearchParams(params);
  widened.delete('from');
  widened.set('to', '');
  return (
    <EmptyState title={narrowed ? 'No events match these filters' : 'No events in these dates'}>
      <p>
        {openDates
          ? 'None of your events matches.'
          : narrowed
            ? 'Try other filters, or widen the dates above.'
            : 'Widen the dates above: clear To to see every upcoming event.'}{' '}
        {!openDates && <Link to={`/events?${widened.toString()}`}>Show all upcoming events{narrowed ? ' that match' : ''}</Link>}
        {narrowed && (
          <>
            {openDates ? '' : ' or '}
            <Link to="/events">{openDates ? 'Clear the filters' : 'clear the filters'}</Link>
          </>
        )}
        {!openDates || narrowed ? '.' : ''}
      </p>
    </EmptyState>
  );
}
