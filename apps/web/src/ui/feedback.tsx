import type { ReactNode } from 'react';

/** What to do when a list is empty: never a blank page. */
export function EmptyState({ title, children }: { title: string; children?: ReactNode }) {
  return (
    <div className="empty">
      <p className="empty-title">{title}</p>
      {children && <div>{children}</div>}
    </div>
  );
}

/** An error not tied to one field, announced to screen readers. */
export function ErrorNote({ message }: { message: string | null | undefined }) {
  if (!message) return null;
  return (
    <p className="error-note" role="alert">
      {message}
    </p>
  );
}

export function Loading({ what }: { what: string }) {
  return (
    <p className="loading" role="status" aria-live="polite">
      Loading {what}…
    </p>
  );
}

/** A short confirmation ("Copied", "Saved") announced politely. */
export function Status({ message }: { message: string | null }) {
  return (
    <span className="status" role="status" aria-live="polite">
      {message ?? ''}
    </span>
  );
}
