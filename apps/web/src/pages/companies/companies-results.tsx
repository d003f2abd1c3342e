import { Link } from 'react-router';
import { useQuery } from 'urql';
import { errorMessage } from '../../api/errors';
import { graphql } from '../../gql';
import type { CompanyFilter } from '../../gql/graphql';
import { EmptyState, ErrorNote, Loading } from '../../ui/feedback';
import { LoadMore } from '../../ui/load-more';
import { APPLICATION_STATUS } from '../../ui/labels';

const CompaniesListDocument = graphql(`
  query CompaniesList($filter: CompanyFilter, $first: Int!, $after: String) {
    companies(filter: $filter, first: $first, after: $after) {
      edges {
        node {
          id
          name
          roleTitle
          status
          domains
          contacts {
            id
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

/** A company added or deleted re-reads the pages, empty ones included. */
const LIST_CONTEXT = { additionalTypenames: ['Company'] };

/** One page of companies; the last page shown offers the next. */
export function CompaniesResults({
  filter,
  after,
  isFirst,
  isLast,
  onMore,
}: {
  filter: CompanyFilter;
  after: string | null;
  isFirst: boolean;
  isLast: boolean;
  onMore: (endCursor: string) => void;
}) {
  const [{ data, fetching, error }] = useQuery({ query: CompaniesListDocument, variables: { filter, first: 20, after }, context: LIST_CONTEXT });
  if (error && !data) return <ErrorNote message={errorMessage(error)} />;
  if (!data) return <Loading what="companies" />;
  const { edges, pageInfo } = data.companies;
  if (isFirst && edges.length === 0) {
    return filter.search || filter.status ? (
      <EmptyState title="No company matches">Try another name, or clear the search.</EmptyState>
    ) : (
      <EmptyState title="No companies yet">Use “Add company” above for each company you applied to or want to work for.</EmptyState>
    );
  }
  return (
    <>
      <ul className="list record-list">
        {edges.map(({ node }) => (
          <li key={node.id} className="card">
            <Link to={`/companies/${node.id}`} className="record-name">
              {node.name}
            </Link>{' '}
            <span className="badge">{APPLICATION_STATUS[node.status]}</span>
            <p className="meta">
              {[
                node.roleTitle && `Role: ${node.roleTitle}`,
                node.domains.join(', '),
                node.contacts.length === 1 ? '1 person' : `${node.contacts.length} people`,
              ]
                .filter(Boolean)
                .join(' · ')}
            </p>
          </li>
        ))}
      </ul>
      {isLast && pageInfo.endCursor && <LoadMore hasNextPage={pageInfo.hasNextPage} fetching={fetching} onMore={() => onMore(pageInfo.endCursor ?? '')} />}
    </>
  );
}
