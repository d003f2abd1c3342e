/**
 * Cursor pagination for long lists: "Show more" asks the API for the next
 * page after `endCursor` (the page appends it). Hidden when there is none.
 */
export function LoadMore({ hasNextPage, fetching, onMore }: { hasNextPage: boolean; fetching: boolean; onMore: () => void }) {
  if (!hasNextPage) return null;
  return (
    <button type="button" className="secondary load-more" onClick={onMore} disabled={fetching}>
      {fetching ? 'Loading…' : 'Show more'}
    </button>
  );
}
