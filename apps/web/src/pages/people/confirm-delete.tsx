import { useEffect, useId, useRef, useState } from 'react';
import { useFocusWhenClosed } from './use-focus-when-closed';

/**
 * "Delete", then a second step: "Confirm delete" or "Cancel". Focus moves to
 * "Cancel" (the safe choice) when the question appears and back to "Delete"
 * when it is dismissed (Escape works too), so the keyboard never loses its place.
 */
export function ConfirmDelete({ question, busy, onConfirm }: { question: string; busy: boolean; onConfirm: () => void }) {
  const questionId = useId();
  const [asking, setAsking] = useState(false);
  const cancelRef = useRef<HTMLButtonElement>(null);
  const deleteRef = useFocusWhenClosed<HTMLButtonElement>(asking);
  useEffect(() => {
    if (asking) cancelRef.current?.focus();
  }, [asking]);
  if (!asking) {
    return (
      <button type="button" className="danger" ref={deleteRef} onClick={() => setAsking(true)}>
        Delete
      </button>
    );
  }
  return (
    // Escape anywhere in the question cancels, like a dialog.
    <div className="people-confirm-delete" role="group" aria-labelledby={questionId} onKeyDown={(e) => e.key === 'Escape' && setAsking(false)}>
      <p id={questionId}>{question}</p>
      <div className="row">
        <button type="button" className="danger" onClick={onConfirm} disabled={busy}>
          Confirm delete
        </button>
        <button type="button" className="secondary" ref={cancelRef} onClick={() => setAsking(false)}>
          Cancel
        </button>
      </div>
    </div>
  );
}
