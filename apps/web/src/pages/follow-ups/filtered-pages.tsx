import { useQuery } from 'urql';
import { errorMessage } from '../../api/errors';
import type { FollowUpFilter } from '../../gql/graphql';
import { useCursorPages } from '../../ui/cursor-pages';
import { EmptyState, ErrorNote, Loading } from '../../ui/feedback';
import { LoadMore } from '../../ui/load-more';
import { FollowUpItemCard } from './follow-up-item';
import { FollowUpsDocument } from './follow-up-queries';
import { useRefresh } from './use-refresh';
import { useSeekHash } from './seek-hash';

const PAGE_SIZE = 20;

/** Items across checklists that match the filters: open and stale first by due time, then snoozed, then closed. */
export function FilteredPages({
  filter,
  generation,
  onChanged,
  onClear,
}: {
  filter: FollowUpFilter;
  generation: number;
  onChanged: (message: string) => void;
  onClear: () => void;
}) {
  const { cursors, more } = useCursorPages(JSON.stringify(filter));
  return (
    <>
      {cursors.map((cursor, index) => (
        <FilteredPage
          key={cursor ?? 'first'}
          filter={filter}
          cursor={cursor}
          first={index === 0}
          last={index === cursors.length - 1}
          pageCount={cursors.length}
          more={more}
          generation={generation}
          onChanged={onChanged}
          onClear={onClear}
        />
      ))}
    </>
  );
}

function FilteredPage({
  filter,
  cursor,
  first,
  last,
  pageCount,
  more,
  generation,
  onChanged,
  onClear,
}: {
  filter: FollowUpFilter;
  cursor: string | null;
  first: boolean;
  last: boolean;
  pageCount: number;
  more: (cursor: string) => void;
  generation: number;
  onChanged: (message: string) => void;
  onClear: () => void;
}) {
  const [{ data, fetching, error }, reexecute] = useQuery({
    query: FollowUpsDocument,
    variables: { filter, first: PAGE_SIZE, after: cursor },
    requestPolicy: 'cache-and-network',
  });
  useRefresh(generation, reexecute);
  const connection = data?.followUps;
  useSeekHash(last, pageCount, connection?.pageInfo, more);
  if (!connection) return error ? <ErrorNote message={errorMessage(error)} /> : <Loading what="your follow-ups" />;
  if (first && connection.edges.length === 0) {
    return (
      <EmptyState title="No follow-ups match these filters.">
        <button type="button" className="secondary" onClick={onClear}>
          Show all follow-ups
        </button>
      </EmptyState>
    );
  }
  const { endCursor, hasNextPage } = connection.pageInfo;
  return (
    <>
      <ErrorNote message={errorMessage(error)} />
      <ul className="list follow-up-items">
        {connection.edges.map(({ node }) => (
          <FollowUpItemCard key={node.id} item={node} showEvent onChanged={onChanged} />
        ))}
      </ul>
      {last && endCursor && <LoadMore hasNextPage={hasNextPage} fetching={fetching} onMore={() => more(endCursor)} />}
    </>
  );
}
