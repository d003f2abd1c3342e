import { Link } from 'react-router';
import { useQuery } from 'urql';
import { errorMessage } from '../../api/errors';
import { useCursorPages } from '../../ui/cursor-pages';
import { EmptyState, ErrorNote, Loading } from '../../ui/feedback';
import { LoadMore } from '../../ui/load-more';
import { ChecklistCard } from './checklist-card';
import { FollowUpChecklistsDocument } from './follow-up-queries';
import { useRefresh } from './use-refresh';
import { useSeekHash } from './seek-hash';

const PAGE_SIZE = 10;

/** Every checklist, the latest event first, a page at a time. */
export function ChecklistPages({ generation, onChanged }: { generation: number; onChanged: (message: string) => void }) {
  const { cursors, more } = useCursorPages('checklists');
  return (
    <>
      {cursors.map((cursor, index) => (
        <ChecklistPage
          key={cursor ?? 'first'}
          cursor={cursor}
          first={index === 0}
          last={index === cursors.length - 1}
          pageCount={cursors.length}
          more={more}
          generation={generation}
          onChanged={onChanged}
        />
      ))}
    </>
  );
}

function ChecklistPage({
  cursor,
  first,
  last,
  pageCount,
  more,
  generation,
  onChanged,
}: {
  cursor: string | null;
  first: boolean;
  last: boolean;
  pageCount: number;
  more: (cursor: string) => void;
  generation: number;
  onChanged: (message: string) => void;
}) {
  const [{ data, fetching, error }, reexecute] = useQuery({
    query: FollowUpChecklistsDocument,
    variables: { first: PAGE_SIZE, after: cursor },
    requestPolicy: 'cache-and-network',
  });
  useRefresh(generation, reexecute);
  const connection = data?.followUpChecklists;
  useSeekHash(last, pageCount, connection?.pageInfo, more);
  if (!connection) return error ? <ErrorNote message={errorMessage(error)} /> : <Loading what="your follow-ups" />;
  if (first && connection.edges.length === 0) {
    return (
      <EmptyState title="No follow-ups yet: mark events Going on the Events page; after they end, a checklist appears here.">
        <p>
          <Link to="/events">Go to Events</Link>
        </p>
      </EmptyState>
    );
  }
  const { endCursor, hasNextPage } = connection.pageInfo;
  return (
    <>
      <ErrorNote message={errorMessage(error)} />
      <ul className="list checklists">
        {connection.edges.map(({ node }) => (
          <ChecklistCard key={node.id} checklist={node} onChanged={onChanged} />
        ))}
      </ul>
      {last && endCursor && <LoadMore hasNextPage={hasNextPage} fetching={fetching} onMore={() => more(endCursor)} />}
    </>
  );
}
