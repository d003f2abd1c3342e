import { EventAgenda } from './event-agenda';
import { EventFiltersForm } from './event-filters-form';
import { useEventFilters } from './use-event-filters';
import './events.css';

/** /events: the agenda of your sources' events by day, in your time zone, with whom of yours each concerns. */
export default function EventsPage() {
  const state = useEventFilters();
  return (
    <>
      <h1>Events</h1>
      <EventFiltersForm state={state} />
      {state.apiFilter && <EventAgenda filter={state.apiFilter} narrowed={state.narrowed} />}
    </>
  );
}
