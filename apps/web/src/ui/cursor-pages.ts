import { useCallback, useEffect, useState } from 'react';

/**
 * The cursors of the pages shown so far of a cursor-paginated list: render
 * one page component per cursor (each runs its own query), and let the last
 * one call `more(endCursor)`. Starts over when `resetKey` (the filters) changes.
 */
export function useCursorPages(resetKey: string): { cursors: (string | null)[]; more: (endCursor: string) => void } {
  const [state, setState] = useState<{ key: string; cursors: (string | null)[] }>({ key: resetKey, cursors: [null] });
  useEffect(() => {
    if (state.key !== resetKey) setState({ key: resetKey, cursors: [null] });
  }, [resetKey, state.key]);
  const more = useCallback((endCursor: string) => setState((s) => (s.cursors.includes(endCursor) ? s : { ...s, cursors: [...s.cursors, endCursor] })), []);
  return { cursors: state.key === resetKey ? state.cursors : [null], more };
}
