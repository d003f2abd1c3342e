import { useMutation } from 'urql';
import { errorMessage } from '../../api/errors';
import type { TouchKind } from '../../gql/graphql';
import { ErrorNote } from '../../ui/feedback';
import { CompleteFollowUpDocument, MarkTouchSentDocument } from '../../api/touch-operations';

/** A touch the user may have sent: a checklist item (ticked off) or a plain touch (logged). */
export interface SentTarget {
  contactId: string;
  contactName: string;
  kind: TouchKind;
  followUpId: string | null;
}

/**
 * "I sent it": nothing is sent for the user, so this only records that they
 * did. A checklist item is completed (which logs the touch and closes the
 * item); anything else is logged as a touch, now.
 */
export function SentButton({ target, onSent }: { target: SentTarget; onSent: (message: string) => void }) {
  const [logState, logTouch] = useMutation(MarkTouchSentDocument);
  const [completeState, complete] = useMutation(CompleteFollowUpDocument);
  const fetching = logState.fetching || completeState.fetching;
  const send = async () => {
    const result = target.followUpId
      ? await complete({ id: target.followUpId })
      : await logTouch({ input: { contactId: target.contactId, kind: target.kind, occurredAt: new Date().toISOString() } });
    if (!result.error) onSent(`Logged your touch with ${target.contactName}.`);
  };
  return (
    <>
      <button type="button" onClick={() => void send()} disabled={fetching}>
        I sent it
      </button>
      <ErrorNote message={errorMessage(logState.error ?? completeState.error)} />
    </>
  );
}
