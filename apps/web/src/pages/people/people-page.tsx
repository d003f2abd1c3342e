import { useId, useState } from 'react';
import { Link } from 'react-router';
import { useMutation } from 'urql';
import { graphql } from '../../gql';
import type { ContactFilter, ContactRole, CreateContactInput } from '../../gql/graphql';
import { Status } from '../../ui/feedback';
import { SelectField, TextField } from '../../ui/field';
import { useCursorPages } from '../../ui/cursor-pages';
import { useCadence } from './cadence';
import { PeopleResults } from './people-results';
import { EMPTY_PERSON, PersonForm } from './person-form';
import './people.css';
import { CONTACT_ROLE, keysOf } from '../../ui/labels';
import { useFocusWhenClosed } from '../../ui/use-focus-when-closed';
import { useSettled } from '../../ui/use-settled';

const CreatePersonDocument = graphql(`
  mutation PeopleCreatePerson($input: CreateContactInput!) {
    createContact(input: $input) {
      id
      name
    }
  }
`);

/** Everyone tracked: search, filter by role, add someone; each links to their page. */
export default function PeoplePage() {
  const [search, setSearch] = useState('');
  const [role, setRole] = useState<ContactRole | ''>('');
  const [adding, setAdding] = useState(false);
  const addButton = useFocusWhenClosed<HTMLButtonElement>(adding);
  const [added, setAdded] = useState<{ id: string; name: string } | null>(null);
  const [{ fetching: saving, error }, createPerson] = useMutation(CreatePersonDocument);
  const formId = useId();
  const cadence = useCadence();
  const settledSearch = useSettled(search.trim());
  const filter: ContactFilter = { ...(settledSearch && { search: settledSearch }), ...(role && { role }) };
  const { cursors, more } = useCursorPages(JSON.stringify(filter));

  const save = async (input: CreateContactInput) => {
    const result = await createPerson({ input }, { additionalTypenames: ['Contact'] });
    if (result.data) {
      setAdded(result.data.createContact);
      setAdding(false);
    }
  };

  return (
    <>
      <h1>People</h1>
      <div className="toolbar aligned-toolbar">
        <TextField label="Search people" type="search" value={search} onChange={(e) => setSearch(e.target.value)} />
        <SelectField label="Role" value={role} onChange={(e) => setRole(e.target.value as ContactRole | '')}>
          <option value="">Everyone</option>
          {keysOf(CONTACT_ROLE).map((r) => (
            <option key={r} value={r}>
              {CONTACT_ROLE[r]}
            </option>
          ))}
        </SelectField>
        <button
          type="button"
          ref={addButton}
          aria-expanded={adding}
          aria-controls={formId}
          onClick={() => {
            setAdding((a) => !a);
            setAdded(null);
          }}
        >
          Add person
        </button>
      </div>
      {added && (
        <p className="added-status">
          <Status message={`Added ${added.name}.`} /> <Link to={`/people/${added.id}`}>Open {added.name}’s page</Link>
        </p>
      )}
      {adding && (
        <section className="card" id={formId}>
          <h2>Add person</h2>
          <PersonForm
            autoFocusName
            initial={EMPTY_PERSON}
            submitLabel="Save person"
            saving={saving}
            error={error}
            onSave={save}
            onCancel={() => setAdding(false)}
          />
        </section>
      )}
      {cursors.map((after, i) => (
        <PeopleResults
          key={after ?? 'first'}
          filter={filter}
          after={after}
          isFirst={i === 0}
          isLast={i === cursors.length - 1}
          onMore={more}
          cadenceOf={cadence.of}
        />
      ))}
    </>
  );
}
