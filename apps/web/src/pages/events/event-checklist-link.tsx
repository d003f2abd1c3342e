import { Link } from 'react-router';
import { useQuery } from 'urql';
import type { Attendance } from '../../gql/graphql';
import { EventChecklistDocument } from './event-operations';

/** After an event you went to: the way to its follow-up checklist (who to thank, by when, with drafts). */
export function EventChecklistLink({ eventId, ended, attendance }: { eventId: string; ended: boolean; attendance: Attendance | null }) {
  const relevant = ended && (attendance === 'GOING' || attendance === 'MAYBE');
  const [{ data }] = useQuery({ query: EventChecklistDocument, variables: { eventId }, pause: !relevant });
  if (!relevant) return null;
  const checklist = data?.followUpChecklist;
  const open = checklist?.items.filter((item) => item.status === 'OPEN' || item.status === 'STALE').length ?? 0;
  const href = `/follow-ups?event=${encodeURIComponent(eventId)}`;
  return (
    <div className="card checklist-link">
      <p>
        {attendance === 'MAYBE'
          ? 'This event is over and you marked it Maybe. Did you go? Mark it Going to get your follow-up checklist.'
          : checklist?.needsAttendees
            ? 'This event is over: record whom you met to get drafts for thanking them.'
            : checklist
              ? `This event is over: ${open === 1 ? '1 follow-up is' : `${open} follow-ups are`} open.`
              : 'This event is over: your follow-up checklist says whom to thank and by when.'}
      </p>
      {attendance === 'GOING' && <Link to={href}>Open the follow-up checklist</Link>}
    </div>
  );
}
