import { Link } from 'react-router';
import { useQuery } from 'urql';
import type { PlanQuery } from '../../gql/graphql';
import { EmptyState } from '../../ui/feedback';
import { PlanEventCard } from './plan-event-card';
import { PlanSetupDocument } from './plan-queries';

/** The ranked events of the window, best first. */
export function PlanEvents({ items, onSent }: { items: PlanQuery['plan']['items']; onSent: (message: string) => void }) {
  if (items.length === 0) return <EmptyPlan />;
  return (
    <ol className="list plan-events">
      {items.map((item) => (
        <PlanEventCard key={item.event.id} item={item} onSent={onSent} />
      ))}
    </ol>
  );
}

/** An empty plan says what is missing: feeds to read events from, or people to look for. */
function EmptyPlan() {
  const [{ data }] = useQuery({ query: PlanSetupDocument, requestPolicy: 'cache-and-network' });
  const noSources = data?.sources.length === 0;
  const noPeople = data?.contacts.edges.length === 0;
  const title = noSources
    ? 'No events yet: add the feeds and event pages you follow.'
    : noPeople
      ? 'No people yet: track the people you interviewed with, so the plan knows whom to look for.'
      : 'Nothing in this window matches the people, companies and topics you track.';
  return (
    <EmptyState title={title}>
      <p>
        Add iCal feeds and event pages on <Link to="/sources">Sources</Link>, and the hiring managers, recruiters and interviewers you want to stay in touch
        with on <Link to="/people">People</Link>. {!noSources && !noPeople && 'Or try a wider window, or browse every event on '}
        {!noSources && !noPeople && <Link to="/events">Events</Link>}
        {!noSources && !noPeople && '.'}
      </p>
    </EmptyState>
  );
}
