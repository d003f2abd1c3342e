import { useEffect, useState } from 'react';

/** Calls `poll` every `ms` while `active` (a source still PENDING), so the user sees it finish. */
export function usePollWhile(active: boolean, poll: () => void, ms = 2000): void {
  useEffect(() => {
    if (!active) return;
    const timer = window.setInterval(poll, ms);
    return () => window.clearInterval(timer);
  }, [active, poll, ms]);
}

/** True until the moment `iso` passes (re-renders then): e.g. a manual refresh that is throttled. */
export function useBefore(iso: string | null): boolean {
  const [, setTick] = useState(0);
  useEffect(() => {
    if (!iso) return;
    const wait = new Date(iso).getTime() - Date.now();
    if (wait <= 0) return;
    const timer = window.setTimeout(() => setTick((t) => t + 1), Math.min(wait + 250, 2_147_000_000));
    return () => window.clearTimeout(timer);
  }, [iso]);
  return iso ? new Date(iso).getTime() > Date.now() : false;
}
