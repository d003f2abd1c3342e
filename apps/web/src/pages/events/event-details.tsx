import type { EventQuery } from '../../gql/graphql';
import { safeHref } from '../../ui/safe-url';
import { PERSON_ROLE } from '../../ui/labels';

type FullEvent = EventQuery['event'];

/** The description as the feed wrote it: plain text, line breaks kept (never HTML). */
export function EventDescription({ event }: { event: FullEvent }) {
  if (!event.description?.trim()) return null;
  return (
    <section aria-labelledby="event-description-heading">
      <h2 id="event-description-heading">Description</h2>
      <p className="event-description">{event.description}</p>
    </section>
  );
}

/** Organiser, speakers, hosts and sponsors as the sources list them. */
export function EventPeople({ event }: { event: FullEvent }) {
  const organizer = event.organizer?.name || event.organizer?.email;
  if (!organizer && event.performers.length === 0) return null;
  return (
    <section aria-labelledby="event-people-heading">
      <h2 id="event-people-heading">Who is on the programme</h2>
      <ul className="event-people">
        {organizer && (
          <li>
            <span className="meta">Organiser:</span> {organizer}
          </li>
        )}
        {event.performers.map((person, i) => {
          const href = safeHref(person.url);
          return (
            <li key={i}>
              <span className="meta">{PERSON_ROLE[person.role]}:</span>{' '}
              {href ? (
                <a href={href} rel="noopener noreferrer" target="_blank">
                  {person.name}
                </a>
              ) : (
                person.name
              )}
              {person.affiliation && <span>, {person.affiliation}</span>}
            </li>
          );
        })}
      </ul>
    </section>
  );
}

/** Categories, recurrence and why listings were merged: the small print. */
export function EventSmallPrint({ event }: { event: FullEvent }) {
  if (event.categories.length === 0 && !event.recurring && event.mergeReasons.length === 0) return null;
  return (
    <section aria-labelledby="event-more-heading">
      <h2 id="event-more-heading">More about this listing</h2>
      <dl className="facts">
        {event.categories.length > 0 && (
          <>
            <dt>Categories</dt>
            <dd>{event.categories.join(', ')}</dd>
          </>
        )}
        {event.recurring && (
          <>
            <dt>Recurring</dt>
            <dd>One occurrence of a recurring series</dd>
          </>
        )}
        {event.mergeReasons.length > 0 && (
          <>
            <dt>Merged</dt>
            <dd>
              <ul className="plain">
                {event.mergeReasons.map((reason, i) => (
                  <li key={i}>{reason}</li>
                ))}
              </ul>
            </dd>
          </>
        )}
      </dl>
    </section>
  );
}
