/**
 * Plain inputs of the planning core. The lead maps entities and matches onto
 * these; nothing here knows about the database or GraphQL. String unions are
 * used rather than the tracking enums so the core stays free of Nest imports
 * (a TypeScript string enum member is assignable to its literal).
 */

export type ContactRole = 'HIRING_MANAGER' | 'RECRUITER' | 'INTERVIEWER' | 'OTHER';

export type InteractionKind =
  | 'LINKEDIN_CONNECT'
  | 'EMAIL'
  | 'COFFEE'
  | 'PROJECT_UPDATE'
  | 'MET_AT_EVENT'
  | 'CALL'
  | 'INTERVIEW'
  | 'OTHER';

export type InteractionDirection = 'OUTBOUND' | 'INBOUND';

export type Attendance = 'GOING' | 'MAYBE' | 'NOT_GOING';

export type MatchKind = 'PERSON' | 'COMPANY' | 'TOPIC';

export type MatchRole = 'SPEAKER' | 'HOST' | 'ORGANIZER' | 'SPONSOR' | 'PERFORMER' | 'MENTION' | 'TOPIC';

/** The five moves the planner recommends. */
export type TouchKind = 'LINKEDIN_CONNECT' | 'PROJECT_UPDATE' | 'COFFEE_INVITE' | 'EVENT_INTRODUCTION' | 'FOLLOW_UP_EMAIL';

export type SourceKind = 'INTERVIEW' | 'INTERACTION' | 'PROJECT_UPDATE' | 'EVENT' | 'CONTACT_NOTE' | 'COMPANY';

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
