import { useState } from 'react';
import { useMutation } from 'urql';
import { graphql } from '../../gql';
import type { ApplicationStatus, CompanyFilter, CreateCompanyInput } from '../../gql/graphql';
import { AddButton, AddSection, useAddPanel } from '../../ui/add-panel';
import { SelectField, TextField } from '../../ui/field';
import { useCursorPages } from '../../ui/cursor-pages';
import { CompaniesResults } from './companies-results';
import { CompanyForm, EMPTY_COMPANY } from './company-form';
import { APPLICATION_STATUS, keysOf } from '../../ui/labels';
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
  const panel = useAddPanel();
  const [{ fetching: saving, error }, createCompany] = useMutation(CreateCompanyDocument);
  const settledSearch = useSettled(search.trim());
  const filter: CompanyFilter = { ...(settledSearch && { search: settledSearch }), ...(status && { status }) };
  const { cursors, more } = useCursorPages(JSON.stringify(filter));

  const save = async (input: CreateCompanyInput) => {
    const result = await createCompany({ input }, { additionalTypenames: ['Company'] });
    if (result.data) panel.saved(result.data.createCompany);
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
        <AddButton panel={panel}>Add company</AddButton>
      </div>
      <AddSection panel={panel} title="Add company" linkText={(a) => `Open ${a.name}`} hrefOf={(id) => `/companies/${id}`}>
        <CompanyForm autoFocusName initial={EMPTY_COMPANY} submitLabel="Save company" saving={saving} error={error} onSave={save} onCancel={panel.close} />
      </AddSection>
      {cursors.map((after, i) => (
        <CompaniesResults key={after ?? 'first'} filter={filter} after={after} isFirst={i === 0} isLast={i === cursors.length - 1} onMore={more} />
      ))}
    </>
  );
}
