/**
 * What a subscriber keeps from each iTIP method (RFC 5546 §1.4):
 * - PUBLISH, REQUEST, ADD (and no METHOD, i.e. a plain feed): the organiser's
 *   own copy of the event, so it is kept as an event;
 * - CANCEL: the organiser withdrew the event or one instance; it becomes a
 *   Cancellation (uid, recurrenceId, sequence) for the store to apply;
 * - REPLY, COUNTER, DECLINECOUNTER, REFRESH: an attendee's answer, a proposal
 *   or a request for an update. None of them says the event is on (a COUNTER's
 *   new time is only a proposal), so nothing is kept.
 */
export type MethodRole = 'event' | 'cancellation' | 'ignored';

export function methodRole(method: string | null): MethodRole {
  switch (method) {
    case 'CANCEL':
      return 'cancellation';
    case 'REPLY':
    case 'COUNTER':
    case 'DECLINECOUNTER':
    case 'REFRESH':
      return 'ignored';
    default:
      return 'event';
  }
}
