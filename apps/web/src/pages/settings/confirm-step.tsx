import { useEffect, useId, useRef, useState, type ReactNode } from 'react';

/**
 * A button that asks before doing something that cannot be taken back: it
 * reveals the consequence with "confirm" and "Cancel" buttons, moves focus to
 * the confirm button (Escape or Cancel goes back), so it works from the keyboard.
 */
export function ConfirmStep({
  label,
  warning,
  confirmLabel,
  onConfirm,
  busy = false,
  danger = false,
  disabled = false,
}: {
  label: string;
  warning: ReactNode;
  confirmLabel: string;
  onConfirm: () => void;
  busy?: boolean;
  danger?: boolean;
  disabled?: boolean;
}) {
  const [asking, setAsking] = useState(false);
  const confirmRef = useRef<HTMLButtonElement>(null);
  const openerRef = useRef<HTMLButtonElement>(null);
  const returnFocus = useRef(false);
  const warningId = useId();

  useEffect(() => {
    if (asking) confirmRef.current?.focus();
    else if (returnFocus.current) openerRef.current?.focus();
    returnFocus.current = false;
  }, [asking]);

  const cancel = () => {
    returnFocus.current = true;
    setAsking(false);
  };

  if (!asking) {
    return (
      <button ref={openerRef} type="button" className={danger ? 'danger' : 'secondary'} onClick={() => setAsking(true)} disabled={disabled || busy}>
        {label}
      </button>
    );
  }
  return (
    <div className="confirm-step" role="group" aria-labelledby={warningId} onKeyDown={(e) => e.key === 'Escape' && cancel()}>
      <p id={warningId}>{warning}</p>
      <div className="row">
        <button
          ref={confirmRef}
          type="button"
          className={danger ? 'danger' : undefined}
          onClick={() => {
            returnFocus.current = true;
            setAsking(false);
            onConfirm();
          }}
          disabled={busy}
        >
          {confirmLabel}
        </button>
        <button type="button" className="secondary" onClick={cancel}>
          Cancel
        </button>
      </div>
    </div>
  );
}
