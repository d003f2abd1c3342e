import { useEffect } from 'react';
import { useHashId } from './use-hash-target';

/** At most this many pages are read looking for the item a link names. */
const MAX_SEEK_PAGES = 10;

/**
 * A digest link names an item that may be further down: the last page reads
 * the next one until the item is on screen (or there is no next page).
 */
export function useSeekHash(
  last: boolean,
  pageCount: number,
  pageInfo: { endCursor: string | null; hasNextPage: boolean } | undefined,
  more: (cursor: string) => void,
) {
  const hashId = useHashId();
  useEffect(() => {
    if (!last || !hashId || !pageInfo?.hasNextPage || !pageInfo.endCursor || pageCount >= MAX_SEEK_PAGES) return;
    if (!document.getElementById(hashId)) more(pageInfo.endCursor);
  }, [last, hashId, pageInfo, pageCount, more]);
}
