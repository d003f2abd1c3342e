import { Link } from 'react-router';
import type { EventCardFieldsFragment } from '../../gql/graphql';
import { MATCH_KIND, MATCH_ROLE } from '../../ui/labels';

type Match = EventCardFieldsFragment['matches'][number] & { evidenceDetails?: { field: string; snippet: string }[] };

/**
 * Whom and what of yours an event concerns, best first: who (linked), their
 * role, why, the score and the evidence in the event's own words.
 */
export function EventMatches({ matches, limit, moreHref, label = 'Matches' }: { matches: Match[]; limit?: number; moreHref?: string; label?: string }) {
  if (matches.length === 0) return null;
  const shown = limit ? matches.slice(0, limit) : matches;
  return (
    <>
      <ul className="event-matches" aria-label={label}>
        {shown.map((match) => (
          <li key={match.id}>
            <p className="match-head">
              <Who match={match} />
              <span className="badge">{MATCH_ROLE[match.role]}</span>
              <span className="meta">
                {MATCH_KIND[match.kind]} match · score {match.score.toFixed(2)}
              </span>
            </p>
            <p className="match-reason">{match.reason}</p>
            <blockquote className="evidence">{match.evidence}</blockquote>
            {match.evidenceDetails && match.evidenceDetails.length > 1 && (
              <ul className="match-evidence">
                {match.evidenceDetails.map((detail, i) => (
                  <li key={i}>
                    <span className="meta">In the {detail.field}:</span> <q>{detail.snippet}</q>
                  </li>
                ))}
              </ul>
            )}
          </li>
        ))}
      </ul>
      {moreHref && shown.length < matches.length && (
        <p>
          <Link to={moreHref}>All {matches.length} matches</Link>
        </p>
      )}
    </>
  );
}

function Who({ match }: { match: Match }) {
  const person = match.contact && <Link to={`/people/${encodeURIComponent(match.contact.id)}`}>{match.contact.name}</Link>;
  const company = match.company && <Link to={`/companies/${encodeURIComponent(match.company.id)}`}>{match.company.name}</Link>;
  if (person && company) {
    return (
      <strong>
        {person} ({company})
      </strong>
    );
  }
  return <strong>{person ?? company ?? `Topic: ${match.topic ?? 'one of your interests'}`}</strong>;
}
