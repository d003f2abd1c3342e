import type { FollowUpFilter, FollowUpStatus } from '../../gql/graphql';
import { SelectField } from '../../ui/field';
import { FOLLOW_UP_STATUS } from '../../ui/labels';

const STATUSES: FollowUpStatus[] = ['OPEN', 'STALE', 'SNOOZED', 'DONE', 'SKIPPED'];

function isStatus(value: string | null): value is FollowUpStatus {
  return STATUSES.some((status) => status === value);
}

/** The filters the address carries (?status=OPEN&overdue=1); null when none is set. */
export function filterFromQuery(params: URLSearchParams): FollowUpFilter | null {
  const status = params.get('status');
  const overdue = params.get('overdue') === '1';
  if (!isStatus(status) && !overdue) return null;
  return { ...(isStatus(status) && { status }), ...(overdue && { overdue: true }) };
}

export function filterQuery(filter: FollowUpFilter | null): Record<string, string> {
  return { ...(filter?.status && { status: filter.status }), ...(filter?.overdue && { overdue: '1' }) };
}

/** Status and "Overdue only": with either set, the page lists matching items across checklists. */
export function FollowUpFilters({ filter, onChange }: { filter: FollowUpFilter | null; onChange: (filter: FollowUpFilter | null) => void }) {
  const set = (patch: FollowUpFilter) => {
    const next = { ...filter, ...patch };
    onChange(next.status || next.overdue ? next : null);
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
