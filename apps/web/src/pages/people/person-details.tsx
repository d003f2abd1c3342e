import { useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { useMutation } from 'urql';
import { errorMessage } from '../../api/errors';
import { graphql } from '../../gql';
import type { CreateContactInput } from '../../gql/graphql';
import { ErrorNote } from '../../ui/feedback';
import { PersonForm, type PersonFormValues } from './person-form';
import type { Person } from './person-query';
import { ConfirmStep } from '../../ui/confirm-step';
import { safeHref } from '../../ui/safe-url';
import { CONTACT_ROLE, titleAndRole } from '../../ui/labels';
import { useFocusWhenClosed } from '../../ui/use-focus-when-closed';

const UpdatePersonDocument = graphql(`
  mutation PersonUpdate($id: ID!, $input: UpdateContactInput!) {
    updateContact(id: $id, input: $input) {
      ...PersonFields
    }
  }
`);

const DeletePersonDocument = graphql(`
  mutation PersonDelete($id: ID!) {
    deleteContact(id: $id)
  }
`);

function formValues(person: Person): PersonFormValues {
  return {
    name: person.name,
    companyName: person.company?.name ?? '',
    title: person.title ?? '',
    role: person.role,
    email: person.email ?? '',
    linkedinUrl: person.linkedinUrl ?? '',
    linkedinConnected: person.linkedinConnected,
    interests: person.interests.join(', '),
    aliases: person.aliases.join(', '),
    notes: person.notes,
  };
}

/** The person's heading and facts, with "Edit" (a form in place) and "Delete" (after a confirm step). */
export function PersonDetails({ person }: { person: Person }) {
  const [editing, setEditing] = useState(false);
  const linkedin = safeHref(person.linkedinUrl);
  const editButton = useFocusWhenClosed<HTMLButtonElement>(editing);
  const [{ fetching: saving, error: saveError }, update] = useMutation(UpdatePersonDocument);
  const [{ fetching: deleting, error: deleteError }, remove] = useMutation(DeletePersonDocument);
  const navigate = useNavigate();

  const save = async (input: CreateContactInput) => {
    const result = await update({ id: person.id, input }, { additionalTypenames: ['Contact'] });
    if (!result.error) setEditing(false);
  };
  const confirmDelete = async () => {
    const result = await remove({ id: person.id }, { additionalTypenames: ['Contact', 'Interaction'] });
    if (!result.error) await navigate('/people', { replace: true });
  };

  return (
    <>
      <h1>{person.name}</h1>
      <p className="subtitle meta">
        {titleAndRole(person.title, person.role)}
        {person.company && (
          <>
            {' at '}
            <Link to={`/companies/${person.company.id}`}>{person.company.name}</Link>
          </>
        )}
      </p>
      {editing ? (
        <section className="card">
          <h2>Edit {person.name}</h2>
          <PersonForm
            autoFocusName
            initial={formValues(person)}
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
            <dt>Company</dt>
            <dd>{person.company ? <Link to={`/companies/${person.company.id}`}>{person.company.name}</Link> : <span className="muted">None given</span>}</dd>
            <dt>Title</dt>
            <dd>{person.title ?? <span className="muted">None given</span>}</dd>
            <dt>Role</dt>
            <dd>{CONTACT_ROLE[person.role]}</dd>
            <dt>LinkedIn</dt>
            <dd>
              {linkedin ? (
                <a href={linkedin} target="_blank" rel="noopener noreferrer">
                  {person.linkedinUrl}
                </a>
              ) : (
                (person.linkedinUrl ?? <span className="muted">None given</span>)
              )}
              {person.linkedinConnected && <span className="badge ok people-connected">Connected</span>}
            </dd>
            <dt>Email</dt>
            <dd>{person.email ? <a href={`mailto:${person.email}`}>{person.email}</a> : <span className="muted">None given</span>}</dd>
            <dt>Interests</dt>
            <dd>{person.interests.length > 0 ? person.interests.join(', ') : <span className="muted">None given</span>}</dd>
            {person.aliases.length > 0 && (
              <>
                <dt>Other names</dt>
                <dd>{person.aliases.join(', ')}</dd>
              </>
            )}
            <dt>Notes</dt>
            <dd className="pre-wrap">{person.notes || <span className="muted">None yet</span>}</dd>
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
              warning={`Delete ${person.name} and every touch logged with them? This cannot be undone.`}
              busy={deleting}
              onConfirm={confirmDelete}
            />
          </div>
        </>
      )}
    </>
  );
}
