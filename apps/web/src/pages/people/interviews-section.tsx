import { useState } from 'react';
import { Link } from 'react-router';
import { useZone } from '../../auth/session';
import { EmptyState } from '../../ui/feedback';
import { formatMoment } from '../../ui/time';
import type { Person, PersonInterview } from './person-query';
import { RecordInterviewForm } from './record-interview-form';
import { useFocusWhenClosed } from '../../ui/use-focus-when-closed';

/** The person's interviews, newest first, and "Record interview". */
export function InterviewsSection({ person }: { person: Person }) {
  const [recording, setRecording] = useState(false);
  const recordButton = useFocusWhenClosed<HTMLButtonElement>(recording);
  return (
    <section>
      <h2>Interviews</h2>
      <button type="button" ref={recordButton} aria-expanded={recording} onClick={() => setRecording((r) => !r)}>
        Record interview
      </button>
      {recording && (
        <div className="card record-interview">
          <RecordInterviewForm
            contactId={person.id}
            companyName={person.company?.name ?? ''}
            onCancel={() => setRecording(false)}
            onRecorded={() => setRecording(false)}
          />
        </div>
      )}
      {person.interviews.length === 0 ? (
        <EmptyState title="No interviews recorded">
          Record what was discussed, the questions asked, their concerns and what you promised: drafts and talking points recall them.
        </EmptyState>
      ) : (
        <ul className="list interview-list">
          {person.interviews.map((interview) => (
            <InterviewCard key={interview.id} interview={interview} personId={person.id} />
          ))}
        </ul>
      )}
    </section>
  );
}

function InterviewCard({ interview, personId }: { interview: PersonInterview; personId: string }) {
  const zone = useZone();
  const others = interview.contacts.filter((c) => c.id !== personId);
  return (
    <li className="card">
      <h3>{interview.title ?? `Interview at ${interview.company.name}`}</h3>
      <p className="meta">
        <time dateTime={interview.occurredAt}>{formatMoment(interview.occurredAt, zone)}</time> ·{' '}
        <Link to={`/companies/${interview.company.id}`}>{interview.company.name}</Link>
        {others.length > 0 && (
          <>
            {' · with '}
            {others.map((c, i) => (
              <span key={c.id}>
                {i > 0 && ', '}
                <Link to={`/people/${c.id}`}>{c.name}</Link>
              </span>
            ))}
          </>
        )}
      </p>
      <ItemList label="Topics" items={interview.topics} />
      <ItemList label="Questions asked" items={interview.questionsAsked} />
      <ItemList label="Concerns" items={interview.concerns} />
      <ItemList label="Promises" items={interview.promises} />
      {interview.notes && <p className="pre-wrap">{interview.notes}</p>}
    </li>
  );
}

/** A labelled list that is left out when empty. */
function ItemList({ label, items }: { label: string; items: string[] }) {
  if (items.length === 0) return null;
  return (
    <>
      <h4 className="people-items-title">{label}</h4>
      <ul className="bullet-items">
        {items.map((item, i) => (
          <li key={i}>{item}</li>
        ))}
      </ul>
    </>
  );
}
