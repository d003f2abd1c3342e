/**
 * Plain inputs of the planning core. The lead maps entities and matches onto
 * these; nothing here knows about the database or GraphQL. The other
 * features' enums are imported as types only (erased at run time), so the
 * core loads no framework; the planner's own enums are declared here once,
 * as values whose type is the union of their values, and planner.enums.ts
 * registers the same objects with GraphQL.
 */
import type { MatchKind, MatchRole } from '@app/matching';
import type { ContactRole, InteractionDirection, InteractionKind } from '@app/tracking';

export type { ContactRole, InteractionDirection, InteractionKind, MatchKind, MatchRole };

/** Whether the user goes to an event. */
export const Attendance = {
  GOING: 'GOING',
  MAYBE: 'MAYBE',
  NOT_GOING: 'NOT_GOING',
} as const;
export type Attendance = (typeof Attendance)[keyof typeof Attendance];

/** The five moves the planner recommends. */
export const TouchKind = {
  LINKEDIN_CONNECT: 'LINKEDIN_CONNECT',
  PROJECT_UPDATE: 'PROJECT_UPDATE',
  COFFEE_INVITE: 'COFFEE_INVITE',
  EVENT_INTRODUCTION: 'EVENT_INTRODUCTION',
  FOLLOW_UP_EMAIL: 'FOLLOW_UP_EMAIL',
} as const;
export type TouchKind = (typeof TouchKind)[keyof typeof TouchKind];

/** Where a sentence comes from in the user's own data. */
export const SourceKind = {
  INTERVIEW: 'INTERVIEW',
  INTERACTION: 'INTERACTION',
  PROJECT_UPDATE: 'PROJECT_UPDATE',
  EVENT: 'EVENT',
  CONTACT_NOTE: 'CONTACT_NOTE',
  COMPANY: 'COMPANY',
} as const;
export type SourceKind = (typeof SourceKind)[keyof typeof SourceKind];

/** Where a sentence, a reason or a draft comes from in the user's own data. */
export interface SourceRef {
  kind: SourceKind;
  id: string;
}

export interface PlannerContact {
  id: string;
  name: string;
  role: ContactRole;
  title: string | null;
  companyId: string | null;
  companyName: string | null;
  linkedinConnected: boolean;
  linkedinUrl: string | null;
  email: string | null;
  interests: string[];
}

export interface PlannerInterview {
  id: string;
  companyId: string;
  contactIds: string[];
  occurredAt: Date;
  title: string | null;
  topics: string[];
  /** Questions the interviewers asked the user. */
  questionsAsked: string[];
  concerns: string[];
  /** Things the user said they would do ("Send the benchmark write-up"). */
  promises: string[];
}

export interface PlannerInteraction {
  id: string;
  contactId: string;
  kind: InteractionKind;
  direction: InteractionDirection;
  occurredAt: Date;
  notes: string;
  /** An outbound touch the contact has not answered yet. */
  awaitingReply: boolean;
}

export interface PlannerProjectUpdate {
  id: string;
  title: string;
  summary: string;
  url: string | null;
  tags: string[];
  /** Calendar date, "YYYY-MM-DD". */
  occurredOn: string;
}

export interface PlannerEvent {
  id: string;
  title: string;
  startsAt: Date;
  endsAt: Date | null;
  allDay: boolean;
  /** Display form of the start, as the catalogue shows it. */
  start: string;
  location: string | null;
  url: string | null;
  onlineUrl: string | null;
  categories: string[];
  /** CONFIRMED | TENTATIVE | CANCELLED (compared case-insensitively). */
  status: string;
  attendance: Attendance | null;
}

export interface MatchEvidence {
  field: string;
  snippet: string;
}

export interface PlannerMatch {
  eventId: string;
  kind: MatchKind;
  role: MatchRole;
  /** In [0, 1]. */
  score: number;
  contactId: string | null;
  companyId: string | null;
  topicId: string | null;
  topicPhrase: string | null;
  evidence: MatchEvidence[];
  reason: string;
}

/** Optional company names for reasons about company matches without a tracked contact. */
export interface PlannerCompany {
  id: string;
  name: string;
}
