import { Link } from 'react-router';
import type { PlanQuery } from '../../gql/graphql';
import { SourceLinks } from '../../ui/source-links';

type MeetPerson = PlanQuery['plan']['items'][number]['meet'][number];

/** Whom to meet at an event and what to talk about, each talking point citing what it comes from. */
export function MeetList({ people, eventId }: { people: readonly MeetPerson[]; eventId: string }) {
  return (
    <ul className="list meet-list">
      {people.map((person) => (
        <li key={person.contact.id} className="meet-person">
          <p>
            <Link to={`/people/${person.contact.id}`}>
              <strong>{person.contact.name}</strong>
            </Link>
            {person.contact.title || person.contact.company ? (
              <span className="muted"> · {[person.contact.title, person.contact.company?.name].filter(Boolean).join(', ')}</span>
            ) : null}
          </p>
          <p>{person.why}</p>
          <p className="meta">{person.relationship.summary}</p>
          {person.talkingPoints.length > 0 && (
            <>
              <p className="meta">Talking points:</p>
              <ul className="talking-points">
                {person.talkingPoints.map((point) => (
                  <li key={`${point.kind}:${point.text}`}>
                    <span>{point.text}</span>
                    <SourceLinks sources={point.sources} context={{ eventId, contact: person.contact }} label="Source" />
                  </li>
                ))}
              </ul>
            </>
          )}
        </li>
      ))}
    </ul>
  );
}
