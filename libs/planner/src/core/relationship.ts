import { formatDay } from '@app/zones';
import type { LastTouch } from './history';
import { interactionLabel, plural, touchKindLabel } from './labels';
import type { BlockedTouch, ContactCadence, TouchSuggestion } from './touches';

export const CadenceStatus = {
  NONE: 'NONE',
  NOT_DUE: 'NOT_DUE',
  DUE: 'DUE',
  OVERDUE: 'OVERDUE',
  BLOCKED: 'BLOCKED',
  STOPPED: 'STOPPED',
} as const;
export type CadenceStatus = (typeof CadenceStatus)[keyof typeof CadenceStatus];

/** Where the user stands with a contact today: for "whom to meet" in the plan. */
export interface RelationshipState {
  lastTouch: LastTouch | null;
  interviews: { id: string; occurredAt: Date; title: string | null }[];
  unansweredTouches: number;
  cadence: CadenceStatus;
  nextTouch: TouchSuggestion | null;
  blocked: BlockedTouch | null;
  /** "Last touch: email on 12 Nov (1 unanswered). Interviewed on 3 Nov. Check-in overdue since 10 Nov." */
  summary: string;
}

export function relationshipState(cadence: ContactCadence, now: Date, zone: string): RelationshipState {
  const { history, suggestion, blocked } = cadence;
  const status: CadenceStatus = suggestion
    ? suggestion.overdue
      ? 'OVERDUE'
      : now.getTime() >= suggestion.dueAt.getTime()
        ? 'DUE'
        : 'NOT_DUE'
    : blocked
      ? blocked.blockedBy === 'STOP_RULE'
        ? 'STOPPED'
        : 'BLOCKED'
      : 'NONE';

  const parts: string[] = [];
  const last = history.lastTouch;
  const unanswered = history.unanswered.length;
  parts.push(
    last
      ? `Last touch: ${interactionLabel(last.kind)} on ${formatDay(last.at, zone)}${unanswered > 0 ? ` (${plural(unanswered, 'unanswered touch', 'unanswered touches')})` : ''}.`
      : 'No touch logged yet.',
  );
  if (history.interviews.length > 0) {
    parts.push(`Interviewed on ${history.interviews.map((interview) => formatDay(interview.occurredAt, zone)).join(', ')}.`);
  }
  if (suggestion) {
    const when = formatDay(suggestion.dueAt, zone);
    const what = touchKindLabel(suggestion.kind);
    parts.push(status === 'OVERDUE' ? `Next: ${what}, overdue since ${when}.` : status === 'DUE' ? `Next: ${what}, due now.` : `Next: ${what} on ${when}.`);
  } else if (blocked) {
    parts.push(`On hold: ${blocked.reason}.`);
  }

  return {
    lastTouch: last,
    interviews: history.interviews.map((interview) => ({ id: interview.id, occurredAt: interview.occurredAt, title: interview.title })),
    unansweredTouches: unanswered,
    cadence: status,
    nextTouch: suggestion,
    blocked,
    summary: parts.join(' '),
  };
}
