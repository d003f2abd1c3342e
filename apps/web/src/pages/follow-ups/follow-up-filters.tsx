import type { FollowUpFilter, FollowUpStatus } from '../../gql/graphql';
import { SelectField } from '../../ui/field';
import { FOLLOW_UP_STATUS } from '../../ui/labels';

const STATUSES: FollowUpStatus[] = ['OPEN', 'STALE', 'SNOOZED', 'DONE', 'SKIPPED'];

function isStatus(value: string | null): value is FollowUpStatus {
  return STATUSES.some((status) => status === value);
}

/** The filters the address carries (?event=<id>&status=OPEN&overdue=1); null when none is set. */
export function filterFromQuery(params: URLSearchParams): FollowUpFilter | null {
  const status = params.get('status');
  const overdue = params.get('overdue') === '1';
  const eventId = params.get('event');
  if (!isStatus(status) && !overdue && !eventId) return null;
  return { ...(eventId && { eventId }), ...(isStatus(status) && { status }), ...(overdue && { overdue: true }) };
}

export function filterQuery(filter: FollowUpFilter | null): Record<string, string> {
  return { ...(filter?.eventId && { event: filter.eventId }), ...(filter?.status && { status: filter.status }), ...(filter?.overdue && { overdue: '1' }) };
}

/** Only an event named (the event page's link): its whole checklist shows, not a list of items. */
export function onlyEvent(filter: FollowUpFilter | null): string | null {
  return filter?.eventId && !filter.status && !filter.overdue ? filter.eventId : null;
}

/** Status and "Overdue only": with either set, the page lists matching items (across checklists, or the one event's). */
export function FollowUpFilters({ filter, onChange }: { filter: FollowUpFilter | null; onChange: (filter: FollowUpFilter | null) => void }) {
  const set = (patch: FollowUpFilter) => {
    const next = { ...filter, ...patch };
    onChange(next.status || next.overdue || next.eventId ? next : null);
  };
  return (
    <div className="toolbar follow-up-filters">
      <SelectField label="Status" value={filter?.status ?? ''} onChange={(e) => set({ status: isStatus(e.target.value) ? e.target.value : null })}>
        <option value="">Any status (by event)</option>
        {STATUSES.map((status) => (
          <option key={status} value={status}>
            {FOLLOW_UP_STATUS[status].label}
          </option>
        ))}
      </SelectField>
      <button type="button" className="secondary" aria-pressed={Boolean(filter?.overdue)} onClick={() => set({ overdue: filter?.overdue ? null : true })}>
        Overdue only
      </button>
      {filter && (
        <button type="button" className="secondary" onClick={() => onChange(null)}>
          Clear filters
        </button>
      )}
    </div>
  );
}
