import type { ActionStatus, DraftChannel, FollowUpKind, FollowUpStatus, SourceKindRef, TouchKind } from '../../gql/graphql';

/** The API's enums as a person reads them. */
export const TOUCH_KIND: Record<TouchKind, string> = {
  COFFEE_INVITE: 'Coffee invite',
  EVENT_INTRODUCTION: 'Tell them you are coming',
  FOLLOW_UP_EMAIL: 'Follow-up message',
  LINKEDIN_CONNECT: 'LinkedIn connection',
  PROJECT_UPDATE: 'Project update',
};

export const CHANNEL: Record<DraftChannel, string> = {
  EMAIL: 'Email',
  LINKEDIN_MESSAGE: 'LinkedIn message',
  LINKEDIN_NOTE: 'LinkedIn note',
};

/** Badge text and tone of a plan action's status. */
export const ACTION_STATUS: Record<ActionStatus, { label: string; tone: '' | 'warn' | 'danger' | 'ok' }> = {
  UPCOMING: { label: 'Upcoming', tone: '' },
  DUE: { label: 'Due now', tone: 'warn' },
  OVERDUE: { label: 'Overdue', tone: 'danger' },
  DONE: { label: 'Done', tone: 'ok' },
  MISSED: { label: 'Missed', tone: '' },
  BLOCKED: { label: 'Held back', tone: 'warn' },
};

export const FOLLOW_UP_KIND: Record<FollowUpKind, string> = {
  COFFEE_INVITE: 'Coffee invite',
  CONFIRM_ATTENDANCE: 'Confirm you went',
  FOLLOW_UP_EMAIL: 'Follow-up email',
  LINKEDIN_NOTE: 'LinkedIn note',
  PROJECT_UPDATE: 'Project update',
  PROMISE: 'Promise',
  RECORD_MET: 'Record whom you met',
};

export const FOLLOW_UP_STATUS: Record<FollowUpStatus, { label: string; tone: '' | 'warn' | 'danger' | 'ok' }> = {
  OPEN: { label: 'Open', tone: 'warn' },
  DONE: { label: 'Done', tone: 'ok' },
  SKIPPED: { label: 'Skipped', tone: '' },
  SNOOZED: { label: 'Snoozed', tone: '' },
  STALE: { label: 'Stale', tone: 'danger' },
};

export const SOURCE_KIND: Record<SourceKindRef, string> = {
  COMPANY: 'Company notes',
  CONTACT_NOTE: 'Your notes on them',
  EVENT: 'The event listing',
  INTERACTION: 'A past touch',
  INTERVIEW: 'An interview',
  PROJECT_UPDATE: 'A project update',
};

/** Why a touch is held back (BlockedTouch.blockedBy). */
export function blockedByLabel(blockedBy: string): string {
  if (blockedBy === 'STOP_RULE') return 'Stop rule';
  if (blockedBy === 'BUDGET_WINDOW') return 'Weekly budget';
  if (blockedBy === 'BUDGET_TOTAL') return 'Too many unanswered';
  return blockedBy;
}

export function badgeClass(tone: string): string {
  return tone ? `badge ${tone}` : 'badge';
}
