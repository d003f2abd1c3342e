import { useCallback } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { useQuery } from 'urql';
import { errorCode, errorMessage } from '../../api/errors';
import { ErrorNote, Loading } from '../../ui/feedback';
import { SourceActions } from './source-actions';
import { SourceError, SourceFacts, SourceWarnings } from './source-facts';
import { SourceDocument } from './source-operations';
import { SourceSettingsForm } from './source-settings-form';
import { usePollWhile } from './use-poll';
import './sources.css';

/** /sources/:id (digest emails link here): one source with everything known about its fetching. */
export default function SourcePage() {
  const { id = '' } = useParams();
  const navigate = useNavigate();
  const [{ data, fetching, error }, reexecute] = useQuery({ query: SourceDocument, variables: { id } });
  const reload = useCallback(() => reexecute({ requestPolicy: 'network-only' }), [reexecute]);
  const source = data?.source;
  usePollWhile(source?.status === 'PENDING', reload);

  if (!source) {
    if (fetching) return <Loading what="the source" />;
    const notFound = errorCode(error) === 'NOT_FOUND' || errorCode(error) === 'BAD_USER_INPUT';
    return (
      <>
        <h1>{notFound ? 'Source not found' : 'Source'}</h1>
        <ErrorNote message={notFound ? 'There is no such source among yours: it may have been deleted.' : errorMessage(error)} />
        <p>
          <Link to="/sources">All your sources</Link>
        </p>
      </>
    );
  }

  return (
    <>
      <p className="breadcrumb">
        <Link to="/sources">All sources</Link>
      </p>
      <h1 className="source-title">{source.name}</h1>
      {error && <ErrorNote message={errorMessage(error)} />}
      <section className="card" aria-labelledby="source-fetching-heading">
        <h2 id="source-fetching-heading">Fetching</h2>
        <SourceFacts source={source} detailed />
        <SourceError source={source} />
        <SourceActions source={source} onDeleted={() => void navigate('/sources', { replace: true })} />
      </section>
      <section aria-labelledby="source-events-heading">
        <h2 id="source-events-heading">Events</h2>
        <p>
          {source.eventCount === 0 ? (
            'No events from this source yet.'
          ) : (
            <Link to={`/events?source=${encodeURIComponent(source.id)}`}>See {source.eventCount === 1 ? 'its event' : `its ${source.eventCount} events`}</Link>
          )}
        </p>
      </section>
      {source.warningDetails.length > 0 && (
        <section aria-labelledby="source-warnings-heading">
          <h2 id="source-warnings-heading">Warnings</h2>
          <SourceWarnings source={source} open />
        </section>
      )}
      {source.recipe && (
        <section aria-labelledby="source-recipe-heading">
          <h2 id="source-recipe-heading">Selector recipe</h2>
          <p className="muted">How events are read from this page, which has no structured event data.</p>
          <pre className="recipe-json">{JSON.stringify(source.recipe, null, 2)}</pre>
        </section>
      )}
      <div className="card">
        <SourceSettingsForm key={source.id} source={source} />
      </div>
    </>
  );
}
