import { useEffect, useRef } from 'react';
import { useLocation } from 'react-router';

/** The element id the address points at (digest emails link to /follow-ups#<itemId>), or null. */
export function useHashId(): string | null {
  const { hash } = useLocation();
  if (hash.length < 2) return null;
  try {
    return decodeURIComponent(hash.slice(1));
  } catch {
    return null;
  }
}

/**
 * Scrolls to and focuses the element this ref is on when the address names
 * its id, once: a re-query after an action must not yank the page back.
 */
export function useHashTarget<T extends HTMLElement>(id: string) {
  const ref = useRef<T>(null);
  const hashId = useHashId();
  const done = useRef<string | null>(null);
  const targeted = hashId === id;
  useEffect(() => {
    if (!targeted || done.current === id || !ref.current) return;
    done.current = id;
    ref.current.scrollIntoView({ block: 'start' });
    ref.current.focus({ preventScroll: true });
  }, [targeted, id]);
  return { ref, targeted };
}
