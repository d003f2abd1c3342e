import { useState, type FormEvent } from 'react';
import type { CombinedError } from 'urql';
import { fieldError, formError } from '../../api/errors';
import type { ContactRole, CreateContactInput } from '../../gql/graphql';
import { ErrorNote } from '../../ui/feedback';
import { CheckboxField, SelectField, splitList, TextArea, TextField } from '../../ui/field';
import { CompanyField, useCompanyField } from './company-field';
import { CONTACT_ROLE, keysOf } from '../../ui/labels';

export interface PersonFormValues {
  name: string;
  companyName: string;
  title: string;
  role: ContactRole;
  email: string;
  linkedinUrl: string;
  linkedinConnected: boolean;
  interests: string;
  aliases: string;
  notes: string;
}

export const EMPTY_PERSON: PersonFormValues = {
  name: '',
  companyName: '',
  title: '',
  role: 'HIRING_MANAGER',
  email: '',
  linkedinUrl: '',
  linkedinConnected: false,
  interests: '',
  aliases: '',
  notes: '',
};

const FIELDS = ['name', 'companyId', 'title', 'role', 'email', 'linkedinUrl', 'linkedinConnected', 'interests', 'aliases', 'notes'];

/**
 * A person's fields, for adding and editing. Blank optional fields are sent
 * as null (clears them on edit); the company is typed by name and resolved to
 * an id first, created if it is new.
 */
export function PersonForm({
  initial,
  submitLabel,
  saving,
  error,
  onSave,
  onCancel,
  autoFocusName = false,
}: {
  initial: PersonFormValues;
  submitLabel: string;
  saving: boolean;
  error: CombinedError | undefined;
  onSave: (input: CreateContactInput) => Promise<void>;
  onCancel: () => void;
  /** Opened by a button: the first field takes focus so typing can start at once. */
  autoFocusName?: boolean;
}) {
  const [values, setValues] = useState(initial);
  const company = useCompanyField(initial.companyName);
  const set = <K extends keyof PersonFormValues>(key: K, value: PersonFormValues[K]) => setValues((v) => ({ ...v, [key]: value }));
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const choice = await company.resolve();
    if (!choice.ok) return;
    await onSave({
      name: values.name,
      companyId: choice.companyId,
      title: values.title.trim() || null,
      role: values.role,
      email: values.email.trim() || null,
      linkedinUrl: values.linkedinUrl.trim() || null,
      linkedinConnected: values.linkedinConnected,
      interests: splitList(values.interests),
      aliases: splitList(values.aliases),
      notes: values.notes,
    });
  };
  const busy = saving || company.creating;
  return (
    <form onSubmit={(e) => void submit(e)} noValidate>
      <ErrorNote message={formError(error, FIELDS)} />
      <div className="grid-2">
        <TextField
          label="Name"
          required
          autoFocus={autoFocusName}
          autoComplete="off"
          value={values.name}
          onChange={(e) => set('name', e.target.value)}
          error={fieldError(error, 'name')}
        />
        <CompanyField field={company} apiError={fieldError(error, 'companyId')} />
        <TextField label="Title" autoComplete="off" value={values.title} onChange={(e) => set('title', e.target.value)} error={fieldError(error, 'title')} />
        <SelectField label="Role" value={values.role} onChange={(e) => set('role', e.target.value as ContactRole)} error={fieldError(error, 'role')}>
          {keysOf(CONTACT_ROLE).map((role) => (
            <option key={role} value={role}>
              {CONTACT_ROLE[role]}
            </option>
          ))}
        </SelectField>
        <TextField
          label="Email"
          type="email"
          autoComplete="off"
          value={values.email}
          onChange={(e) => set('email', e.target.value)}
          error={fieldError(error, 'email')}
        />
        <TextField
          label="LinkedIn URL"
          type="url"
          autoComplete="off"
          placeholder="https://www.linkedin.com/in/…"
          value={values.linkedinUrl}
          onChange={(e) => set('linkedinUrl', e.target.value)}
          error={fieldError(error, 'linkedinUrl')}
        />
      </div>
      <CheckboxField label="Connected on LinkedIn" checked={values.linkedinConnected} onChange={(e) => set('linkedinConnected', e.target.checked)} />
      <div className="grid-2">
        <TextField
          label="Interests"
          hint="Separated by commas: “edge computing, Rust”."
          value={values.interests}
          onChange={(e) => set('interests', e.target.value)}
          error={fieldError(error, 'interests')}
        />
        <TextField
          label="Other names"
          hint="Separated by commas, as events may spell them."
          value={values.aliases}
          onChange={(e) => set('aliases', e.target.value)}
          error={fieldError(error, 'aliases')}
        />
      </div>
      <TextArea label="Notes" value={values.notes} onChange={(e) => set('notes', e.target.value)} error={fieldError(error, 'notes')} />
      <div className="row">
        <button type="submit" disabled={busy}>
          {submitLabel}
        </button>
        <button type="button" className="secondary" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </form>
  );
}
