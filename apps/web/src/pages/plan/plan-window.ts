import { addDays, fromLocalInput, todayIn } from '../../ui/time';

export type WindowChoice = 'week' | 'month' | 'custom';

export const WINDOW_CHOICES: { value: WindowChoice; label: string }[] = [
  { value: 'week', label: 'This week' },
  { value: 'month', label: 'Next 30 days' },
  { value: 'custom', label: 'Custom' },
];

/** The window as the page shows it: calendar days in the user's zone, "To" included. */
export interface PlanWindow {
  choice: WindowChoice;
  /** "2026-12-10". */
  fromDay: string;
  /** The last day shown, "2026-12-16". */
  toDay: string;
}

const DAY_PATTERN = /^\d{4}-\d{2}-\d{2}$/;

function isDay(value: string | null): value is string {
  return value !== null && DAY_PATTERN.test(value) && !Number.isNaN(new Date(`${value}T00:00:00Z`).getTime());
}

/** The window the query string asks for (?window=week|month|custom&from=…&to=…); this week when it names none. */
export function windowFromQuery(params: URLSearchParams, zone: string): PlanWindow {
  const today = todayIn(zone);
  const choice = params.get('window');
  if (choice === 'month') return { choice, fromDay: today, toDay: addDays(today, 29) };
  if (choice === 'custom') {
    const from = params.get('from');
    const to = params.get('to');
    const fromDay = isDay(from) ? from : today;
    return { choice, fromDay, toDay: isDay(to) ? to : addDays(fromDay, 6) };
  }
  return { choice: 'week', fromDay: today, toDay: addDays(today, 6) };
}

/** The query string for a window: custom windows carry their dates. */
export function windowQuery(window: PlanWindow): Record<string, string> {
  if (window.choice === 'custom') return { window: 'custom', from: window.fromDay, to: window.toDay };
  return { window: window.choice };
}

/** [from, to) as instants for the plan query: midnight at the start of the first day to midnight after the last, in the zone. */
export function windowInstants(window: PlanWindow, zone: string): { from: string; to: string } | null {
  if (window.toDay < window.fromDay) return null;
  return { from: fromLocalInput(`${window.fromDay}T00:00`, zone), to: fromLocalInput(`${addDays(window.toDay, 1)}T00:00`, zone) };
}
