import { useId, useState } from 'react';
import { Link } from 'react-router';
import { useMutation } from 'urql';
import { graphql } from '../../gql';
import type { ApplicationStatus, CompanyFilter, CreateCompanyInput } from '../../gql/graphql';
import { Status } from '../../ui/feedback';
import { SelectField, TextField } from '../../ui/field';
import { useCursorPages } from '../../ui/cursor-pages';
import { CompaniesResults } from './companies-results';
import { CompanyForm, EMPTY_COMPANY } from './company-form';
import { APPLICATION_STATUS, keysOf } from '../../ui/labels';
import { useFocusWhenClosed } from '../../ui/use-focus-when-closed';
import { useSettled } from '../../ui/use-settled';

const CreateCompanyDocument = graphql(`
  mutation CompaniesCreateCompany($input: CreateCompanyInput!) {
    createCompany(input: $input) {
      id
      name
    }
  }
`);

/** Every company tracked: search, filter by application status, add one; each links to its page. */
export default function CompaniesPage() {
  const [search, setSearch] = useState('');
  const [status, setStatus] = useState<ApplicationStatus | ''>('');
  const [adding, setAdding] = useState(false);
  const addButton = useFocusWhenClosed<HTMLButtonElement>(adding);
  const [added, setAdded] = useState<{ id: string; name: string } | null>(null);
  const [{ fetching: saving, error }, createCompany] = useMutation(CreateCompanyDocument);
  const formId = useId();
  const settledSearch = useSettled(search.trim());
  const filter: CompanyFilter = { ...(settledSearch && { search: settledSearch }), ...(status && { status }) };
  const { cursors, more } = useCursorPages(JSON.stringify(filter));

  const save = async (input: CreateCompanyInput) => {
    const result = await createCompany({ input }, { additionalTypenames: ['Company'] });
    if (result.data) {
      setAdded(result.data.createCompany);
      setAdding(false);
    }
  };

  return (
    <>
      <h1>Companies</h1>
      <div className="toolbar aligned-toolbar">
        <TextField label="Search companies" type="search" value={search} onChange={(e) => setSearch(e.target.value)} />
        <SelectField label="Status" value={status} onChange={(e) => setStatus(e.target.value as ApplicationStatus | '')}>
          <option value="">Any status</option>
          {keysOf(APPLICATION_STATUS).map((s) => (
            <option key={s} value={s}>
              {APPLICATION_STATUS[s]}
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
          Add company
        </button>
      </div>
      {added && (
        <p className="added-status">
          <Status message={`Added ${added.name}.`} /> <Link to={`/companies/${added.id}`}>Open {added.name}</Link>
        </p>
      )}
      {adding && (
        <section className="card" id={formId}>
          <h2>Add company</h2>
          <CompanyForm
            autoFocusName
            initial={EMPTY_COMPANY}
            submitLabel="Save company"
            saving={saving}
            error={error}
            onSave={save}
            onCancel={() => setAdding(false)}
          />
        </section>
      )}
      {cursors.map((after, i) => (
        <CompaniesResults key={after ?? 'first'} filter={filter} after={after} isFirst={i === 0} isLast={i === cursors.length - 1} onMore={more} />
      ))}
    </>
  );
}
