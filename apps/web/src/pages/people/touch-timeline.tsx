import { useQuery } from 'urql';
import { errorMessage } from '../../api/errors';
import { useZone } from '../../auth/session';
import { graphql } from '../../gql';
import { EmptyState, ErrorNote, Loading } from '../../ui/feedback';
import { LoadMore } from '../../ui/load-more';
import { formatMoment } from '../../ui/time';
import { INTERACTION_KIND } from '../../ui/labels';

const TouchesDocument = graphql(`
  query PersonTouches($contactId: ID!, $first: Int!, $after: String) {
    interactions(filter: { contactId: $contactId }, first: $first, after: $after) {
      edges {
        node {
          id
          kind
          direction
          occurredAt
          notes
          awaitingReply
        }
      }
      pageInfo {
        endCursor
        hasNextPage
      }
    }
  }
`);

/** A touch logged here (or by "I sent it") re-reads the pages, empty ones included. */
const TOUCHES_CONTEXT = { additionalTypenames: ['Interaction'] };

/** One page of the person's touches, newest first (the API's order). */
export function TouchTimelinePage({
  contactId,
  after,
  isFirst,
  isLast,
  onMore,
}: {
  contactId: string;
  after: string | null;
  isFirst: boolean;
  isLast: boolean;
  onMore: (endCursor: string) => void;
}) {
  const zone = useZone();
  const [{ data, fetching, error }] = useQuery({ query: TouchesDocument, variables: { contactId, first: 20, after }, context: TOUCHES_CONTEXT });
  if (error && !data) return <ErrorNote message={errorMessage(error)} />;
  if (!data) return <Loading what="touches" />;
  const { edges, pageInfo } = data.interactions;
  if (isFirst && edges.length === 0) {
    return <EmptyState title="No touches yet">Log the first one with the form above: an email, a call, a coffee or a LinkedIn connection.</EmptyState>;
  }
  return (
    <>
      <ol className="list timeline touch-timeline">
        {edges.map(({ node }) => (
          <li key={node.id}>
            <p className="touch-head">
              <time dateTime={node.occurredAt}>{formatMoment(node.occurredAt, zone)}</time> · <strong>{INTERACTION_KIND[node.kind]}</strong>{' '}
              <span className="meta">{node.direction === 'OUTBOUND' ? 'from you' : 'from them'}</span>
              {node.awaitingReply && <span className="badge warn">Awaiting reply</span>}
            </p>
            {node.notes && <p className="notes">{node.notes}</p>}
          </li>
        ))}
      </ol>
      {isLast && pageInfo.endCursor && <LoadMore hasNextPage={pageInfo.hasNextPage} fetching={fetching} onMore={() => onMore(pageInfo.endCursor ?? '')} />}
    </>
  );
}
