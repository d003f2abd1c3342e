import { useEffect, useState, type FormEvent } from 'react';
import { useQuery } from 'urql';
import { SelectField, TextField } from '../../ui/field';
import { EventSourceNamesDocument } from './event-operations';
import type { EventFiltersState } from './use-event-filters';
import { EVENT_STATUS, keysOf } from '../../ui/labels';

/** Search, dates, source and status; each change goes into the URL at once (typing after a short pause). */
export function EventFiltersForm({ state }: { state: EventFiltersState }) {
  const { filters, set } = state;
  const [{ data }] = useQuery({ query: EventSourceNamesDocument });
  const [text, setText] = useState(filters.search);
  // The URL changed elsewhere (back button, a link): show its search.
  const [synced, setSynced] = useState(filters.search);
  if (filters.search !== synced) {
    setSynced(filters.search);
    setText(filters.search);
  }
  useEffect(() => {
    if (text === filters.search) return;
    const timer = window.setTimeout(() => set('search', text, { replace: true }), 350);
    return () => window.clearTimeout(timer);
    // Only typing restarts the pause; `set` is new on every render.
  }, [text]);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (text !== filters.search) set('search', text);
  };
  const sources = data?.sources ?? [];
  const unknownSource = filters.sourceId && !sources.some((s) => s.id === filters.sourceId);
  return (
    <form className="toolbar event-filters" role="search" aria-label="Filter events" onSubmit={submit}>
      <TextField label="Search events" type="search" value={text} placeholder="Title, description or place" onChange={(e) => setText(e.target.value)} />
      <TextField label="From" type="date" value={filters.from} max={filters.to || undefined} onChange={(e) => set('from', e.target.value)} />
      <TextField
        label="To"
        type="date"
        value={filters.to}
        min={filters.from || undefined}
        onChange={(e) => set('to', e.target.value)}
        error={state.apiFilter ? null : 'The end date is before the start date: pick a later one.'}
      />
      <SelectField label="Source" value={filters.sourceId} onChange={(e) => set('sourceId', e.target.value)}>
        <option value="">All sources</option>
        {unknownSource && <option value={filters.sourceId}>This source</option>}
        {sources.map((s) => (
          <option key={s.id} value={s.id}>
            {s.name}
          </option>
        ))}
      </SelectField>
      <SelectField label="Status" value={filters.status} onChange={(e) => set('status', e.target.value)}>
        <option value="">Any status</option>
        {keysOf(EVENT_STATUS).map((status) => (
          <option key={status} value={status}>
            {EVENT_STATUS[status].label}
          </option>
        ))}
      </SelectField>
    </form>
  );
}
