import { useId, useState } from 'react';
import { useMutation } from 'urql';
import { errorMessage } from '../../api/errors';
import { useZone } from '../../auth/session';
import type { SourceFieldsFragment } from '../../gql/graphql';
import { ConfirmStep } from '../../ui/confirm-step';
import { ErrorNote, Status } from '../../ui/feedback';
import { formatMoment } from '../../ui/time';
import { DeleteSourceDocument, RefreshSourceDocument } from './source-operations';
import { useBefore } from './use-poll';

/** "Refresh now" (throttled to once a minute by the API) and "Delete" with a confirmation step. */
export function SourceActions({ source, onDeleted }: { source: SourceFieldsFragment; onDeleted: () => void }) {
  return (
    <div className="source-actions">
      {source.url ? <RefreshButton source={source} /> : <p className="meta">Uploaded once, so never refreshed: upload the file again to update its events.</p>}
      <DeleteButton source={source} onDeleted={onDeleted} />
    </div>
  );
}

function RefreshButton({ source }: { source: SourceFieldsFragment }) {
  const zone = useZone();
  const hintId = useId();
  const [{ fetching, error }, refresh] = useMutation(RefreshSourceDocument);
  const [done, setDone] = useState<string | null>(null);
  const throttled = useBefore(source.nextManualRefreshAt);
  const run = async () => {
    setDone(null);
    const result = await refresh({ id: source.id });
    if (!result.error) setDone(result.data?.refreshSource.status === 'PENDING' ? 'Refresh started' : 'Refreshed');
  };
  return (
    <div className="row">
      <button type="button" className="secondary" onClick={() => void run()} disabled={fetching || throttled} aria-describedby={throttled ? hintId : undefined}>
        {fetching ? 'Refreshing…' : 'Refresh now'}
      </button>
      {throttled && source.nextManualRefreshAt && (
        <span className="meta" id={hintId}>
          Refreshed a moment ago: you can refresh it again at {formatMoment(source.nextManualRefreshAt, zone)}.
        </span>
      )}
      <Status message={done} />
      <ErrorNote message={errorMessage(error)} />
    </div>
  );
}

function DeleteButton({ source, onDeleted }: { source: SourceFieldsFragment; onDeleted: () => void }) {
  const [{ fetching, error }, remove] = useMutation(DeleteSourceDocument);
  const run = async () => {
    const result = await remove({ id: source.id });
    if (!result.error) onDeleted();
  };
  return (
    <>
      <ConfirmStep
        label="Delete"
        confirmLabel="Confirm delete"
        busyLabel="Deleting…"
        groupName={`Delete ${source.name}?`}
        danger
        warning={
          <>
            Stop following <strong>{source.name}</strong>? Its events go unless another of your sources lists them.
          </>
        }
        busy={fetching}
        onConfirm={run}
      />
      <ErrorNote message={errorMessage(error)} />
    </>
  );
}
