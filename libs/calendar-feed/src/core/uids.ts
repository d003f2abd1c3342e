/*
 * Feed UIDs come from our own row ids, never from the source's UID: every
 * occurrence of a recurring series shares the source UID, and the user may
 * already hold the organiser's invitation under it; a subscribed copy with
 * the same UID would collide with it in their calendar app.
 */
const DOMAIN = 'topofmind';

export function eventUid(eventId: string): string {
  return `event-${eventId}@${DOMAIN}`;
}

export function touchUid(touchId: string): string {
  return `touch-${touchId}@${DOMAIN}`;
}
