import { useState, type FormEvent } from 'react';
import { useMutation } from 'urql';
import { fieldError, formError } from '../../api/errors';
import { useZone } from '../../auth/session';
import { graphql } from '../../gql';
import type { InteractionDirection, InteractionKind } from '../../gql/graphql';
import { ErrorNote, Status } from '../../ui/feedback';
import { CheckboxField, SelectField, TextArea, TextField } from '../../ui/field';
import { fromLocalInput, toLocalInput } from '../../ui/time';
import { INTERACTION_DIRECTION, INTERACTION_KIND, keysOf } from '../../ui/labels';

const LogTouchDocument = graphql(`
  mutation PersonLogTouch($input: LogInteractionInput!) {
    logInteraction(input: $input) {
      id
      occurredAt
    }
  }
`);

const FIELDS = ['kind', 'direction', 'occurredAt', 'notes', 'awaitingReply', 'contactId'];

/**
 * Records a touch the user made (or received); nothing is sent. The timeline
 * and the cadence re-read after it: their queries name Interaction among
 * their typenames, and the result is one.
 */
export function LogTouchForm({ contactId }: { contactId: string }) {
  const zone = useZone();
  const [kind, setKind] = useState<InteractionKind>('EMAIL');
  const [direction, setDirection] = useState<InteractionDirection>('OUTBOUND');
  const [when, setWhen] = useState(() => toLocalInput(new Date().toISOString(), zone));
  const [notes, setNotes] = useState('');
  const [awaitingReply, setAwaitingReply] = useState(false);
  const [logged, setLogged] = useState<string | null>(null);
  const [{ fetching, error }, logTouch] = useMutation(LogTouchDocument);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setLogged(null);
    const occurredAt = when ? fromLocalInput(when, zone) : new Date().toISOString();
    const input = { contactId, kind, direction, occurredAt, notes, awaitingReply: direction === 'OUTBOUND' && awaitingReply };
    const result = await logTouch({ input }, { additionalTypenames: ['Interaction'] });
    if (!result.error) {
      setNotes('');
      setAwaitingReply(false);
      setWhen(toLocalInput(new Date().toISOString(), zone));
      setLogged('Touch logged.');
    }
  };

  return (
    <form className="card" onSubmit={(e) => void submit(e)} noValidate>
      <h3>Log a touch</h3>
      <ErrorNote message={formError(error, FIELDS)} />
      <div className="grid-2">
        <SelectField label="Kind" value={kind} onChange={(e) => setKind(e.target.value as InteractionKind)} error={fieldError(error, 'kind')}>
          {keysOf(INTERACTION_KIND).map((k) => (
            <option key={k} value={k}>
              {INTERACTION_KIND[k]}
            </option>
          ))}
        </SelectField>
        <SelectField
          label="Direction"
          value={direction}
          onChange={(e) => setDirection(e.target.value as InteractionDirection)}
          error={fieldError(error, 'direction')}
        >
          {keysOf(INTERACTION_DIRECTION).map((d) => (
            <option key={d} value={d}>
              {INTERACTION_DIRECTION[d]}
            </option>
          ))}
        </SelectField>
        <TextField
          label="When"
          type="datetime-local"
          value={when}
          onChange={(e) => setWhen(e.target.value)}
          hint={`Your time (${zone}).`}
          error={fieldError(error, 'occurredAt')}
        />
      </div>
      {direction === 'OUTBOUND' && (
        <CheckboxField label="Waiting for their reply" checked={awaitingReply} onChange={(e) => setAwaitingReply(e.target.checked)} />
      )}
      <TextArea label="Touch notes" value={notes} onChange={(e) => setNotes(e.target.value)} error={fieldError(error, 'notes')} />
      <div className="row">
        <button type="submit" disabled={fetching}>
          Log touch
        </button>
        <Status message={logged} />
      </div>
    </form>
  );
}
