import { useState, type FormEvent } from 'react';
import { useMutation } from 'urql';
import { fieldError, formError } from '../../api/errors';
import type { MetPersonInput } from '../../gql/graphql';
import { ErrorNote } from '../../ui/feedback';
import { splitList, TextArea, TextField } from '../../ui/field';
import { ContactPicker, type PickableContact } from './contact-picker';
import { RecordMetDocument } from './follow-up-queries';
import { BLANK_PERSON, isFilled, NewPersonFields, type NewPerson } from './new-person-fields';

const FIELDS = ['contactIds', 'topics', 'promises', 'notes', 'eventId'];

function blankOrNull(value: string): string | null {
  return value.trim() === '' ? null : value.trim();
}

/**
 * "Who did you meet?": tracked people (suggested or found) and new ones.
 * Saving logs a MET_AT_EVENT touch for each, turns each promise into its
 * own item, and drafts recall the topics. Saving nobody records that too.
 */
export function RecordMetForm({ eventId, suggested, onSaved }: { eventId: string; suggested: readonly PickableContact[]; onSaved: (message: string) => void }) {
  const [picked, setPicked] = useState<Map<string, PickableContact>>(new Map());
  const [people, setPeople] = useState<NewPerson[]>([BLANK_PERSON]);
  const [topics, setTopics] = useState('');
  const [promises, setPromises] = useState('');
  const [notes, setNotes] = useState('');
  const [missingName, setMissingName] = useState<number | null>(null);
  const [{ fetching, error }, recordMet] = useMutation(RecordMetDocument);

  const toggle = (contact: PickableContact, on: boolean) =>
    setPicked((current) => {
      const next = new Map(current);
      if (on) next.set(contact.id, contact);
      else next.delete(contact.id);
      return next;
    });

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const filled = people.filter(isFilled);
    const unnamed = people.findIndex((person) => isFilled(person) && !person.name.trim());
    setMissingName(unnamed >= 0 ? unnamed : null);
    if (unnamed >= 0) return;
    const newPeople: MetPersonInput[] = filled.map((person) => ({
      name: person.name.trim(),
      companyName: blankOrNull(person.companyName),
      title: blankOrNull(person.title),
      linkedinUrl: blankOrNull(person.linkedinUrl),
      email: blankOrNull(person.email),
    }));
    const result = await recordMet({
      input: {
        eventId,
        contactIds: [...picked.keys()],
        newPeople,
        topics: splitList(topics),
        promises: splitList(promises),
        ...(notes.trim() && { notes: notes.trim() }),
      },
    });
    if (result.error) return;
    const names = [...[...picked.values()].map((contact) => contact.name), ...newPeople.map((person) => person.name)];
    setPicked(new Map());
    setPeople([BLANK_PERSON]);
    setTopics('');
    setPromises('');
    setNotes('');
    onSaved(names.length ? `Saved: you met ${names.join(', ')}.` : 'Saved: you met nobody to follow up with.');
  };

  return (
    <form className="record-met" onSubmit={(e) => void submit(e)} noValidate>
      <ErrorNote
        message={formError(
          error,
          FIELDS.concat(people.flatMap((_, i) => ['name', 'companyName', 'title', 'linkedinUrl', 'email'].map((f) => `newPeople.${i}.${f}`))),
        )}
      />
      <ContactPicker suggested={suggested} picked={picked} onToggle={toggle} />
      {fieldError(error, 'contactIds') && (
        <p className="field-error" role="alert">
          {fieldError(error, 'contactIds')}
        </p>
      )}
      {people.map((person, index) => (
        <NewPersonFields
          // New people have no id yet: their place in the list is who they are.
          key={index}
          index={index}
          person={person}
          error={error}
          nameMissing={missingName === index}
          onChange={(changed) => setPeople((all) => all.map((p, i) => (i === index ? changed : p)))}
          onRemove={people.length > 1 ? () => setPeople((all) => all.filter((_, i) => i !== index)) : null}
        />
      ))}
      <button type="button" className="secondary" onClick={() => setPeople((all) => [...all, BLANK_PERSON])}>
        Add another new person
      </button>
      <div className="grid-2 record-met-talk">
        <TextField
          label="What you talked about"
          value={topics}
          onChange={(e) => setTopics(e.target.value)}
          hint="Short phrases, comma-separated: “cold starts at the edge, hiring for Q3”. Drafts recall them."
          error={fieldError(error, 'topics')}
        />
        <TextField
          label="Promises"
          value={promises}
          onChange={(e) => setPromises(e.target.value)}
          hint="What you promised, comma-separated: “send the deck”. Each becomes its own item, due within 3 days."
          error={fieldError(error, 'promises')}
        />
      </div>
      <TextArea label="Notes" value={notes} onChange={(e) => setNotes(e.target.value)} error={fieldError(error, 'notes')} />
      <button type="submit" disabled={fetching}>
        Save who I met
      </button>
    </form>
  );
}
