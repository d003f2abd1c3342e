import { useCallback, useId, useState } from 'react';
import { useClient, useMutation, useQuery, type CombinedError } from 'urql';
import { errorMessage, fieldError } from '../../api/errors';
import { graphql } from '../../gql';
import type { PeopleCompanyOptionsQuery } from '../../gql/graphql';
import { TextField } from '../../ui/field';
import { useSettled } from '../../ui/use-settled';

const CompanyOptionsDocument = graphql(`
  query PeopleCompanyOptions($search: String!) {
    companies(filter: { search: $search }, first: 10) {
      edges {
        node {
          id
          name
          aliases
        }
      }
    }
  }
`);

const CreateCompanyByNameDocument = graphql(`
  mutation PeopleCreateCompanyByName($input: CreateCompanyInput!) {
    createCompany(input: $input) {
      id
      name
    }
  }
`);

type CompanyOption = PeopleCompanyOptionsQuery['companies']['edges'][number]['node'];

/** The company whose name or alias is exactly what was typed (case aside). */
function exactMatch(options: CompanyOption[], typed: string): CompanyOption | undefined {
  const wanted = typed.trim().toLowerCase();
  return options.find((c) => c.name.toLowerCase() === wanted || c.aliases.some((a) => a.toLowerCase() === wanted));
}

export type CompanyChoice = { ok: true; companyId: string | null } | { ok: false };

/**
 * A company typed by name: suggestions come from the user's companies, and a
 * name that matches none is created (createCompany) when the form is saved,
 * since contacts take a company id.
 */
export function useCompanyField(initialName: string) {
  const client = useClient();
  const [name, setName] = useState(initialName);
  const [error, setError] = useState<CombinedError | null>(null);
  const search = useSettled(name.trim());
  const [{ data }] = useQuery({ query: CompanyOptionsDocument, variables: { search }, pause: search.length === 0 });
  const [{ fetching: creating }, createCompany] = useMutation(CreateCompanyByNameDocument);
  const options = search.length > 0 ? (data?.companies.edges.map((e) => e.node) ?? []) : [];
  const match = exactMatch(options, name);

  /** The id to save: an existing company's, a new one's, or null when the field is blank. */
  const resolve = useCallback(async (): Promise<CompanyChoice> => {
    setError(null);
    const typed = name.trim();
    if (!typed) return { ok: true, companyId: null };
    if (match) return { ok: true, companyId: match.id };
    // The suggestions may lag behind the last keys typed: ask once more before creating.
    const fresh = await client.query(CompanyOptionsDocument, { search: typed }, { requestPolicy: 'network-only' }).toPromise();
    const found = exactMatch(fresh.data?.companies.edges.map((e) => e.node) ?? [], typed);
    if (found) return { ok: true, companyId: found.id };
    const created = await createCompany({ input: { name: typed } }, { additionalTypenames: ['Company'] });
    if (created.error || !created.data) {
      setError(created.error ?? null);
      return { ok: false };
    }
    return { ok: true, companyId: created.data.createCompany.id };
  }, [client, createCompany, match, name]);

  return { name, setName, options, match, creating, error, resolve };
}

/** The "Company" input with its suggestions (a native datalist: keyboard and screen readers know it). */
export function CompanyField({ label = 'Company', field, apiError }: { label?: string; field: ReturnType<typeof useCompanyField>; apiError?: string | null }) {
  const listId = useId();
  const typed = field.name.trim();
  const hint = !typed
    ? 'Type to pick one of your companies, or a new name to add it.'
    : field.match
      ? `One of your companies: ${field.match.name}.`
      : `No company called “${typed}” yet: saving adds it.`;
  const createError = field.error ? (fieldError(field.error, 'name') ?? errorMessage(field.error)) : null;
  return (
    <>
      <TextField
        label={label}
        list={listId}
        autoComplete="off"
        value={field.name}
        onChange={(e) => field.setName(e.target.value)}
        hint={hint}
        error={createError ?? apiError}
      />
      <datalist id={listId}>
        {field.options.map((c) => (
          <option key={c.id} value={c.name} />
        ))}
      </datalist>
    </>
  );
}
