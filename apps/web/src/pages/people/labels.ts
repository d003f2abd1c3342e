import type { ApplicationStatus, ContactRole, DraftChannel, InteractionDirection, InteractionKind, TouchKind } from '../../gql/graphql';

/** Enum values in words a person reads, in the order the selects offer them. */
export const CONTACT_ROLES: Record<ContactRole, string> = {
  HIRING_MANAGER: 'Hiring manager',
  RECRUITER: 'Recruiter',
  INTERVIEWER: 'Interviewer',
  OTHER: 'Other',
};

export const INTERACTION_KINDS: Record<InteractionKind, string> = {
  EMAIL: 'Email',
  LINKEDIN_CONNECT: 'LinkedIn connection',
  CALL: 'Call',
  COFFEE: 'Coffee',
  MET_AT_EVENT: 'Met at an event',
  INTERVIEW: 'Interview',
  PROJECT_UPDATE: 'Project update',
  OTHER: 'Other',
};

export const DIRECTIONS: Record<InteractionDirection, string> = {
  OUTBOUND: 'I reached out',
  INBOUND: 'They reached out',
};

export const TOUCH_KINDS: Record<TouchKind, string> = {
  FOLLOW_UP_EMAIL: 'Follow-up email',
  LINKEDIN_CONNECT: 'LinkedIn connection note',
  COFFEE_INVITE: 'Coffee invite',
  EVENT_INTRODUCTION: 'Introduction at an event',
  PROJECT_UPDATE: 'Project update',
};

export const CHANNELS: Record<DraftChannel, string> = {
  EMAIL: 'Email',
  LINKEDIN_NOTE: 'LinkedIn note',
  LINKEDIN_MESSAGE: 'LinkedIn message',
};

export const APPLICATION_STATUSES: Record<ApplicationStatus, string> = {
  RESEARCHING: 'Researching',
  APPLIED: 'Applied',
  INTERVIEWING: 'Interviewing',
  OFFER: 'Offer',
  REJECTED: 'Rejected',
  CLOSED: 'Closed',
};

/** "Staff Engineer · Hiring manager": the title and the role, the role left out when it says nothing ("Other"). */
export function titleAndRole(title: string | null, role: ContactRole): string {
  return [title, role === 'OTHER' ? null : CONTACT_ROLES[role]].filter(Boolean).join(' · ');
}

/** The keys of a label table, typed (Object.keys loses the union). */
export function keysOf<K extends string>(table: Record<K, string>): K[] {
  return Object.keys(table) as K[];
}

/** One item per line (questions and promises may contain commas). */
export function splitLines(value: string): string[] {
  return value
    .split('\n')
    .map((s) => s.trim())
    .filter((s) => s.length > 0);
}
