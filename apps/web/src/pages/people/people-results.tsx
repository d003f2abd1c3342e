import { Link } from 'react-router';
import { useQuery } from 'urql';
import { errorMessage } from '../../api/errors';
import { useZone } from '../../auth/session';
import { graphql } from '../../gql';
import type { ContactFilter } from '../../gql/graphql';
import { EmptyState, ErrorNote, Loading } from '../../ui/feedback';
import { LoadMore } from '../../ui/load-more';
import { CadenceBadge } from './cadence-badge';
import type { CadenceState } from './cadence';
import { titleAndRole } from '../../ui/labels';

const PeopleListDocument = graphql(`
  query PeopleList($filter: ContactFilter, $first: Int!, $after: String) {
    contacts(filter: $filter, first: $first, after: $after) {
      edges {
        node {
          id
          name
          title
          role
          company {
            id
            name
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

export const PAGE_SIZE = 20;
/** A new person (or one deleted) re-reads the pages even when a page held nobody. */
const LIST_CONTEXT = { additionalTypenames: ['Contact'] };

/** One page of people; the last page shown offers the next. */
export function PeopleResults({
  filter,
  after,
  isLast,
  isFirst,
  onMore,
  cadenceOf,
}: {
  filter: ContactFilter;
  after: string | null;
  isFirst: boolean;
  isLast: boolean;
  onMore: (endCursor: string) => void;
  cadenceOf: (contactId: string) => CadenceState;
}) {
  const zone = useZone();
  const [{ data, fetching, error }] = useQuery({ query: PeopleListDocument, variables: { filter, first: PAGE_SIZE, after }, context: LIST_CONTEXT });
  if (error && !data) return <ErrorNote message={errorMessage(error)} />;
  if (!data) return <Loading what="people" />;
  const { edges, pageInfo } = data.contacts;
  if (isFirst && edges.length === 0) {
    const filtered = Boolean(filter.search || filter.role);
    return filtered ? (
      <EmptyState title="No one matches">Try another name or title, or clear the search.</EmptyState>
    ) : (
      <EmptyState title="No people yet">
        Use “Add person” above to track the hiring managers, recruiters and interviewers you want to stay in touch with.
      </EmptyState>
    );
  }
  const now = Date.now();
  return (
    <>
      <ul className="list record-list">
        {edges.map(({ node }) => (
          <li key={node.id} className="card">
            <Link to={`/people/${node.id}`} className="record-name">
              {node.name}
            </Link>
            <p className="meta">
              {titleAndRole(node.title, node.role)}
              {node.company && (
                <>
                  {' at '}
                  <Link to={`/companies/${node.company.id}`}>{node.company.name}</Link>
                </>
              )}
            </p>
            <CadenceBadge state={cadenceOf(node.id)} zone={zone} now={now} />
          </li>
        ))}
      </ul>
      {isLast && pageInfo.endCursor && <LoadMore hasNextPage={pageInfo.hasNextPage} fetching={fetching} onMore={() => onMore(pageInfo.endCursor ?? '')} />}
    </>
  );
}
