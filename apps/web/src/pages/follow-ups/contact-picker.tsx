import { useEffect, useState } from 'react';
import { useQuery } from 'urql';
import { errorMessage } from '../../api/errors';
import { ErrorNote } from '../../ui/feedback';
import { TextField } from '../../ui/field';
import { MetContactSearchDocument } from './follow-up-queries';

export interface PickableContact {
  id: string;
  name: string;
  title: string | null;
  company: { name: string } | null;
}

function describe(contact: PickableContact): string {
  const about = [contact.title, contact.company?.name].filter(Boolean).join(', ');
  return about ? `${contact.name} (${about})` : contact.name;
}

/** Checkboxes of tracked people: the ones the checklist suggests, plus any found by name. */
export function ContactPicker({
  suggested,
  picked,
  onToggle,
}: {
  suggested: readonly PickableContact[];
  picked: ReadonlyMap<string, PickableContact>;
  onToggle: (contact: PickableContact, on: boolean) => void;
}) {
  const [search, setSearch] = useState('');
  const [term, setTerm] = useState('');
  // Ask once typing pauses, not at every key.
  useEffect(() => {
    const timer = window.setTimeout(() => setTerm(search.trim()), 250);
    return () => window.clearTimeout(timer);
  }, [search]);
  const [{ data, fetching, error }] = useQuery({ query: MetContactSearchDocument, variables: { search: term }, pause: term.length < 2 });
  const found = term.length >= 2 ? (data?.contacts.edges.map((edge) => edge.node) ?? []) : [];
  // The suggested and the picked stay on top; search results below the search, each person once.
  const listed = new Map<string, PickableContact>();
  for (const contact of [...suggested, ...picked.values()]) if (!listed.has(contact.id)) listed.set(contact.id, contact);
  const results = found.filter((contact) => !listed.has(contact.id));
  const box = (contact: PickableContact) => (
    <li key={contact.id}>
      <label className="check">
        <input type="checkbox" checked={picked.has(contact.id)} onChange={(e) => onToggle(contact, e.target.checked)} /> {describe(contact)}
      </label>
    </li>
  );
  return (
    <fieldset className="contact-picker">
      <legend>People you track</legend>
      {listed.size > 0 ? (
        <ul className="list">{[...listed.values()].map(box)}</ul>
      ) : (
        <p className="muted">No tracked people are linked to this event: find them by name below, or add them as new people.</p>
      )}
      <TextField
        label="Find someone you track"
        type="search"
        value={search}
        onChange={(e) => setSearch(e.target.value)}
        hint="Type two letters or more of a name or title."
      />
      <ErrorNote message={errorMessage(error)} />
      {results.length > 0 && (
        <ul className="list" aria-label="Search results">
          {results.map(box)}
        </ul>
      )}
      {term.length >= 2 && !fetching && data && found.length === 0 && <p className="muted">Nobody you track matches “{term}”.</p>}
    </fieldset>
  );
}
