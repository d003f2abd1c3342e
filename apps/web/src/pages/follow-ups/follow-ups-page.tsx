import { useCallback, useState } from 'react';
import { useSearchParams } from 'react-router';
import { Status } from '../../ui/feedback';
import { ChecklistPages } from './checklist-pages';
import { EventChecklist } from './event-checklist';
import { filterFromQuery, filterQuery, FollowUpFilters, onlyEvent } from './follow-up-filters';
import { FilteredPages } from './filtered-pages';
import './follow-ups.css';

/**
 * The post-event checklists: who to thank and by when, with drafts. Digest
 * emails link to /follow-ups#<itemId>; that item is scrolled to and focused.
 */
export default function FollowUpsPage() {
  const [params, setParams] = useSearchParams();
  const filter = filterFromQuery(params);
  // Bumped after every action: each page of the list reads itself again.
  const [generation, setGeneration] = useState(0);
  const [message, setMessage] = useState<string | null>(null);
  const onChanged = useCallback((text: string) => {
    setMessage(text);
    setGeneration((g) => g + 1);
  }, []);
  const setFilter = (next: typeof filter) => setParams(filterQuery(next), { replace: true });
  const eventId = onlyEvent(filter);
  return (
    <>
      <h1>Follow-ups</h1>
      <p className="muted">After each event you went to: who to thank and by when, with drafts to copy. Nothing is sent for you; “Complete” logs the touch.</p>
      <FollowUpFilters filter={filter} onChange={setFilter} />
      <div className="page-status">
        <Status message={message} />
      </div>
      {eventId ? (
        <EventChecklist eventId={eventId} generation={generation} onChanged={onChanged} onClear={() => setFilter(null)} />
      ) : filter ? (
        <section className="filtered-section">
          <h2 id="filtered-heading">Matching follow-ups</h2>
          <FilteredPages filter={filter} generation={generation} onChanged={onChanged} onClear={() => setFilter(null)} />
        </section>
      ) : (
        <ChecklistPages generation={generation} onChanged={onChanged} />
      )}
    </>
  );
}
