import { useState } from 'react';
import { useMutation } from 'urql';
import { graphql } from '../../gql';
import type { ContactFilter, ContactRole, CreateContactInput } from '../../gql/graphql';
import { AddButton, AddSection, useAddPanel } from '../../ui/add-panel';
import { SelectField, TextField } from '../../ui/field';
import { useCursorPages } from '../../ui/cursor-pages';
import { useCadence } from './cadence';
import { PeopleResults } from './people-results';
import { EMPTY_PERSON, PersonForm } from './person-form';
import './people.css';
import { CONTACT_ROLE, keysOf } from '../../ui/labels';
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
  const panel = useAddPanel();
  const [{ fetching: saving, error }, createPerson] = useMutation(CreatePersonDocument);
  const cadence = useCadence();
  const settledSearch = useSettled(search.trim());
  const filter: ContactFilter = { ...(settledSearch && { search: settledSearch }), ...(role && { role }) };
  const { cursors, more } = useCursorPages(JSON.stringify(filter));

  const save = async (input: CreateContactInput) => {
    const result = await createPerson({ input }, { additionalTypenames: ['Contact'] });
    if (result.data) panel.saved(result.data.createContact);
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
        <AddButton panel={panel}>Add person</AddButton>
      </div>
      <AddSection panel={panel} title="Add person" linkText={(a) => `Open ${a.name}’s page`} hrefOf={(id) => `/people/${id}`}>
        <PersonForm autoFocusName initial={EMPTY_PERSON} submitLabel="Save person" saving={saving} error={error} onSave={save} onCancel={panel.close} />
      </AddSection>
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
