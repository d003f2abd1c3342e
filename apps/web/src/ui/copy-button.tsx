import { useState } from 'react';
import { Status } from './feedback';

/** Copies a draft (or the calendar URL) to the clipboard; nothing is ever sent for the user. */
export function CopyButton({ text, label = 'Copy draft' }: { text: string; label?: string }) {
  const [status, setStatus] = useState<string | null>(null);
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(text);
      setStatus('Copied');
    } catch {
      setStatus('Copy failed: select the text and copy it by hand');
    }
    window.setTimeout(() => setStatus(null), 3000);
  };
  return (
    <>
      <button type="button" className="secondary" onClick={() => void copy()}>
        {label}
      </button>
      <Status message={status} />
    </>
  );
}
