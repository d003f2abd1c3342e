import { useState } from 'react';
import { Link } from 'react-router';
import { useQuery } from 'urql';
import { errorMessage } from '../../api/errors';
import { useZone } from '../../auth/session';
import { graphql } from '../../gql';
import type { CompanyEventsQuery } from '../../gql/graphql';
import { ErrorNote, Loading } from '../../ui/feedback';
import { useCursorPages } from '../../ui/cursor-pages';
import { LoadMore } from '../../ui/load-more';
import { formatRange } from '../../ui/time';
import { EventStatusBadge } from '../../ui/badge';

/**
 * The API has no "events of a company" filter: this reads upcoming events a
 * page at a time and keeps those whose matches name the company or one of
 * its people. Each page says how far ahead it has looked.
 */
const CompanyEventsDocument = graphql(`
  query CompanyEvents($from: DateTime!, $first: Int!, $after: String) {
    events(filter: { from: $from }, first: $first, after: $after) {
      edges {
        node {
          id
          title
          startsAt
          endsAt
          status
          matches {
            id
            reason
            company {
              id
            }
            contact {
              id
              companyId
            }
          }
        }
      }
      pageInfo {
        endCursor
        hasNextPage
      }
    }
  }
`);

type EventNode = CompanyEventsQuery['events']['edges'][number]['node'];

const PAGE_SIZE = 50;

export function CompanyEvents({ companyId, companyName }: { companyId: string; companyName: string }) {
  // Fixed when the page opens, so each page's query stays the same while reading on.
  const [from] = useState(() => new Date().toISOString());
  const { cursors, more } = useCursorPages(companyId);
  return (
    <section>
      <h2>Upcoming events</h2>
      <p className="muted">Events that mention {companyName} or one of its people, from your sources.</p>
      {cursors.map((after, i) => (
        <CompanyEventsPage
          key={after ?? 'first'}
          companyId={companyId}
          companyName={companyName}
          from={from}
          after={after}
          isLast={i === cursors.length - 1}
          onMore={more}
        />
      ))}
    </section>
  );
}

function CompanyEventsPage({
  companyId,
  companyName,
  from,
  after,
  isLast,
  onMore,
}: {
  companyId: string;
  companyName: string;
  from: string;
  after: string | null;
  isLast: boolean;
  onMore: (endCursor: string) => void;
}) {
  const zone = useZone();
  const [{ data, fetching, error }] = useQuery({ query: CompanyEventsDocument, variables: { from, first: PAGE_SIZE, after } });
  if (error && !data) return <ErrorNote message={errorMessage(error)} />;
  if (!data) return <Loading what="upcoming events" />;
  const { edges, pageInfo } = data.events;
  const concerns = (m: EventNode['matches'][number]) => m.company?.id === companyId || m.contact?.companyId === companyId;
  const found = edges.map((e) => ({ event: e.node, reasons: e.node.matches.filter(concerns).map((m) => m.reason) })).filter((f) => f.reasons.length > 0);
  const lastStart = edges.at(-1)?.node.startsAt;
  return (
    <>
      {found.length > 0 && (
        <ul className="list">
          {found.map(({ event, reasons }) => (
            <li key={event.id} className="card">
              <Link to={`/events/${event.id}`}>{event.title}</Link>
              <EventStatusBadge status={event.status} />
              <p className="meta">{formatRange(event.startsAt, event.endsAt, zone)}</p>
              <ul className="bullet-items">
                {[...new Set(reasons)].map((reason) => (
                  <li key={reason}>{reason}</li>
                ))}
              </ul>
            </li>
          ))}
        </ul>
      )}
      {isLast && (
        <p className="muted">
          {howFar(found.length > 0, after !== null, pageInfo.hasNextPage && lastStart ? dayWithYear(lastStart, zone) : null, companyName)}
        </p>
      )}
      {isLast && pageInfo.endCursor && <LoadMore hasNextPage={pageInfo.hasNextPage} fetching={fetching} onMore={() => onMore(pageInfo.endCursor ?? '')} />}
    </>
  );
}

/** How far ahead the pages read so far have looked, in a sentence. */
function howFar(foundHere: boolean, further: boolean, upTo: string | null, companyName: string): string {
  if (upTo)
    return foundHere ? `Looked through your events up to ${upTo}.` : `No ${further ? 'further ' : ''}mention of ${companyName} in your events up to ${upTo}.`;
  if (foundHere) return 'That is every upcoming event that mentions them.';
  return further ? `No further upcoming event mentions ${companyName}.` : `No upcoming event of yours mentions ${companyName} yet.`;
}

/** "Wed 27 Oct 2027": how far ahead may be another year. */
function dayWithYear(iso: string, zone: string): string {
  return new Intl.DateTimeFormat('en-GB', { weekday: 'short', day: 'numeric', month: 'short', year: 'numeric', timeZone: zone }).format(new Date(iso));
}
