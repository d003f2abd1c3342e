import { itemKey } from '../keys';
import type { ChecklistContext } from '../context';
import { HOUR_MS, type ItemSpec } from './item-spec';

/** Asked by the time a LinkedIn note would be due: after that the meetings are going cold. */
function askBy(context: ChecklistContext): Date {
  return new Date(context.end.getTime() + context.rules.metAtEvent.linkedinNoteWithinHours * HOUR_MS);
}

/** The event was marked MAYBE: nothing follows until the user says they went. */
export function confirmAttendance(context: ChecklistContext): ItemSpec {
  return {
    key: itemKey(null, 'CONFIRM_ATTENDANCE'),
    kind: 'CONFIRM_ATTENDANCE',
    dueAt: askBy(context),
    latestAt: null,
    text: `Did you go to “${context.title}”?`,
    channel: null,
    write: null,
    sources: [context.eventSource],
    logs: null,
    closed: null,
  };
}

/** "Who did you meet?": done once the user recorded it (even nobody). */
export function recordMet(context: ChecklistContext): ItemSpec {
  const recordedAt = context.input.attendeesRecordedAt;
  return {
    key: itemKey(null, 'RECORD_MET'),
    kind: 'RECORD_MET',
    dueAt: askBy(context),
    latestAt: null,
    text: `Who did you meet at “${context.title}”?`,
    channel: null,
    write: null,
    sources: [context.eventSource],
    logs: null,
    closed: recordedAt ? { reason: null, at: recordedAt, sources: [] } : null,
  };
}
