import { useId, type InputHTMLAttributes, type ReactNode, type SelectHTMLAttributes, type TextareaHTMLAttributes } from 'react';

interface FieldFrame {
  label: string;
  /** The API's message for this field, shown beside it and announced. */
  error?: string | null;
  hint?: ReactNode;
}

function Frame({ id, label, error, hint, children }: FieldFrame & { id: string; children: ReactNode }) {
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      {children}
      {hint && !error && (
        <p className="hint" id={`${id}-hint`}>
          {hint}
        </p>
      )}
      {error && (
        <p className="field-error" id={`${id}-error`} role="alert">
          {error}
        </p>
      )}
    </div>
  );
}

function described(id: string, { error, hint }: FieldFrame): { 'aria-describedby'?: string; 'aria-invalid'?: boolean } {
  if (error) return { 'aria-describedby': `${id}-error`, 'aria-invalid': true };
  return hint ? { 'aria-describedby': `${id}-hint` } : {};
}

/** A labelled input with its error beside it. */
export function TextField({ label, error, hint, ...input }: FieldFrame & InputHTMLAttributes<HTMLInputElement>) {
  const id = useId();
  return (
    <Frame id={id} label={label} error={error} hint={hint}>
      <input id={id} {...described(id, { label, error, hint })} {...input} />
    </Frame>
  );
}

export function TextArea({ label, error, hint, ...input }: FieldFrame & TextareaHTMLAttributes<HTMLTextAreaElement>) {
  const id = useId();
  return (
    <Frame id={id} label={label} error={error} hint={hint}>
      <textarea id={id} {...described(id, { label, error, hint })} {...input} />
    </Frame>
  );
}

export function SelectField({ label, error, hint, children, ...input }: FieldFrame & SelectHTMLAttributes<HTMLSelectElement>) {
  const id = useId();
  return (
    <Frame id={id} label={label} error={error} hint={hint}>
      <select id={id} {...described(id, { label, error, hint })} {...input}>
        {children}
      </select>
    </Frame>
  );
}

/** A checkbox with its label beside it (the other fields put labels above), and the API's error under it. */
export function CheckboxField({ label, error, hint, ...input }: FieldFrame & Omit<InputHTMLAttributes<HTMLInputElement>, 'type'>) {
  const id = useId();
  return (
    <div className="field checkbox-field">
      <div className="checkbox-row">
        <input id={id} type="checkbox" {...described(id, { label, error, hint })} {...input} />
        <label htmlFor={id}>{label}</label>
      </div>
      {hint && !error && (
        <p className="hint" id={`${id}-hint`}>
          {hint}
        </p>
      )}
      {error && (
        <p className="field-error" id={`${id}-error`} role="alert">
          {error}
        </p>
      )}
    </div>
  );
}

/** "a, b, c" in a field <-> ["a", "b", "c"]. */
export function splitList(value: string): string[] {
  return value
    .split(',')
    .map((s) => s.trim())
    .filter((s) => s.length > 0);
}

/** One item per line (questions and promises may contain commas). */
export function splitLines(value: string): string[] {
  return value
    .split('\n')
    .map((s) => s.trim())
    .filter((s) => s.length > 0);
}
