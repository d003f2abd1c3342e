import { useEffect } from 'react';
import type { OperationContext } from 'urql';

/** Re-reads a page's query from the server whenever `generation` moves past 0 (after any action on the page). */
export function useRefresh(generation: number, reexecute: (opts?: Partial<OperationContext>) => void): void {
  useEffect(() => {
    if (generation > 0) reexecute({ requestPolicy: 'network-only' });
  }, [generation, reexecute]);
}
