import { useId, useState, type ReactNode } from 'react';
import { Link } from 'react-router';
import { Status } from './feedback';
import { useFocusWhenClosed } from './use-focus-when-closed';

export interface Added {
  id: string;
  name: string;
}

/**
 * "Add …" on a list page: the button opens a form in place (aria-expanded),
 * takes focus back when the form closes, and a saved record is announced
 * with a link to its page.
 */
export function useAddPanel() {
  const [adding, setAdding] = useState(false);
  const [added, setAdded] = useState<Added | null>(null);
  const buttonRef = useFocusWhenClosed<HTMLButtonElement>(adding);
  const formId = useId();
  return {
    adding,
    added,
    formId,
    buttonRef,
    toggle: () => {
      setAdding((a) => !a);
      setAdded(null);
    },
    close: () => setAdding(false),
    saved: (record: Added) => {
      setAdded(record);
      setAdding(false);
    },
  };
}

type AddPanel = ReturnType<typeof useAddPanel>;

export function AddButton({ panel, children }: { panel: AddPanel; children: ReactNode }) {
  return (
    <button type="button" ref={panel.buttonRef} aria-expanded={panel.adding} aria-controls={panel.formId} onClick={panel.toggle}>
      {children}
    </button>
  );
}

/** "Added Stripe. Open Stripe" once saved; the form (with its heading) while adding. */
export function AddSection({
  panel,
  title,
  linkText,
  hrefOf,
  children,
}: {
  panel: AddPanel;
  title: string;
  linkText: (added: Added) => string;
  hrefOf: (id: string) => string;
  children: ReactNode;
}) {
  const { added, adding } = panel;
  return (
    <>
      {added && (
        <p className="added-status">
          <Status message={`Added ${added.name}.`} /> <Link to={hrefOf(added.id)}>{linkText(added)}</Link>
        </p>
      )}
      {adding && (
        <section className="card" id={panel.formId}>
          <h2>{title}</h2>
          {children}
        </section>
      )}
    </>
  );
}
