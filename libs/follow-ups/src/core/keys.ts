import type { FollowUpKind } from './types';

/** The contact part of a key for the checklist's own items, which concern no one person. */
const CHECKLIST_LEVEL = '-';

const LEVEL_KINDS = new Set<string>(['CONFIRM_ATTENDANCE', 'RECORD_MET']);
const PERSON_KINDS = new Set<string>(['LINKEDIN_NOTE', 'FOLLOW_UP_EMAIL', 'COFFEE_INVITE', 'PROJECT_UPDATE']);
const SEGMENT = /^[^:\s]+$/;

/** "<contactId>:<kind>", or "-:<kind>" for the checklist's own items: stable for the checklist's life. */
export function itemKey(contactId: string | null, kind: Exclude<FollowUpKind, 'PROMISE'>): string {
  return `${contactId ?? CHECKLIST_LEVEL}:${kind}`;
}

/** The n-th promise made to a contact at the event. */
export function promiseKey(contactId: string, n: number): string {
  return `${contactId}:PROMISE:${n}`;
}

function isItemKey(key: string): boolean {
  const [contact, kind, n, ...rest] = key.split(':');
  if (rest.length > 0 || !contact || !SEGMENT.test(contact) || !kind) return false;
  if (contact === CHECKLIST_LEVEL) return n === undefined && LEVEL_KINDS.has(kind);
  if (kind === 'PROMISE') return n !== undefined && SEGMENT.test(n);
  return n === undefined && PERSON_KINDS.has(kind);
}

/** An item's id outside its checklist (the planner's touch ids, the API): "<checklistId>:<key>". */
export function followUpItemId(checklistId: string, key: string): string {
  return `${checklistId}:${key}`;
}

/** The inverse of followUpItemId; null for anything that is not one (ids come back from clients). */
export function parseFollowUpItemId(id: string): { checklistId: string; key: string } | null {
  const colon = id.indexOf(':');
  if (colon <= 0) return null;
  const checklistId = id.slice(0, colon);
  const key = id.slice(colon + 1);
  return SEGMENT.test(checklistId) && isItemKey(key) ? { checklistId, key } : null;
}
