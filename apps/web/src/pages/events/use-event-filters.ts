import { useMemo } from 'react';
import { useSearchParams } from 'react-router';
import { useZone } from '../../auth/session';
import type { EventFilter, EventStatus } from '../../gql/graphql';
import { addDays, fromLocalInput, todayIn } from '../../ui/time';

/** How far ahead the agenda looks by default. */
export const DEFAULT_DAYS = 30;

const STATUSES: readonly EventStatus[] = ['CONFIRMED', 'TENTATIVE', 'CANCELLED'];

/** The agenda's filters as the URL says them (so links and the back button work); dates are the user's days. */
export interface EventFilters {
  search: string;
  /** "2026-12-10" in the user's zone, '' for no bound. */
  from: string;
  to: string;
  sourceId: string;
  status: EventStatus | '';
}

export interface EventFiltersState {
  filters: EventFilters;
  defaults: Pick<EventFilters, 'from' | 'to'>;
  /** The API filter; null while the dates make no sense (To before From). */
  apiFilter: EventFilter | null;
  /** Changes one filter in the URL (a default value leaves the URL clean). */
  set: (name: keyof EventFilters, value: string, options?: { replace?: boolean }) => void;
  /** Whether anything beyond the default dates narrows the list. */
  narrowed: boolean;
}

const PARAMS: Record<keyof EventFilters, string> = { search: 'q', from: 'from', to: 'to', sourceId: 'source', status: 'status' };

export function useEventFilters(): EventFiltersState {
  const zone = useZone();
  const [params, setParams] = useSearchParams();
  const today = todayIn(zone);
  const sourceId = params.get(PARAMS.sourceId) ?? '';
  // A source's events (linked from its page) are all its upcoming ones; the agenda alone looks 30 days ahead.
  const defaults = { from: today, to: sourceId ? '' : addDays(today, DEFAULT_DAYS) };
  const status = params.get(PARAMS.status) ?? '';
  const filters: EventFilters = {
    search: params.get(PARAMS.search) ?? '',
    from: dateParam(params.get(PARAMS.from), defaults.from),
    to: dateParam(params.get(PARAMS.to), defaults.to),
    sourceId,
    status: (STATUSES as readonly string[]).includes(status) ? (status as EventStatus) : '',
  };
  const key = JSON.stringify(filters);
  const apiFilter = useMemo(() => toApiFilter(JSON.parse(key) as EventFilters, zone), [key, zone]);

  const set = (name: keyof EventFilters, value: string, options?: { replace?: boolean }) => {
    setParams(
      (current) => {
        const next = new URLSearchParams(current);
        const isDefault = name === 'from' || name === 'to' ? value === defaults[name] : value === '';
        if (isDefault) next.delete(PARAMS[name]);
        else next.set(PARAMS[name], value);
        return next;
      },
      { replace: options?.replace ?? false },
    );
  };

  const narrowed = Boolean(filters.search || filters.sourceId || filters.status);
  return { filters, defaults, apiFilter, set, narrowed };
}

/** The user's days as instants: From at its midnight, To up to the end of its day. */
function toApiFilter(filters: EventFilters, zone: string): EventFilter | null {
  if (filters.from && filters.to && filters.to < filters.from) return null;
  return {
    ...(filters.search.trim() && { search: filters.search.trim() }),
    ...(filters.from && { from: fromLocalInput(`${filters.from}T00:00`, zone) }),
    ...(filters.to && { to: fromLocalInput(`${addDays(filters.to, 1)}T00:00`, zone) }),
    ...(filters.sourceId && { sourceId: filters.sourceId }),
    ...(filters.status && { status: filters.status }),
  };
}

/** A date from the URL: "" (no bound), "2026-12-10", or the default for anything else (a hand-edited link). */
function dateParam(value: string | null, fallback: string): string {
  if (value === null) return fallback;
  return value === '' || (/^\d{4}-\d{2}-\d{2}$/.test(value) && !Number.isNaN(Date.parse(value))) ? value : fallback;
}
