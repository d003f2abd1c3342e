import { useState, type FormEvent } from 'react';
import type { CombinedError } from 'urql';
import { fieldError, formError } from '../../api/errors';
import type { ApplicationStatus, CreateCompanyInput } from '../../gql/graphql';
import { ErrorNote } from '../../ui/feedback';
import { SelectField, splitList, TextArea, TextField } from '../../ui/field';
import { APPLICATION_STATUS, keysOf } from '../../ui/labels';

export interface CompanyFormValues {
  name: string;
  roleTitle: string;
  status: ApplicationStatus;
  domains: string;
  aliases: string;
  notes: string;
}

export const EMPTY_COMPANY: CompanyFormValues = { name: '', roleTitle: '', status: 'RESEARCHING', domains: '', aliases: '', notes: '' };

const FIELDS = ['name', 'roleTitle', 'status', 'domains', 'aliases', 'notes'];

/** A company's fields, for adding and editing ("Company name", so it never reads like a person's "Name"). */
export function CompanyForm({
  initial,
  submitLabel,
  saving,
  error,
  onSave,
  onCancel,
  autoFocusName = false,
}: {
  initial: CompanyFormValues;
  submitLabel: string;
  saving: boolean;
  error: CombinedError | undefined;
  onSave: (input: CreateCompanyInput) => Promise<void>;
  onCancel: () => void;
  /** Opened by a button: the first field takes focus so typing can start at once. */
  autoFocusName?: boolean;
}) {
  const [values, setValues] = useState(initial);
  const set = <K extends keyof CompanyFormValues>(key: K, value: CompanyFormValues[K]) => setValues((v) => ({ ...v, [key]: value }));
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    await onSave({
      name: values.name,
      roleTitle: values.roleTitle.trim() || null,
      status: values.status,
      domains: splitList(values.domains),
      aliases: splitList(values.aliases),
      notes: values.notes,
    });
  };
  return (
    <form onSubmit={(e) => void submit(e)} noValidate>
      <ErrorNote message={formError(error, FIELDS)} />
      <div className="grid-2">
        <TextField
          label="Company name"
          required
          autoFocus={autoFocusName}
          autoComplete="off"
          value={values.name}
          onChange={(e) => set('name', e.target.value)}
          error={fieldError(error, 'name')}
        />
        <TextField
          label="Role applied for"
          autoComplete="off"
          value={values.roleTitle}
          onChange={(e) => set('roleTitle', e.target.value)}
          error={fieldError(error, 'roleTitle')}
        />
        <SelectField
          label="Application status"
          value={values.status}
          onChange={(e) => set('status', e.target.value as ApplicationStatus)}
          error={fieldError(error, 'status')}
        >
          {keysOf(APPLICATION_STATUS).map((s) => (
            <option key={s} value={s}>
              {APPLICATION_STATUS[s]}
            </option>
          ))}
        </SelectField>
        <TextField
          label="Website domains"
          hint="Separated by commas: “stripe.com, stripe.dev”."
          autoComplete="off"
          value={values.domains}
          onChange={(e) => set('domains', e.target.value)}
          error={fieldError(error, 'domains')}
        />
        <TextField
          label="Other names"
          hint="Separated by commas: “Notion” for “Notion Labs”."
          autoComplete="off"
          value={values.aliases}
          onChange={(e) => set('aliases', e.target.value)}
          error={fieldError(error, 'aliases')}
        />
      </div>
      <TextArea label="Notes" value={values.notes} onChange={(e) => set('notes', e.target.value)} error={fieldError(error, 'notes')} />
      <div className="row">
        <button type="submit" disabled={saving}>
          {submitLabel}
        </button>
        <button type="button" className="secondary" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </form>
  );
}
