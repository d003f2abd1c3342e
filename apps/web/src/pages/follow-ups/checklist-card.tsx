import { Link } from 'react-router';
import { useZone } from '../../auth/session';
import type { FollowUpChecklistFieldsFragment } from '../../gql/graphql';
import { AttendanceQuestion } from './attendance-question';
import type { PickableContact } from './contact-picker';
import { FollowUpItemCard } from './follow-up-item';
import { useHashId } from './use-hash-target';
import { WhoDidYouMeet } from './who-did-you-meet';
import { eventTime } from '../../ui/time';

type Checklist = FollowUpChecklistFieldsFragment;

/** The people the checklist is about and the tracked people the event matched: the likely ones to tick. */
function suggestedPeople(checklist: Checklist): PickableContact[] {
  const people = new Map<string, PickableContact>();
  for (const item of checklist.items) if (item.contact && !people.has(item.contact.id)) people.set(item.contact.id, item.contact);
  for (const match of checklist.event.matches) if (match.contact && !people.has(match.contact.id)) people.set(match.contact.id, match.contact);
  return [...people.values()];
}

/** One event's post-event checklist: headed by the event, open items first, the closed ones folded away. */
export function ChecklistCard({ checklist, onChanged }: { checklist: Checklist; onChanged: (message: string) => void }) {
  const zone = useZone();
  const hashId = useHashId();
  const { event, items } = checklist;
  // The API orders open and stale items by due time; overdue ones come first of all.
  const open = items.filter((item) => item.status !== 'DONE' && item.status !== 'SKIPPED').sort((a, b) => Number(b.overdue) - Number(a.overdue));
  const closed = items.filter((item) => item.status === 'DONE' || item.status === 'SKIPPED');
  const overdue = open.filter((item) => item.overdue).length;
  const question = items.find((item) => item.kind === 'CONFIRM_ATTENDANCE' && item.status !== 'DONE');
  const headingId = `checklist-${checklist.id}`;
  return (
    <li className="card checklist">
      <h2 id={headingId}>
        <Link to={`/events/${event.id}`}>{event.title}</Link>
      </h2>
      <p className="row">
        <span>{eventTime(event, zone)}</span>
        <span className="meta">
          {open.length} open{closed.length > 0 && `, ${closed.length} done or skipped`}
        </span>
        {overdue > 0 && <span className="badge danger">{overdue} overdue</span>}
      </p>
      {checklist.needsConfirmation ? (
        <AttendanceQuestion eventId={event.id} questionId={question?.id ?? null} headingId={`${headingId}-went`} onChanged={onChanged} />
      ) : (
        <WhoDidYouMeet
          eventId={event.id}
          headingId={`${headingId}-met`}
          needsAttendees={checklist.needsAttendees}
          suggested={suggestedPeople(checklist)}
          onSaved={onChanged}
        />
      )}
      {open.length > 0 && (
        <ul className="list follow-up-items">
          {open.map((item) => (
            <FollowUpItemCard key={item.id} item={item} showEvent={false} onChanged={onChanged} />
          ))}
        </ul>
      )}
      {closed.length > 0 && (
        <details className="closed-items" open={closed.some((item) => item.id === hashId)}>
          <summary>Done and skipped ({closed.length})</summary>
          <ul className="list follow-up-items">
            {closed.map((item) => (
              <FollowUpItemCard key={item.id} item={item} showEvent={false} onChanged={onChanged} />
            ))}
          </ul>
        </details>
      )}
    </li>
  );
}
