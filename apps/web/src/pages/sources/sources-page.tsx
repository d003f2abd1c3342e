import { useCallback } from 'react';
import { useQuery } from 'urql';
import { errorMessage } from '../../api/errors';
import { EmptyState, ErrorNote, Loading } from '../../ui/feedback';
import { AddSourceForm } from './add-source-form';
import { SourceCard } from './source-card';
import { SourcesDocument } from './source-operations';
import { UploadCalendarForm } from './upload-calendar-form';
import { usePollWhile } from './use-poll';
import './sources.css';

/** /sources: follow feeds and pages, upload calendars, and see how each one's fetching goes. */
export default function SourcesPage() {
  const [{ data, fetching, error }, reexecute] = useQuery({ query: SourcesDocument });
  const reload = useCallback(() => reexecute({ requestPolicy: 'network-only' }), [reexecute]);
  const sources = data?.sources ?? [];
  // A new source is PENDING until its first fetch ends: ask again every 2 s until none is.
  usePollWhile(
    sources.some((s) => s.status === 'PENDING'),
    reload,
  );
  return (
    <>
      <h1>Sources</h1>
      <p className="muted">The iCal feeds and event pages your events come from. They refresh on their own; nothing is posted anywhere.</p>
      <div className="card">
        <AddSourceForm onAdded={reload} />
      </div>
      <div className="card">
        <UploadCalendarForm onUploaded={reload} />
      </div>
      <section aria-labelledby="your-sources-heading">
        <h2 id="your-sources-heading">Your sources</h2>
        {error && <ErrorNote message={errorMessage(error)} />}
        {!data && fetching && <Loading what="your sources" />}
        {data && sources.length === 0 && (
          <EmptyState title="No sources yet">
            <p>
              Paste the address of an iCal feed (a Meetup group's or Luma calendar's "Subscribe" link, a Google Calendar's public iCal address) or of an event
              page into <a href="#add-source-heading">Feed or page URL</a> above, then choose Add source. Its events appear in a few seconds.
            </p>
          </EmptyState>
        )}
        {sources.length > 0 && (
          <ul className="list">
            {sources.map((source) => (
              <SourceCard key={source.id} source={source} onDeleted={reload} />
            ))}
          </ul>
        )}
      </section>
    </>
  );
}
