import { useState, type FormEvent } from 'react';
import { useMutation } from 'urql';
import { fieldError, formError } from '../../api/errors';
import { useZone } from '../../auth/session';
import { graphql } from '../../gql';
import { ErrorNote } from '../../ui/feedback';
import { splitLines, TextArea, TextField } from '../../ui/field';
import { fromLocalInput, toLocalInput } from '../../ui/time';
import { CompanyField, useCompanyField } from './company-field';

const RecordInterviewDocument = graphql(`
  mutation PersonRecordInterview($input: RecordInterviewInput!) {
    recordInterview(input: $input) {
      id
    }
  }
`);

const FIELDS = ['companyId', 'contactIds', 'occurredAt', 'title', 'topics', 'questionsAsked', 'concerns', 'promises', 'notes'];
const ONE_PER_LINE = 'One per line.';

/** An interview with this person (as interviewer): what was discussed, asked, worried about and promised. */
export function RecordInterviewForm({
  contactId,
  companyName,
  onRecorded,
  onCancel,
}: {
  contactId: string;
  companyName: string;
  onRecorded: () => void;
  onCancel: () => void;
}) {
  const zone = useZone();
  const company = useCompanyField(companyName);
  const [title, setTitle] = useState('');
  const [when, setWhen] = useState(() => toLocalInput(new Date().toISOString(), zone));
  const [topics, setTopics] = useState('');
  const [questions, setQuestions] = useState('');
  const [concerns, setConcerns] = useState('');
  const [promises, setPromises] = useState('');
  const [notes, setNotes] = useState('');
  const [missingCompany, setMissingCompany] = useState(false);
  const [{ fetching, error }, record] = useMutation(RecordInterviewDocument);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    // An interview belongs to a company; the API needs one.
    setMissingCompany(!company.name.trim());
    if (!company.name.trim()) return;
    const choice = await company.resolve();
    if (!choice.ok || !choice.companyId) return;
    const result = await record(
      {
        input: {
          companyId: choice.companyId,
          contactIds: [contactId],
          occurredAt: when ? fromLocalInput(when, zone) : new Date().toISOString(),
          title: title.trim() || null,
          topics: splitLines(topics),
          questionsAsked: splitLines(questions),
          concerns: splitLines(concerns),
          promises: splitLines(promises),
          notes,
        },
      },
      { additionalTypenames: ['Interview', 'Contact'] },
    );
    if (!result.error) onRecorded();
  };

  return (
    <form onSubmit={(e) => void submit(e)} noValidate>
      <ErrorNote message={formError(error, FIELDS)} />
      <div className="grid-2">
        <CompanyField
          label="Interview company"
          field={company}
          apiError={missingCompany ? 'Give the company the interview was with.' : fieldError(error, 'companyId')}
        />
        <TextField
          label="Interview date"
          type="datetime-local"
          value={when}
          onChange={(e) => setWhen(e.target.value)}
          hint={`Your time (${zone}).`}
          error={fieldError(error, 'occurredAt')}
        />
        <TextField
          label="Interview title"
          hint="e.g. “Second round: system design”."
          value={title}
          onChange={(e) => setTitle(e.target.value)}
          error={fieldError(error, 'title')}
        />
      </div>
      <div className="grid-2">
        <TextArea label="Topics" hint={ONE_PER_LINE} value={topics} onChange={(e) => setTopics(e.target.value)} error={fieldError(error, 'topics')} />
        <TextArea
          label="Questions asked"
          hint={ONE_PER_LINE}
          value={questions}
          onChange={(e) => setQuestions(e.target.value)}
          error={fieldError(error, 'questionsAsked')}
        />
        <TextArea label="Concerns" hint={ONE_PER_LINE} value={concerns} onChange={(e) => setConcerns(e.target.value)} error={fieldError(error, 'concerns')} />
        <TextArea
          label="Promises"
          hint="What you promised to follow up with, one per line."
          value={promises}
          onChange={(e) => setPromises(e.target.value)}
          error={fieldError(error, 'promises')}
        />
      </div>
      <TextArea label="Interview notes" value={notes} onChange={(e) => setNotes(e.target.value)} error={fieldError(error, 'notes')} />
      <div className="row">
        <button type="submit" disabled={fetching || company.creating}>
          Save interview
        </button>
        <button type="button" className="secondary" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </form>
  );
}
