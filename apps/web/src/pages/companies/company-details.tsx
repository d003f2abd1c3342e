import { useState } from 'react';
import { useNavigate } from 'react-router';
import { useMutation } from 'urql';
import { errorMessage } from '../../api/errors';
import { graphql } from '../../gql';
import type { CreateCompanyInput } from '../../gql/graphql';
import { ErrorNote } from '../../ui/feedback';
import { CompanyForm, type CompanyFormValues } from './company-form';
import type { CompanyDetailsData } from './company-query';
import { ConfirmStep } from '../../ui/confirm-step';
import { safeHref } from '../../ui/safe-url';
import { APPLICATION_STATUS } from '../../ui/labels';
import { useFocusWhenClosed } from '../../ui/use-focus-when-closed';

const UpdateCompanyDocument = graphql(`
  mutation CompanyUpdate($id: ID!, $input: UpdateCompanyInput!) {
    updateCompany(id: $id, input: $input) {
      ...CompanyFields
    }
  }
`);

const DeleteCompanyDocument = graphql(`
  mutation CompanyDelete($id: ID!) {
    deleteCompany(id: $id)
  }
`);

function formValues(company: CompanyDetailsData): CompanyFormValues {
  return {
    name: company.name,
    roleTitle: company.roleTitle ?? '',
    status: company.status,
    domains: company.domains.join(', '),
    aliases: company.aliases.join(', '),
    notes: company.notes,
  };
}

/** The company's heading and facts, with "Edit" (a form in place) and "Delete" (after a confirm step). */
export function CompanyDetails({ company }: { company: CompanyDetailsData }) {
  const [editing, setEditing] = useState(false);
  const editButton = useFocusWhenClosed<HTMLButtonElement>(editing);
  const [{ fetching: saving, error: saveError }, update] = useMutation(UpdateCompanyDocument);
  const [{ fetching: deleting, error: deleteError }, remove] = useMutation(DeleteCompanyDocument);
  const navigate = useNavigate();

  const save = async (input: CreateCompanyInput) => {
    const result = await update({ id: company.id, input }, { additionalTypenames: ['Company'] });
    if (!result.error) setEditing(false);
  };
  const confirmDelete = async () => {
    const result = await remove({ id: company.id }, { additionalTypenames: ['Company', 'Contact', 'Interview'] });
    if (!result.error) await navigate('/companies', { replace: true });
  };

  return (
    <>
      <h1>{company.name}</h1>
      <p className="subtitle meta">
        <span className="badge">{APPLICATION_STATUS[company.status]}</span>
        {company.roleTitle && ` Role: ${company.roleTitle}`}
      </p>
      {editing ? (
        <section className="card">
          <h2>Edit {company.name}</h2>
          <CompanyForm
            autoFocusName
            initial={formValues(company)}
            submitLabel="Save changes"
            saving={saving}
            error={saveError}
            onSave={save}
            onCancel={() => setEditing(false)}
          />
        </section>
      ) : (
        <>
          <dl className="facts">
            <dt>Status</dt>
            <dd>{APPLICATION_STATUS[company.status]}</dd>
            <dt>Role applied for</dt>
            <dd>{company.roleTitle ?? <span className="muted">None given</span>}</dd>
            <dt>Website domains</dt>
            <dd>
              {company.domains.length > 0 ? (
                <ul className="domain-list">
                  {company.domains.map((domain) => {
                    // Stored as bare host names by the API; checked all the same, as every link from API data is.
                    const href = safeHref(`https://${domain}`);
                    return (
                      <li key={domain}>
                        {href ? (
                          <a href={href} target="_blank" rel="noopener noreferrer">
                            {domain}
                          </a>
                        ) : (
                          domain
                        )}
                      </li>
                    );
                  })}
                </ul>
              ) : (
                <span className="muted">None given</span>
              )}
            </dd>
            {company.aliases.length > 0 && (
              <>
                <dt>Other names</dt>
                <dd>{company.aliases.join(', ')}</dd>
              </>
            )}
            <dt>Notes</dt>
            <dd className="pre-wrap">{company.notes || <span className="muted">None yet</span>}</dd>
          </dl>
          <ErrorNote message={errorMessage(deleteError)} />
          <div className="row">
            <button type="button" className="secondary" ref={editButton} onClick={() => setEditing(true)}>
              Edit
            </button>
            <ConfirmStep
              label="Delete"
              confirmLabel="Confirm delete"
              danger
              warning={`Delete ${company.name} and its interviews? Its people stay, without a company. This cannot be undone.`}
              busy={deleting}
              onConfirm={confirmDelete}
            />
          </div>
        </>
      )}
    </>
  );
}
