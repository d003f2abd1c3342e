import { useEffect, useRef } from 'react';

/**
 * The button that opened a form in place takes focus back when the form
 * closes (saved or cancelled), so keyboard users are not dropped at the top.
 */
export function useFocusWhenClosed<T extends HTMLElement>(open: boolean) {
  const ref = useRef<T>(null);
  const wasOpen = useRef(open);
  useEffect(() => {
    if (wasOpen.current && !open) ref.current?.focus();
    wasOpen.current = open;
  }, [open]);
  return ref;
}
