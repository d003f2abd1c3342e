import { useState } from 'react';
import type { PickableContact } from './contact-picker';
import { RecordMetForm } from './record-met-form';

/** "Who did you meet?": open until answered; afterwards more people can still be added. */
export function WhoDidYouMeet({
  eventId,
  headingId,
  needsAttendees,
  suggested,
  onSaved,
}: {
  eventId: string;
  headingId: string;
  needsAttendees: boolean;
  suggested: readonly PickableContact[];
  onSaved: (message: string) => void;
}) {
  const [adding, setAdding] = useState(false);
  const saved = (message: string) => {
    setAdding(false);
    onSaved(message);
  };
  return (
    <section className="who-met">
      <h3 id={headingId}>Who did you meet?</h3>
      {needsAttendees ? (
        <>
          <p>Tick the people you track, add anyone new, and the follow-ups for each appear below with drafts.</p>
          <RecordMetForm eventId={eventId} suggested={suggested} onSaved={saved} />
        </>
      ) : (
        <>
          <p className="row">
            <span className="muted">You recorded whom you met.</span>
            <button type="button" className="secondary" aria-expanded={adding} onClick={() => setAdding(!adding)}>
              {adding ? 'Close' : 'Add more people you met'}
            </button>
          </p>
          {adding && <RecordMetForm eventId={eventId} suggested={suggested} onSaved={saved} />}
        </>
      )}
    </section>
  );
}
