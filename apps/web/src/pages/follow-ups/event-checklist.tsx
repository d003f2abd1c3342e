import { Link } from 'react-router';
import { useQuery } from 'urql';
import { errorMessage } from '../../api/errors';
import { EmptyState, ErrorNote, Loading } from '../../ui/feedback';
import { ChecklistCard } from './checklist-card';
import { EventFollowUpChecklistDocument } from './follow-up-queries';
import { useRefresh } from './use-refresh';

/** One event's checklist, as the event page's "Open the follow-up checklist" link asks for it (/follow-ups?event=<id>). */
export function EventChecklist({
  eventId,
  generation,
  onChanged,
  onClear,
}: {
  eventId: string;
  generation: number;
  onChanged: (message: string) => void;
  onClear: () => void;
}) {
  const [{ data, error }, reexecute] = useQuery({ query: EventFollowUpChecklistDocument, variables: { eventId }, requestPolicy: 'cache-and-network' });
  useRefresh(generation, reexecute);
  if (!data) return error ? <ErrorNote message={errorMessage(error)} /> : <Loading what="the event's follow-ups" />;
  const showAll = (
    <button type="button" className="secondary" onClick={onClear}>
      Show all follow-ups
    </button>
  );
  if (!data.followUpChecklist) {
    return (
      <EmptyState title="This event has no follow-up checklist: one appears once an event you marked Going has ended.">
        <p className="row">
          <Link to={`/events/${eventId}`}>Back to the event</Link>
          {showAll}
        </p>
      </EmptyState>
    );
  }
  return (
    <>
      <ErrorNote message={errorMessage(error)} />
      <ul className="list checklists">
        <ChecklistCard checklist={data.followUpChecklist} onChanged={onChanged} />
      </ul>
      <p>{showAll}</p>
    </>
  );
}
