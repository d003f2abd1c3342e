import { Link } from 'react-router';
import { useZone } from '../../auth/session';
import type { SourceFieldsFragment } from '../../gql/graphql';
import { kindText, refreshText } from './source-text';
import { Badge } from '../../ui/badge';
import { SOURCE_STATUS } from '../../ui/labels';
import { formatWhen } from '../../ui/time';

/** Status, kind, fetch times and event count of a source, as a definition list. */
export function SourceFacts({ source, detailed = false }: { source: SourceFieldsFragment; detailed?: boolean }) {
  const zone = useZone();
  const events = source.eventCount === 1 ? '1 event' : `${source.eventCount} events`;
  return (
    <dl className="facts">
      <dt>Status</dt>
      <dd>
        <Badge look={SOURCE_STATUS[source.status]} />
        {source.status === 'PENDING' && <span className="meta"> reading it now; this page updates when it is done</span>}
      </dd>
      {detailed && (
        <>
          <dt>Address</dt>
          <dd>{source.url ?? 'None: uploaded as a file'}</dd>
        </>
      )}
      <dt>Kind</dt>
      <dd>{kindText(source)}</dd>
      <dt>Last success</dt>
      <dd>{formatWhen(source.lastSuccessAt, zone)}</dd>
      <dt>Last fetch</dt>
      <dd>{formatWhen(source.lastFetchedAt, zone, source.status === 'PENDING' ? 'not yet' : 'never')}</dd>
      <dt>Events</dt>
      <dd>{source.eventCount > 0 ? <Link to={`/events?source=${encodeURIComponent(source.id)}`}>{events}</Link> : events}</dd>
      {detailed && (
        <>
          <dt>Refreshes</dt>
          <dd>{refreshText(source.refreshMinutes)}</dd>
          {source.url && (
            <>
              <dt>Next refresh</dt>
              <dd>{formatWhen(source.nextRefreshAt, zone, 'not scheduled')}</dd>
            </>
          )}
          <dt>Default time zone</dt>
          <dd>{source.defaultTimeZone}</dd>
          <dt>Added</dt>
          <dd>{formatWhen(source.createdAt, zone)}</dd>
        </>
      )}
    </dl>
  );
}

/** What went wrong at the last fetch, and what to do about it (the API writes it for people). */
export function SourceError({ source }: { source: SourceFieldsFragment }) {
  if (!source.lastError) return null;
  return (
    <p className="source-error">
      <strong>{source.status === 'ERROR' ? 'The last fetch failed: ' : 'Last problem: '}</strong>
      {source.lastError}
    </p>
  );
}

/** What the last fetch skipped and why, folded away when there are many. */
export function SourceWarnings({ source, open = false }: { source: SourceFieldsFragment; open?: boolean }) {
  const count = source.warnings.length;
  if (count === 0) return null;
  return (
    <details className="source-warnings" open={open || count <= 2}>
      <summary>{count === 1 ? '1 warning from the last fetch' : `${count} warnings from the last fetch`}</summary>
      <ul>
        {source.warnings.map((warning, i) => (
          <li key={i}>{warning}</li>
        ))}
      </ul>
    </details>
  );
}
