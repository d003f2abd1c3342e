import type { CombinedError } from 'urql';
import { fieldError } from '../../api/errors';
import { TextField } from '../../ui/field';

/** Someone met who is not tracked yet: recordMet creates the contact. */
export interface NewPerson {
  name: string;
  companyName: string;
  title: string;
  linkedinUrl: string;
  email: string;
}

export const BLANK_PERSON: NewPerson = { name: '', companyName: '', title: '', linkedinUrl: '', email: '' };

export function isFilled(person: NewPerson): boolean {
  return Object.values(person).some((value) => value.trim() !== '');
}

/** One new person's fields; the API's errors for them (input.newPeople.<n>.email) show beside each. */
export function NewPersonFields({
  index,
  person,
  error,
  nameMissing,
  onChange,
  onRemove,
}: {
  index: number;
  person: NewPerson;
  error: CombinedError | undefined;
  /** Other fields filled and no name: said beside the name. */
  nameMissing: boolean;
  onChange: (person: NewPerson) => void;
  onRemove: (() => void) | null;
}) {
  const set = (field: keyof NewPerson) => (e: { target: { value: string } }) => onChange({ ...person, [field]: e.target.value });
  const err = (field: string) => fieldError(error, `newPeople.${index}.${field}`);
  return (
    <fieldset className="new-person">
      <legend>New person {index + 1}</legend>
      <div className="grid-2">
        <TextField
          label="Name"
          value={person.name}
          onChange={set('name')}
          autoComplete="off"
          error={err('name') ?? (nameMissing ? 'Give their name, or clear the other fields.' : null)}
        />
        <TextField label="Company" value={person.companyName} onChange={set('companyName')} autoComplete="off" error={err('companyName')} />
        <TextField label="Title" value={person.title} onChange={set('title')} autoComplete="off" error={err('title')} />
        <TextField
          label="LinkedIn URL"
          type="url"
          value={person.linkedinUrl}
          onChange={set('linkedinUrl')}
          placeholder="https://www.linkedin.com/in/…"
          error={err('linkedinUrl')}
        />
        <TextField label="Email" type="email" value={person.email} onChange={set('email')} autoComplete="off" error={err('email')} />
      </div>
      {onRemove && (
        <button type="button" className="secondary" onClick={onRemove}>
          Remove person {index + 1}
        </button>
      )}
    </fieldset>
  );
}
