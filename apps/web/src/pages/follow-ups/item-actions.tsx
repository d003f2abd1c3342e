import { useState, type FormEvent } from 'react';
import { useMutation } from 'urql';
import { errorMessage, fieldError, formError } from '../../api/errors';
import { useZone } from '../../auth/session';
import type { FollowUpStatus } from '../../gql/graphql';
import { ErrorNote } from '../../ui/feedback';
import { TextField } from '../../ui/field';
import { addDays, fromLocalInput, todayIn } from '../../ui/time';
import { CompleteFollowUpDocument } from '../../api/touch-operations';
import { SkipFollowUpDocument, SnoozeFollowUpDocument } from './follow-up-queries';

type Mode = 'buttons' | 'skip' | 'snooze';

/** "Complete", "Skip" (with a reason) and "Snooze" (until when) for one item; each re-queries the list after. */
export function ItemActions({ id, status, onChanged }: { id: string; status: FollowUpStatus; onChanged: (message: string) => void }) {
  const [mode, setMode] = useState<Mode>('buttons');
  const [completeState, complete] = useMutation(CompleteFollowUpDocument);
  if (status === 'DONE') return null;
  const finish = async () => {
    const result = await complete({ id });
    if (!result.error) onChanged('Marked done and logged the touch.');
  };
  const done = (message: string) => {
    setMode('buttons');
    onChanged(message);
  };
  const open = status !== 'SKIPPED';
  return (
    <div className="item-actions">
      <div className="row">
        <button type="button" onClick={() => void finish()} disabled={completeState.fetching}>
          Complete
        </button>
        {open && (
          <>
            <button type="button" className="secondary" aria-expanded={mode === 'skip'} onClick={() => setMode(mode === 'skip' ? 'buttons' : 'skip')}>
              Skip
            </button>
            <button type="button" className="secondary" aria-expanded={mode === 'snooze'} onClick={() => setMode(mode === 'snooze' ? 'buttons' : 'snooze')}>
              Snooze
            </button>
          </>
        )}
      </div>
      <ErrorNote message={errorMessage(completeState.error)} />
      {mode === 'skip' && <SkipForm id={id} onCancel={() => setMode('buttons')} onDone={done} />}
      {mode === 'snooze' && <SnoozeForm id={id} onCancel={() => setMode('buttons')} onDone={done} />}
    </div>
  );
}

interface InlineFormProps {
  id: string;
  onCancel: () => void;
  onDone: (message: string) => void;
}

function SkipForm({ id, onCancel, onDone }: InlineFormProps) {
  const [reason, setReason] = useState('');
  const [missing, setMissing] = useState(false);
  const [{ fetching, error }, skip] = useMutation(SkipFollowUpDocument);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!reason.trim()) {
      setMissing(true);
      return;
    }
    const result = await skip({ id, reason: reason.trim() });
    if (!result.error) onDone('Skipped.');
  };
  return (
    <form className="inline-form" onSubmit={(e) => void submit(e)} noValidate>
      <ErrorNote message={formError(error, ['reason'])} />
      <TextField
        label="Reason"
        value={reason}
        autoFocus
        hint="Why you let it go: “not a fit”, “we already spoke”…"
        onChange={(e) => {
          setReason(e.target.value);
          setMissing(false);
        }}
        error={fieldError(error, 'reason') ?? (missing ? 'Say why you skip it.' : null)}
      />
      <div className="row">
        <button type="submit" disabled={fetching}>
          Confirm skip
        </button>
        <button type="button" className="secondary" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </form>
  );
}

function SnoozeForm({ id, onCancel, onDone }: InlineFormProps) {
  const zone = useZone();
  // Tomorrow morning, in the user's zone.
  const [until, setUntil] = useState(() => `${addDays(todayIn(zone), 1)}T09:00`);
  const [{ fetching, error }, snooze] = useMutation(SnoozeFollowUpDocument);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!until) return;
    const result = await snooze({ id, until: fromLocalInput(until, zone) });
    if (!result.error) onDone('Snoozed.');
  };
  return (
    <form className="inline-form" onSubmit={(e) => void submit(e)} noValidate>
      <ErrorNote message={formError(error, ['until'])} />
      <TextField
        label="Snooze until"
        type="datetime-local"
        value={until}
        required
        autoFocus
        hint={`In your time zone (${zone}).`}
        onChange={(e) => setUntil(e.target.value)}
        error={fieldError(error, 'until')}
      />
      <div className="row">
        <button type="submit" disabled={fetching || !until}>
          Confirm snooze
        </button>
        <button type="button" className="secondary" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </form>
  );
}
