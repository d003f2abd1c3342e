import { useState } from 'react';
import { useMutation } from 'urql';
import { errorMessage } from '../../api/errors';
import { useZone } from '../../auth/session';
import { CompleteFollowUpDocument, MarkTouchSentDocument } from '../../api/touch-operations';
import { CopyButton } from '../../ui/copy-button';
import { ErrorNote, Loading, Status } from '../../ui/feedback';
import { formatMoment } from '../../ui/time';
import type { BlockedTouch, CadenceState, TouchSuggestion } from './cadence';
import { DRAFT_CHANNEL, freesUp, TOUCH_KIND } from '../../ui/labels';

/** Where the person stands: the next touch (with its draft to copy) and anything held back, and why. */
export function PersonCadence({
  name,
  contactId,
  state,
  loaded,
  error,
}: {
  name: string;
  contactId: string;
  state: CadenceState;
  loaded: boolean;
  error: string | null;
}) {
  // Lives here, not on the touch: once logged, the touch it was about gives way to the next.
  const [sentNote, setSentNote] = useState<string | null>(null);
  return (
    <section className="cadence">
      <h2>Staying in touch</h2>
      <p className="people-status-line">
        <Status message={sentNote} />
      </p>
      {!loaded && error && <ErrorNote message={error} />}
      {!loaded && !error && <Loading what="what is due" />}
      {loaded && !state.next && state.blocked.length === 0 && (
        <p className="muted">Nothing is due for {name} right now. Log a touch below whenever you are in contact.</p>
      )}
      {state.next && (
        <NextTouch key={state.next.id} touch={state.next} contactId={contactId} onSent={() => setSentNote('Logged as sent: it is on the timeline below.')} />
      )}
      {state.blocked.map((blocked) => (
        <HeldBack key={blocked.id} blocked={blocked} />
      ))}
    </section>
  );
}

function NextTouch({ touch, contactId, onSent }: { touch: TouchSuggestion; contactId: string; onSent: () => void }) {
  const zone = useZone();
  const [marked, markSent] = useMutation(MarkTouchSentDocument);
  const [completed, complete] = useMutation(CompleteFollowUpDocument);
  const due = Date.parse(touch.dueAt) <= Date.now();
  // A checklist item is ticked off (which logs the touch); any other suggestion is logged as sent.
  // Either way an Interaction changes: the cadence and the timeline re-read (additionalTypenames).
  const sent = async () => {
    const context = { additionalTypenames: ['Interaction'] };
    const result = touch.followUpId
      ? await complete({ id: touch.followUpId }, context)
      : await markSent({ input: { contactId, kind: touch.kind, occurredAt: new Date().toISOString() } }, context);
    if (!result.error) onSent();
  };
  const error = marked.error ?? completed.error;
  return (
    <article className="card next-touch">
      <h3>
        Next: {TOUCH_KIND[touch.kind]}{' '}
        {touch.overdue ? (
          <span className="badge danger">Overdue</span>
        ) : due ? (
          <span className="badge warn">Due now</span>
        ) : (
          <span className="badge">Upcoming</span>
        )}
      </h3>
      <p>
        Due {formatMoment(touch.dueAt, zone)}
        {touch.latestAt && touch.latestAt !== touch.dueAt && <> · at the latest {formatMoment(touch.latestAt, zone)}</>} · by {DRAFT_CHANNEL[touch.channel]}
      </p>
      <p className="meta">{touch.reason}</p>
      {touch.subject && <p className="people-draft-subject">Subject: {touch.subject}</p>}
      <div className="draft">{touch.draft}</div>
      <ErrorNote message={errorMessage(error)} />
      <div className="row">
        <CopyButton text={touch.subject ? `${touch.subject}\n\n${touch.draft}` : touch.draft} />
        <button type="button" onClick={() => void sent()} disabled={marked.fetching || completed.fetching}>
          I sent it
        </button>
      </div>
    </article>
  );
}

function HeldBack({ blocked }: { blocked: BlockedTouch }) {
  const zone = useZone();
  return (
    <article className="card held-back">
      <h3>
        Held back: {TOUCH_KIND[blocked.kind]} <span className="badge warn">Blocked</span>
      </h3>
      <p>{blocked.reason}</p>
      <p className="meta">
        Would have been due {formatMoment(blocked.wouldBeDueAt, zone)}. {freesUp(blocked.availableAt, zone)}
      </p>
    </article>
  );
}
