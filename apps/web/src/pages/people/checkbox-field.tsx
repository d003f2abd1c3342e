import { useId, type InputHTMLAttributes } from 'react';

/** A labelled checkbox, the box before its label (the shared fields put labels above inputs). */
export function CheckboxField({ label, ...input }: { label: string } & Omit<InputHTMLAttributes<HTMLInputElement>, 'type'>) {
  const id = useId();
  return (
    <div className="field people-checkbox">
      <input id={id} type="checkbox" {...input} />
      <label htmlFor={id}>{label}</label>
    </div>
  );
}
