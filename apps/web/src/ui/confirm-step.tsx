import { useEffect, useId, useRef, useState, type ReactNode } from 'react';
import { useFocusWhenClosed } from './use-focus-when-closed';

/**
 * A button that asks before doing something that cannot be taken back: it
 * reveals the consequence with a confirm button and "Cancel". Focus moves to
 * "Cancel" (the safe choice) when the question appears and back to the
 * opening button when it is dismissed or done (Escape cancels too), so the
 * keyboard never loses its place. The step stays open while `onConfirm` runs.
 */
export function ConfirmStep({
  label,
  warning,
  confirmLabel,
  busyLabel,
  groupName,
  onConfirm,
  busy = false,
  danger = false,
  disabled = false,
}: {
  label: string;
  warning: ReactNode;
  confirmLabel: string;
  /** What the confirm button says while busy ("Deleting…"); the confirm label otherwise. */
  busyLabel?: string;
  /** The question's short name ("Delete Meetups?"); the warning names it otherwise. */
  groupName?: string;
  onConfirm: () => void | Promise<unknown>;
  busy?: boolean;
  danger?: boolean;
  disabled?: boolean;
}) {
  const [asking, setAsking] = useState(false);
  const cancelRef = useRef<HTMLButtonElement>(null);
  const openerRef = useFocusWhenClosed<HTMLButtonElement>(asking);
  const mounted = useRef(true);
  const warningId = useId();

  useEffect(() => {
    mounted.current = true;
    return () => {
      mounted.current = false;
    };
  }, []);
  useEffect(() => {
    if (asking) cancelRef.current?.focus();
  }, [asking]);

  const confirm = async () => {
    await onConfirm();
    // Confirming may take the whole thing away (a deleted record's page); otherwise the step closes.
    if (mounted.current) setAsking(false);
  };

  if (!asking) {
    return (
      <button ref={openerRef} type="button" className={danger ? 'danger' : 'secondary'} onClick={() => setAsking(true)} disabled={disabled || busy}>
        {label}
      </button>
    );
  }
  return (
    <div
      className="confirm-step"
      role="group"
      aria-label={groupName}
      aria-labelledby={groupName ? undefined : warningId}
      onKeyDown={(e) => e.key === 'Escape' && setAsking(false)}
    >
      <p id={warningId}>{warning}</p>
      <div className="row">
        <button type="button" className={danger ? 'danger' : undefined} onClick={() => void confirm()} disabled={busy}>
          {busy && busyLabel ? busyLabel : confirmLabel}
        </button>
        <button type="button" className="secondary" ref={cancelRef} onClick={() => setAsking(false)} disabled={busy}>
          Cancel
        </button>
      </div>
    </div>
  );
}
