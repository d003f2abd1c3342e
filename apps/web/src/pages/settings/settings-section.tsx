import type { ReactNode } from 'react';

/** One section of the settings page: a card with its h2, reachable from the page's table of contents by `id`. */
export function SettingsSection({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <section className="card settings-section" id={id} aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>{title}</h2>
      {children}
    </section>
  );
}
