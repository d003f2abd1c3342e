import type {
  ActionStatus,
  ApplicationStatus,
  Attendance,
  ContactRole,
  DigestDeliveryStatus,
  DigestFrequency,
  DigestSection,
  DraftChannel,
  EventStatus,
  FollowUpKind,
  FollowUpStatus,
  InteractionDirection,
  InteractionKind,
  MatchKind,
  MatchRole,
  PersonRole,
  SourceKind,
  SourceKindRef,
  SourceStatus,
  TouchKind,
  Weekday,
} from '../gql/graphql';
import { formatWhen } from './time';

/**
 * The API's enums as a person reads them: one map per enum, the same words on
 * every page. Selects offer the values in the order written here.
 */

/** How a badge is coloured; the label always says it in words too. */
export type Tone = '' | 'warn' | 'danger' | 'ok';

export interface Look {
  label: string;
  tone: Tone;
}

/** The keys of a label table, typed (Object.keys loses the union). */
export function keysOf<K extends string>(table: Record<K, unknown>): K[] {
  return Object.keys(table) as K[];
}

export const TOUCH_KIND: Record<TouchKind, string> = {
  FOLLOW_UP_EMAIL: 'Follow-up email',
  LINKEDIN_CONNECT: 'LinkedIn connection note',
  COFFEE_INVITE: 'Coffee invite',
  EVENT_INTRODUCTION: 'Tell them you are coming',
  PROJECT_UPDATE: 'Project update',
};

export const DRAFT_CHANNEL: Record<DraftChannel, string> = {
  EMAIL: 'Email',
  LINKEDIN_NOTE: 'LinkedIn note',
  LINKEDIN_MESSAGE: 'LinkedIn message',
};

export const ACTION_STATUS: Record<ActionStatus, Look> = {
  UPCOMING: { label: 'Upcoming', tone: '' },
  DUE: { label: 'Due now', tone: 'warn' },
  OVERDUE: { label: 'Overdue', tone: 'danger' },
  DONE: { label: 'Done', tone: 'ok' },
  MISSED: { label: 'Missed', tone: '' },
  BLOCKED: { label: 'Held back', tone: 'warn' },
};

/** Why a touch is held back (BlockedTouch.blockedBy, a string in the API). */
export function blockedByLabel(blockedBy: string): string {
  if (blockedBy === 'STOP_RULE') return 'Stop rule';
  if (blockedBy === 'BUDGET_WINDOW') return 'Weekly budget';
  if (blockedBy === 'BUDGET_TOTAL') return 'Too many unanswered';
  return blockedBy;
}

/** "When it frees up", in words: a date, or only their reply. */
export function freesUp(availableAt: string | null, zone: string): string {
  return availableAt ? `Frees up ${formatWhen(availableAt, zone)}.` : 'Only a reply from them frees this up.';
}

export const FOLLOW_UP_KIND: Record<FollowUpKind, string> = {
  COFFEE_INVITE: 'Coffee invite',
  CONFIRM_ATTENDANCE: 'Confirm you went',
  FOLLOW_UP_EMAIL: 'Follow-up email',
  LINKEDIN_NOTE: 'LinkedIn note',
  PROJECT_UPDATE: 'Project update',
  PROMISE: 'Promise',
  RECORD_MET: 'Record whom you met',
};

export const FOLLOW_UP_STATUS: Record<FollowUpStatus, Look> = {
  OPEN: { label: 'Open', tone: 'warn' },
  DONE: { label: 'Done', tone: 'ok' },
  SKIPPED: { label: 'Skipped', tone: '' },
  SNOOZED: { label: 'Snoozed', tone: '' },
  STALE: { label: 'Stale', tone: 'danger' },
};

/** What a draft's source is, when the source itself cannot be named. */
export const SOURCE_KIND_REF: Record<SourceKindRef, string> = {
  COMPANY: 'Company notes',
  CONTACT_NOTE: 'Your notes on them',
  EVENT: 'The event listing',
  INTERACTION: 'A past touch',
  INTERVIEW: 'An interview',
  PROJECT_UPDATE: 'A project update',
};

export const CONTACT_ROLE: Record<ContactRole, string> = {
  HIRING_MANAGER: 'Hiring manager',
  RECRUITER: 'Recruiter',
  INTERVIEWER: 'Interviewer',
  OTHER: 'Other',
};

/** "Staff Engineer · Hiring manager": the title and the role, the role left out when it says nothing ("Other"). */
export function titleAndRole(title: string | null, role: ContactRole): string {
  return [title, role === 'OTHER' ? null : CONTACT_ROLE[role]].filter(Boolean).join(' · ');
}

export const INTERACTION_KIND: Record<InteractionKind, string> = {
  EMAIL: 'Email',
  LINKEDIN_CONNECT: 'LinkedIn connection',
  CALL: 'Call',
  COFFEE: 'Coffee',
  MET_AT_EVENT: 'Met at an event',
  INTERVIEW: 'Interview',
  PROJECT_UPDATE: 'Project update',
  OTHER: 'Other',
};

/** The same kinds inside a sentence: "your call with Priya, Thu 10 Dec". */
export const INTERACTION_NOUN: Record<InteractionKind, string> = {
  EMAIL: 'email',
  LINKEDIN_CONNECT: 'LinkedIn connection',
  CALL: 'call',
  COFFEE: 'coffee',
  MET_AT_EVENT: 'meeting at an event',
  INTERVIEW: 'interview',
  PROJECT_UPDATE: 'project update',
  OTHER: 'touch',
};

export const INTERACTION_DIRECTION: Record<InteractionDirection, string> = {
  OUTBOUND: 'I reached out',
  INBOUND: 'They reached out',
};

export const APPLICATION_STATUS: Record<ApplicationStatus, string> = {
  RESEARCHING: 'Researching',
  APPLIED: 'Applied',
  INTERVIEWING: 'Interviewing',
  OFFER: 'Offer',
  REJECTED: 'Rejected',
  CLOSED: 'Closed',
};

export const ATTENDANCE: Record<Attendance, string> = {
  GOING: 'Going',
  MAYBE: 'Maybe',
  NOT_GOING: 'Not going',
};

/** Confirmed events need no badge (tone and label are for the filter and the others). */
export const EVENT_STATUS: Record<EventStatus, Look> = {
  CONFIRMED: { label: 'Confirmed', tone: '' },
  TENTATIVE: { label: 'Tentative', tone: 'warn' },
  CANCELLED: { label: 'Cancelled', tone: 'danger' },
};

/** A match's role inside a sentence: "Priya · speaking". */
export const MATCH_ROLE: Record<MatchRole, string> = {
  SPEAKER: 'speaking',
  PERFORMER: 'performing',
  HOST: 'hosting',
  ORGANIZER: 'organising',
  SPONSOR: 'sponsoring',
  MENTION: 'mentioned',
  TOPIC: 'on the topic',
};

export const MATCH_KIND: Record<MatchKind, string> = {
  PERSON: 'person',
  COMPANY: 'company',
  TOPIC: 'topic',
};

export const PERSON_ROLE: Record<PersonRole, string> = {
  SPEAKER: 'Speaker',
  PERFORMER: 'Performer',
  HOST: 'Host',
  ORGANIZER: 'Organiser',
  SPONSOR: 'Sponsor',
  ATTENDEE: 'Attendee',
};

export const SOURCE_KIND: Record<SourceKind, string> = {
  AUTO: 'Detect automatically',
  ICAL: 'iCal feed',
  HTML: 'Web page (HTML)',
};

export const SOURCE_STATUS: Record<SourceStatus, Look> = {
  PENDING: { label: 'Fetching…', tone: 'warn' },
  OK: { label: 'OK', tone: 'ok' },
  ERROR: { label: 'Error', tone: 'danger' },
};

export const DIGEST_DELIVERY_STATUS: Record<DigestDeliveryStatus, Look> = {
  SENT: { label: 'Sent', tone: 'ok' },
  SKIPPED: { label: 'Skipped', tone: '' },
  SENDING: { label: 'Sending', tone: 'warn' },
  FAILED: { label: 'Failed', tone: 'danger' },
};

export const DIGEST_FREQUENCY: Record<DigestFrequency, string> = {
  WEEKLY: 'Weekly',
  DAILY: 'Daily',
  OFF: 'Off (no digest emails)',
};

export const WEEKDAY: Record<Weekday, string> = {
  MONDAY: 'Monday',
  TUESDAY: 'Tuesday',
  WEDNESDAY: 'Wednesday',
  THURSDAY: 'Thursday',
  FRIDAY: 'Friday',
  SATURDAY: 'Saturday',
  SUNDAY: 'Sunday',
};

/** In the order the digest shows them. */
export const DIGEST_SECTION: Record<DigestSection, string> = {
  EVENTS: 'Relevant events of the next 14 days',
  CHANGES: 'Moved and cancelled events',
  FOLLOW_UPS: 'Open follow-ups and due touches',
  SOURCES: 'Sources that failed to refresh',
};
