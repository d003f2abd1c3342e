/* eslint-disable */
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
export type Maybe<T> = T | null;
export type InputMaybe<T> = T | null | undefined;
export type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
export type MakeOptional<T, K extends keyof T> = Omit<T, K> & { [SubKey in K]?: Maybe<T[SubKey]> };
export type MakeMaybe<T, K extends keyof T> = Omit<T, K> & { [SubKey in K]: Maybe<T[SubKey]> };
export type MakeEmpty<T extends { [key: string]: unknown }, K extends keyof T> = { [_ in K]?: never };
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
/** All built-in and custom scalars, mapped to their actual values */
export type Scalars = {
  ID: { input: string; output: string; }
  String: { input: string; output: string; }
  Boolean: { input: boolean; output: boolean; }
  Int: { input: number; output: number; }
  Float: { input: number; output: number; }
  /** A date-time string at UTC, such as 2007-12-03T10:15:30Z, compliant with the `date-time` format outlined in section 5.6 of the RFC 3339 profile of the ISO 8601 standard for representation of dates and times using the Gregorian calendar. */
  DateTime: { input: string; output: string; }
  /** The `JSONObject` scalar type represents JSON objects as specified by [ECMA-404](http://www.ecma-international.org/publications/files/ECMA-ST/ECMA-404.pdf). */
  JSONObject: { input: Record<string, unknown>; output: Record<string, unknown>; }
  /** A local date string (i.e., with no associated timezone) in `YYYY-MM-DD` format, e.g. `2020-01-01`. */
  LocalDate: { input: any; output: any; }
};

export type ActionStatus =
  | 'BLOCKED'
  | 'DONE'
  | 'DUE'
  | 'MISSED'
  | 'OVERDUE'
  | 'UPCOMING';

export type ApplicationStatus =
  | 'APPLIED'
  | 'CLOSED'
  | 'INTERVIEWING'
  | 'OFFER'
  | 'REJECTED'
  | 'RESEARCHING';

export type Attendance =
  | 'GOING'
  | 'MAYBE'
  | 'NOT_GOING';

export type AuthPayload = {
  /** Send as "Authorization: Bearer <token>". Shown once; only its hash is stored. Null when the session went into a cookie (input.session). */
  token: Maybe<Scalars['String']['output']>;
  user: User;
};

/** A touch the anti-pestering budget or a stop rule holds back, and why. */
export type BlockedTouch = {
  /** When the weekly budget frees up; null when only a reply can. */
  availableAt: Maybe<Scalars['DateTime']['output']>;
  /** STOP_RULE, BUDGET_WINDOW or BUDGET_TOTAL. */
  blockedBy: Scalars['String']['output'];
  contact: Contact;
  id: Scalars['ID']['output'];
  kind: TouchKind;
  reason: Scalars['String']['output'];
  rule: Scalars['String']['output'];
  sources: Array<SourceRef>;
  wouldBeDueAt: Scalars['DateTime']['output'];
};

export type BudgetRules = {
  maxUnansweredPerWindow: Scalars['Int']['output'];
  maxUnansweredTotal: Scalars['Int']['output'];
  windowDays: Scalars['Int']['output'];
};

export type BudgetRulesInput = {
  maxUnansweredPerWindow?: InputMaybe<Scalars['Int']['input']>;
  maxUnansweredTotal?: InputMaybe<Scalars['Int']['input']>;
  windowDays?: InputMaybe<Scalars['Int']['input']>;
};

/** When to reach out, and when to hold back. Defaults follow practitioner guidance; all editable. */
export type CadenceRules = {
  budget: BudgetRules;
  checklist: ChecklistRules;
  coffeeRequest: CoffeeRequestRules;
  email: EmailRuleRules;
  eventHeadsUp: EventHeadsUpRules;
  interviewSilence: InterviewSilenceRules;
  keepInTouch: KeepInTouchRules;
  linkedinNote: LinkedinNoteRules;
  metAtEvent: MetAtEventRules;
  thankYou: ThankYouRules;
};

/** Only the fields given change. */
export type CadenceRulesInput = {
  budget?: InputMaybe<BudgetRulesInput>;
  checklist?: InputMaybe<ChecklistRulesInput>;
  coffeeRequest?: InputMaybe<CoffeeRequestRulesInput>;
  email?: InputMaybe<EmailRuleRulesInput>;
  eventHeadsUp?: InputMaybe<EventHeadsUpRulesInput>;
  interviewSilence?: InputMaybe<InterviewSilenceRulesInput>;
  keepInTouch?: InputMaybe<KeepInTouchRulesInput>;
  linkedinNote?: InputMaybe<LinkedinNoteRulesInput>;
  metAtEvent?: InputMaybe<MetAtEventRulesInput>;
  thankYou?: InputMaybe<ThankYouRulesInput>;
};

export type CadenceStatus =
  | 'BLOCKED'
  | 'DUE'
  | 'NONE'
  | 'NOT_DUE'
  | 'OVERDUE'
  | 'STOPPED';

/** Your plan as an iCalendar feed at a secret address. Only a hash of the address is stored, so it is shown once, when rotateCalendarFeedToken issues it; issue a new one if you lose it. */
export type CalendarFeed = {
  /** When the current address was issued; null while there is none. */
  createdAt: Maybe<Scalars['DateTime']['output']>;
  /** The secret address to subscribe to from any calendar app: in the answer of rotateCalendarFeedToken only, null elsewhere. */
  url: Maybe<Scalars['String']['output']>;
};

export type ChangePasswordInput = {
  currentPassword: Scalars['String']['input'];
  /** 8 to 200 characters, not easy to guess: common passwords, keyboard patterns, repeats and your email are refused. */
  newPassword: Scalars['String']['input'];
};

/** The post-event follow-up checklist. */
export type ChecklistRules = {
  /** A project update with a matching tag, this many days after the last touch. */
  projectUpdateAfterDays: Scalars['Int']['output'];
  /** A promise with no date of its own is due this many days after the meeting. */
  promiseWithinDays: Scalars['Int']['output'];
  /** An open item this many days past due is marked stale. */
  staleAfterDays: Scalars['Int']['output'];
};

export type ChecklistRulesInput = {
  projectUpdateAfterDays?: InputMaybe<Scalars['Int']['input']>;
  promiseWithinDays?: InputMaybe<Scalars['Int']['input']>;
  staleAfterDays?: InputMaybe<Scalars['Int']['input']>;
};

export type CoffeeRequestRules = {
  maxMessages: Scalars['Int']['output'];
  waitDays: Scalars['Int']['output'];
};

export type CoffeeRequestRulesInput = {
  maxMessages?: InputMaybe<Scalars['Int']['input']>;
  waitDays?: InputMaybe<Scalars['Int']['input']>;
};

export type Company = {
  /** Other names the company goes by ("Notion" for "Notion Labs"). */
  aliases: Array<Scalars['String']['output']>;
  contacts: Array<Contact>;
  createdAt: Scalars['DateTime']['output'];
  /** Web domains, e.g. "notion.so". */
  domains: Array<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  interviews: Array<Interview>;
  name: Scalars['String']['output'];
  notes: Scalars['String']['output'];
  /** The role applied for. */
  roleTitle: Maybe<Scalars['String']['output']>;
  status: ApplicationStatus;
  updatedAt: Scalars['DateTime']['output'];
};

export type CompanyConnection = {
  edges: Array<CompanyEdge>;
  pageInfo: PageInfo;
};

export type CompanyEdge = {
  cursor: Scalars['String']['output'];
  node: Company;
};

export type CompanyFilter = {
  /** Matches name and aliases, case-insensitively. */
  search?: InputMaybe<Scalars['String']['input']>;
  status?: InputMaybe<ApplicationStatus>;
};

/** A hiring manager, recruiter, interviewer or anyone else worth staying in touch with. */
export type Contact = {
  aliases: Array<Scalars['String']['output']>;
  company: Maybe<Company>;
  companyId: Maybe<Scalars['ID']['output']>;
  createdAt: Scalars['DateTime']['output'];
  email: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  /** Newest first. */
  interactions: Array<Interaction>;
  interests: Array<Scalars['String']['output']>;
  /** Interviews this contact took part in, newest first. */
  interviews: Array<Interview>;
  linkedinConnected: Scalars['Boolean']['output'];
  linkedinUrl: Maybe<Scalars['String']['output']>;
  name: Scalars['String']['output'];
  notes: Scalars['String']['output'];
  role: ContactRole;
  title: Maybe<Scalars['String']['output']>;
  updatedAt: Scalars['DateTime']['output'];
};


/** A hiring manager, recruiter, interviewer or anyone else worth staying in touch with. */
export type ContactInteractionsArgs = {
  limit?: Scalars['Int']['input'];
};

export type ContactConnection = {
  edges: Array<ContactEdge>;
  pageInfo: PageInfo;
};

export type ContactEdge = {
  cursor: Scalars['String']['output'];
  node: Contact;
};

export type ContactFilter = {
  companyId?: InputMaybe<Scalars['ID']['input']>;
  role?: InputMaybe<ContactRole>;
  /** Matches name, aliases and title, case-insensitively. */
  search?: InputMaybe<Scalars['String']['input']>;
};

export type ContactRole =
  | 'HIRING_MANAGER'
  | 'INTERVIEWER'
  | 'OTHER'
  | 'RECRUITER';

export type CreateCompanyInput = {
  aliases?: InputMaybe<Array<Scalars['String']['input']>>;
  /** Host names or URLs; stored as bare lower-case hosts. */
  domains?: InputMaybe<Array<Scalars['String']['input']>>;
  name: Scalars['String']['input'];
  notes?: InputMaybe<Scalars['String']['input']>;
  roleTitle?: InputMaybe<Scalars['String']['input']>;
  status?: InputMaybe<ApplicationStatus>;
};

export type CreateContactInput = {
  aliases?: InputMaybe<Array<Scalars['String']['input']>>;
  companyId?: InputMaybe<Scalars['ID']['input']>;
  email?: InputMaybe<Scalars['String']['input']>;
  interests?: InputMaybe<Array<Scalars['String']['input']>>;
  linkedinConnected?: InputMaybe<Scalars['Boolean']['input']>;
  linkedinUrl?: InputMaybe<Scalars['String']['input']>;
  name: Scalars['String']['input'];
  notes?: InputMaybe<Scalars['String']['input']>;
  role?: InputMaybe<ContactRole>;
  title?: InputMaybe<Scalars['String']['input']>;
};

export type CreateProjectUpdateInput = {
  /** Defaults to today. */
  occurredOn?: InputMaybe<Scalars['LocalDate']['input']>;
  summary?: InputMaybe<Scalars['String']['input']>;
  tags?: InputMaybe<Array<Scalars['String']['input']>>;
  title: Scalars['String']['input'];
  url?: InputMaybe<Scalars['String']['input']>;
};

export type CreateSourceInput = {
  /** Zone for times the source gives without one. Defaults to your time zone. */
  defaultTimeZone?: InputMaybe<Scalars['String']['input']>;
  kind?: SourceKind;
  /** Defaults to the host name. */
  name?: InputMaybe<Scalars['String']['input']>;
  /** Selector recipe (HTML sources without structured data). */
  recipe?: InputMaybe<Scalars['JSONObject']['input']>;
  refreshMinutes?: Scalars['Int']['input'];
  /** http(s) address of an iCal feed or an event page; webcal:// is accepted. */
  url: Scalars['String']['input'];
};

export type DeleteAccountInput = {
  /** Your current password, to confirm. */
  password: Scalars['String']['input'];
};

/** One digest: sent, skipped (nothing to say) or failed. */
export type DigestDelivery = {
  attempts: Scalars['Float']['output'];
  createdAt: Scalars['DateTime']['output'];
  error: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  messageId: Scalars['String']['output'];
  /** "WEEKLY:2026-12-07" (the week of Monday 7 Dec), "DAILY:…", or "TEST:…". */
  periodKey: Scalars['String']['output'];
  periodStart: Scalars['DateTime']['output'];
  sentAt: Maybe<Scalars['DateTime']['output']>;
  status: DigestDeliveryStatus;
  subject: Maybe<Scalars['String']['output']>;
  /** Sent by sendTestDigest, outside the once-per-period rule. */
  test: Scalars['Boolean']['output'];
};

export type DigestDeliveryConnection = {
  edges: Array<DigestDeliveryEdge>;
  pageInfo: PageInfo;
};

export type DigestDeliveryEdge = {
  cursor: Scalars['String']['output'];
  node: DigestDelivery;
};

export type DigestDeliveryStatus =
  | 'FAILED'
  | 'SENDING'
  | 'SENT'
  | 'SKIPPED';

export type DigestFrequency =
  | 'DAILY'
  | 'OFF'
  | 'WEEKLY';

export type DigestPreview = {
  html: Scalars['String']['output'];
  subject: Scalars['String']['output'];
  text: Scalars['String']['output'];
};

export type DigestSection =
  | 'CHANGES'
  | 'EVENTS'
  | 'FOLLOW_UPS'
  | 'SOURCES';

/** When your email digest comes and what it says. Times are in your zone. */
export type DigestSettings = {
  frequency: DigestFrequency;
  /** Why the last delivery failed. */
  lastError: Maybe<Scalars['String']['output']>;
  lastSentAt: Maybe<Scalars['DateTime']['output']>;
  /** "HH:MM", 24 h, in your zone. */
  localTime: Scalars['String']['output'];
  /** When the next digest is due (null when OFF or paused). */
  nextSendAt: Maybe<Scalars['DateTime']['output']>;
  /** Paused after 5 failed deliveries in a row; changing the settings resumes them. */
  paused: Scalars['Boolean']['output'];
  sections: Array<DigestSection>;
  /** No email when there is nothing to say. */
  skipWhenEmpty: Scalars['Boolean']['output'];
  /** The day a WEEKLY digest comes. */
  weekday: Weekday;
};

/** Text to send yourself; topofmind never sends anything. */
export type Draft = {
  body: Scalars['String']['output'];
  channel: DraftChannel;
  kind: Scalars['String']['output'];
  sources: Array<SourceRef>;
  subject: Maybe<Scalars['String']['output']>;
};

export type DraftChannel =
  | 'EMAIL'
  | 'LINKEDIN_MESSAGE'
  | 'LINKEDIN_NOTE';

export type EmailRuleRules = {
  maxWords: Scalars['Int']['output'];
};

export type EmailRuleRulesInput = {
  maxWords?: InputMaybe<Scalars['Int']['input']>;
};

export type Event = {
  allDay: Scalars['Boolean']['output'];
  /** Whether you are going. */
  attendance: Maybe<Attendance>;
  categories: Array<Scalars['String']['output']>;
  /** Moves and cancellations, oldest first. */
  changes: Array<EventChange>;
  /** Plain text. */
  description: Maybe<Scalars['String']['output']>;
  /** Same form as start; exclusive for all-day events. */
  end: Maybe<Scalars['String']['output']>;
  endsAt: Maybe<Scalars['DateTime']['output']>;
  /** The source gave no zone; the source's default zone was applied. */
  floating: Scalars['Boolean']['output'];
  id: Scalars['ID']['output'];
  location: Maybe<Scalars['String']['output']>;
  /** Your tracked people, companies and topics this event concerns, best first. */
  matches: Array<EventMatch>;
  /** Why listings from several sources were merged into this event. */
  mergeReasons: Array<Scalars['String']['output']>;
  onlineUrl: Maybe<Scalars['String']['output']>;
  organizer: Maybe<Organizer>;
  /** Performers, speakers, hosts and sponsors. */
  performers: Array<EventPerson>;
  /** Which occurrence of a recurring series (its original start). */
  recurrenceId: Maybe<Scalars['String']['output']>;
  recurring: Scalars['Boolean']['output'];
  sequence: Scalars['Float']['output'];
  /** The viewer's sources that list this event. */
  sources: Array<Source>;
  /** ISO 8601 with the offset in force in the event's zone, or YYYY-MM-DD for all-day events. */
  start: Scalars['String']['output'];
  /** The start as an instant (all-day: midnight UTC of the date). */
  startsAt: Scalars['DateTime']['output'];
  status: EventStatus;
  /** IANA zone of the event. */
  timeZone: Maybe<Scalars['String']['output']>;
  title: Scalars['String']['output'];
  uid: Scalars['String']['output'];
  url: Maybe<Scalars['String']['output']>;
  venue: Maybe<Venue>;
};

/** A move or cancellation seen in a source. */
export type EventChange = {
  detectedAt: Scalars['DateTime']['output'];
  kind: EventChangeKind;
  newEnd: Maybe<Scalars['String']['output']>;
  newStart: Maybe<Scalars['String']['output']>;
  newStatus: Maybe<EventStatus>;
  oldEnd: Maybe<Scalars['String']['output']>;
  oldStart: Maybe<Scalars['String']['output']>;
  oldStatus: Maybe<EventStatus>;
  reason: Maybe<Scalars['String']['output']>;
};

export type EventChangeKind =
  | 'CANCELLED'
  | 'MOVED'
  | 'REMOVED'
  | 'RESTORED';

export type EventConnection = {
  edges: Array<EventEdge>;
  pageInfo: PageInfo;
};

export type EventEdge = {
  cursor: Scalars['String']['output'];
  node: Event;
};

export type EventFilter = {
  /** Events starting at or after this instant. */
  from?: InputMaybe<Scalars['DateTime']['input']>;
  /** Words in the title, description or location. */
  search?: InputMaybe<Scalars['String']['input']>;
  sourceId?: InputMaybe<Scalars['ID']['input']>;
  status?: InputMaybe<EventStatus>;
  /** Events starting before this instant. */
  to?: InputMaybe<Scalars['DateTime']['input']>;
};

export type EventHeadsUpRules = {
  daysBefore: Array<Scalars['Int']['output']>;
};

export type EventHeadsUpRulesInput = {
  daysBefore?: InputMaybe<Array<Scalars['Int']['input']>>;
};

/** Why an event concerns one of your tracked people, companies or topics. */
export type EventMatch = {
  company: Maybe<Company>;
  contact: Maybe<Contact>;
  /** The evidence in one line: where it was found and the words. */
  evidence: Scalars['String']['output'];
  evidenceDetails: Array<MatchEvidence>;
  id: Scalars['ID']['output'];
  kind: MatchKind;
  /** A readable reason, e.g. "Priya Raman is speaking". */
  reason: Scalars['String']['output'];
  role: MatchRole;
  /** In [0, 1]; people on stage score highest, topics lowest. */
  score: Scalars['Float']['output'];
  /** The matched topic, for TOPIC matches. */
  topic: Maybe<Scalars['String']['output']>;
};

/** A performer, speaker, host or sponsor, with the organisation they are from. */
export type EventPerson = {
  affiliation: Maybe<Scalars['String']['output']>;
  email: Maybe<Scalars['String']['output']>;
  name: Scalars['String']['output'];
  role: PersonRole;
  url: Maybe<Scalars['String']['output']>;
};

export type EventStatus =
  | 'CANCELLED'
  | 'CONFIRMED'
  | 'TENTATIVE';

/** After an event you went to: who to thank, by when, with drafts. */
export type FollowUpChecklist = {
  createdAt: Scalars['DateTime']['output'];
  event: Event;
  id: Scalars['ID']['output'];
  /** Open and stale items first, by due time; then snoozed; then closed. */
  items: Array<FollowUpItem>;
  /** True until you record whom you met ("Who did you meet?"). */
  needsAttendees: Scalars['Boolean']['output'];
  /** True while the event is marked MAYBE ("Did you go?"). */
  needsConfirmation: Scalars['Boolean']['output'];
};

export type FollowUpChecklistConnection = {
  edges: Array<FollowUpChecklistEdge>;
  pageInfo: PageInfo;
};

export type FollowUpChecklistEdge = {
  cursor: Scalars['String']['output'];
  node: FollowUpChecklist;
};

export type FollowUpFilter = {
  contactId?: InputMaybe<Scalars['ID']['input']>;
  eventId?: InputMaybe<Scalars['ID']['input']>;
  kind?: InputMaybe<FollowUpKind>;
  /** Only items past due (true) or not (false). */
  overdue?: InputMaybe<Scalars['Boolean']['input']>;
  status?: InputMaybe<FollowUpStatus>;
};

/** One thing to do after an event you went to, with a draft. Nothing is sent for you. */
export type FollowUpItem = {
  /** When the weekly budget frees up; null when only a reply can. */
  availableAt: Maybe<Scalars['DateTime']['output']>;
  /** Why the anti-pestering budget holds this back. */
  blockedReason: Maybe<Scalars['String']['output']>;
  channel: Maybe<DraftChannel>;
  /** Why the item closed by itself (a reply). */
  closedReason: Maybe<Scalars['String']['output']>;
  completedAt: Maybe<Scalars['DateTime']['output']>;
  /** Null for items about the event itself ("Who did you meet?"). */
  contact: Maybe<Contact>;
  /** Within the channel limit; null for items that are not a message and for closed ones. */
  draft: Maybe<Scalars['String']['output']>;
  /** When to do it (snoozed items: when they come back). */
  dueAt: Scalars['DateTime']['output'];
  event: Event;
  /** Stable for the life of the checklist. */
  id: Scalars['ID']['output'];
  kind: FollowUpKind;
  /** The last moment the rule allows, when it has one. */
  latestAt: Maybe<Scalars['DateTime']['output']>;
  overdue: Scalars['Boolean']['output'];
  skipReason: Maybe<Scalars['String']['output']>;
  snoozedUntil: Maybe<Scalars['DateTime']['output']>;
  /** What the item and its draft draw on. */
  sources: Array<SourceRef>;
  /** For STALE items: a different channel, or let it go. */
  staleSuggestion: Maybe<Scalars['String']['output']>;
  /** OPEN items past due are flagged overdue; 14 days past their last moment they turn STALE. */
  status: FollowUpStatus;
  subject: Maybe<Scalars['String']['output']>;
  /** What to do, in words, with times in your zone. */
  text: Scalars['String']['output'];
};

export type FollowUpItemConnection = {
  edges: Array<FollowUpItemEdge>;
  pageInfo: PageInfo;
};

export type FollowUpItemEdge = {
  cursor: Scalars['String']['output'];
  node: FollowUpItem;
};

/** What a follow-up item asks you to do. */
export type FollowUpKind =
  | 'COFFEE_INVITE'
  | 'CONFIRM_ATTENDANCE'
  | 'FOLLOW_UP_EMAIL'
  | 'LINKEDIN_NOTE'
  | 'PROJECT_UPDATE'
  | 'PROMISE'
  | 'RECORD_MET';

export type FollowUpStatus =
  | 'DONE'
  | 'OPEN'
  | 'SKIPPED'
  | 'SNOOZED'
  | 'STALE';

export type ImportCalendarInput = {
  defaultTimeZone?: InputMaybe<Scalars['String']['input']>;
  /** The calendar text (iCalendar). */
  ics: Scalars['String']['input'];
  name: Scalars['String']['input'];
};

/** A touch: a message, meeting or connection with a contact. */
export type Interaction = {
  /** An outbound touch not answered yet. */
  awaitingReply: Scalars['Boolean']['output'];
  contact: Contact;
  contactId: Scalars['ID']['output'];
  createdAt: Scalars['DateTime']['output'];
  direction: InteractionDirection;
  id: Scalars['ID']['output'];
  kind: InteractionKind;
  notes: Scalars['String']['output'];
  occurredAt: Scalars['DateTime']['output'];
};

export type InteractionConnection = {
  edges: Array<InteractionEdge>;
  pageInfo: PageInfo;
};

export type InteractionDirection =
  | 'INBOUND'
  | 'OUTBOUND';

export type InteractionEdge = {
  cursor: Scalars['String']['output'];
  node: Interaction;
};

export type InteractionFilter = {
  awaitingReply?: InputMaybe<Scalars['Boolean']['input']>;
  contactId?: InputMaybe<Scalars['ID']['input']>;
  kind?: InputMaybe<InteractionKind>;
};

export type InteractionKind =
  | 'CALL'
  | 'COFFEE'
  | 'EMAIL'
  | 'INTERVIEW'
  | 'LINKEDIN_CONNECT'
  | 'MET_AT_EVENT'
  | 'OTHER'
  | 'PROJECT_UPDATE';

export type Interview = {
  company: Company;
  companyId: Scalars['ID']['output'];
  /** Concerns they raised. */
  concerns: Array<Scalars['String']['output']>;
  /** The interviewers. */
  contacts: Array<Contact>;
  createdAt: Scalars['DateTime']['output'];
  id: Scalars['ID']['output'];
  notes: Scalars['String']['output'];
  occurredAt: Scalars['DateTime']['output'];
  /** What the user promised to follow up with. */
  promises: Array<Scalars['String']['output']>;
  /** Questions the interviewers asked. */
  questionsAsked: Array<Scalars['String']['output']>;
  title: Maybe<Scalars['String']['output']>;
  /** What was discussed. */
  topics: Array<Scalars['String']['output']>;
  updatedAt: Scalars['DateTime']['output'];
};

export type InterviewConnection = {
  edges: Array<InterviewEdge>;
  pageInfo: PageInfo;
};

export type InterviewEdge = {
  cursor: Scalars['String']['output'];
  node: Interview;
};

export type InterviewFilter = {
  companyId?: InputMaybe<Scalars['ID']['input']>;
  contactId?: InputMaybe<Scalars['ID']['input']>;
};

export type InterviewSilenceRules = {
  firstCheckInBusinessDays: Scalars['Boolean']['output'];
  firstCheckInDays: Scalars['Int']['output'];
  repeatCheckInBusinessDays: Scalars['Boolean']['output'];
  repeatCheckInMaxDays: Scalars['Int']['output'];
  repeatCheckInMinDays: Scalars['Int']['output'];
  stopAfterUnanswered: Scalars['Int']['output'];
};

export type InterviewSilenceRulesInput = {
  firstCheckInBusinessDays?: InputMaybe<Scalars['Boolean']['input']>;
  firstCheckInDays?: InputMaybe<Scalars['Int']['input']>;
  repeatCheckInBusinessDays?: InputMaybe<Scalars['Boolean']['input']>;
  repeatCheckInMaxDays?: InputMaybe<Scalars['Int']['input']>;
  repeatCheckInMinDays?: InputMaybe<Scalars['Int']['input']>;
  stopAfterUnanswered?: InputMaybe<Scalars['Int']['input']>;
};

export type KeepInTouchRules = {
  idealDays: Scalars['Int']['output'];
  maxDays: Scalars['Int']['output'];
};

export type KeepInTouchRulesInput = {
  idealDays?: InputMaybe<Scalars['Int']['input']>;
  maxDays?: InputMaybe<Scalars['Int']['input']>;
};

export type LinkedinNoteRules = {
  maxChars: Scalars['Int']['output'];
  premiumMaxChars: Scalars['Int']['output'];
};

export type LinkedinNoteRulesInput = {
  maxChars?: InputMaybe<Scalars['Int']['input']>;
  premiumMaxChars?: InputMaybe<Scalars['Int']['input']>;
};

export type LogInteractionInput = {
  /** True for an outbound touch that expects an answer. */
  awaitingReply?: InputMaybe<Scalars['Boolean']['input']>;
  contactId: Scalars['ID']['input'];
  direction?: InputMaybe<InteractionDirection>;
  kind: InteractionKind;
  notes?: InputMaybe<Scalars['String']['input']>;
  occurredAt: Scalars['DateTime']['input'];
};

export type LoginInput = {
  email: Scalars['String']['input'];
  password: Scalars['String']['input'];
  /** true: the session is an httpOnly cookie (for the web app) and `token` in the answer is null, so page scripts never see it. Requests over the cookie must send the X-Topofmind-CSRF header. */
  session?: InputMaybe<Scalars['Boolean']['input']>;
};

export type MarkTouchSentInput = {
  contactId: Scalars['ID']['input'];
  /** A kind from nextTouches, or EMAIL, COFFEE, MET_AT_EVENT, CALL, OTHER. */
  kind: SentTouchKind;
  notes?: InputMaybe<Scalars['String']['input']>;
  occurredAt: Scalars['DateTime']['input'];
};

export type MatchEvidence = {
  /** Which part of the event: title, description, location, organizer, people, categories or url. */
  field: Scalars['String']['output'];
  /** The matched words with a little context. */
  snippet: Scalars['String']['output'];
};

export type MatchKind =
  | 'COMPANY'
  | 'PERSON'
  | 'TOPIC';

export type MatchRole =
  | 'HOST'
  | 'MENTION'
  | 'ORGANIZER'
  | 'PERFORMER'
  | 'SPEAKER'
  | 'SPONSOR'
  | 'TOPIC';

export type MeetPerson = {
  contact: Contact;
  evidence: Array<MatchEvidence>;
  relationship: Relationship;
  talkingPoints: Array<TalkingPoint>;
  /** Why this person, e.g. "Priya Raman is speaking (hiring manager at Stripe)". */
  why: Scalars['String']['output'];
};

export type MetAtEventRules = {
  followUpBusinessDays: Scalars['Boolean']['output'];
  followUpMaxDays: Scalars['Int']['output'];
  followUpMinDays: Scalars['Int']['output'];
  linkedinNoteWithinHours: Scalars['Int']['output'];
  maxReminders: Scalars['Int']['output'];
  reminderAfterDays: Scalars['Int']['output'];
};

export type MetAtEventRulesInput = {
  followUpBusinessDays?: InputMaybe<Scalars['Boolean']['input']>;
  followUpMaxDays?: InputMaybe<Scalars['Int']['input']>;
  followUpMinDays?: InputMaybe<Scalars['Int']['input']>;
  linkedinNoteWithinHours?: InputMaybe<Scalars['Int']['input']>;
  maxReminders?: InputMaybe<Scalars['Int']['input']>;
  reminderAfterDays?: InputMaybe<Scalars['Int']['input']>;
};

/** Someone you met who is not tracked yet: a contact is created. */
export type MetPersonInput = {
  /** Tracked under this name, or created. */
  companyName?: InputMaybe<Scalars['String']['input']>;
  email?: InputMaybe<Scalars['String']['input']>;
  linkedinUrl?: InputMaybe<Scalars['String']['input']>;
  name: Scalars['String']['input'];
  /** Notes on the conversation (kept on the new contact and the meeting). */
  notes?: InputMaybe<Scalars['String']['input']>;
  /** What you promised this person ("send the deck"). */
  promises?: InputMaybe<Array<Scalars['String']['input']>>;
  title?: InputMaybe<Scalars['String']['input']>;
  /** What you talked about with this person, as short phrases ("cold starts at the edge"): drafts recall them. */
  topics?: InputMaybe<Array<Scalars['String']['input']>>;
};

export type Mutation = {
  /** Checks your current password (throttled like login), sets the new one and signs out every session: the token in the answer is the only one left. */
  changePassword: AuthPayload;
  /** Logs the touch and closes the item; completing twice is harmless. */
  completeFollowUp: FollowUpItem;
  createCompany: Company;
  createContact: Contact;
  createProjectUpdate: ProjectUpdate;
  /** Follows an iCal feed or event page; the first fetch is queued at once (status PENDING). */
  createSource: Source;
  /** Deletes your account and all its data at once, after checking your password (throttled like login). This cannot be undone. */
  deleteAccount: Scalars['Boolean']['output'];
  /** Deletes the company and its interviews; its contacts stay, without a company. */
  deleteCompany: Scalars['ID']['output'];
  /** Deletes the contact with its interactions. */
  deleteContact: Scalars['ID']['output'];
  deleteInteraction: Scalars['ID']['output'];
  deleteInterview: Scalars['ID']['output'];
  deleteProjectUpdate: Scalars['ID']['output'];
  /** Stops following the source; its events stay when another of your sources lists them. */
  deleteSource: Scalars['ID']['output'];
  /** Reads an uploaded iCalendar text as a source of its own. */
  importCalendar: Source;
  /** Records a touch. Nothing is ever sent: this only logs what the user did. */
  logInteraction: Interaction;
  /** Signs in; each call issues a new token. Throttled per client address and per account, with a lock that doubles after repeated wrong passwords (TOO_MANY_REQUESTS with extensions.retryAfterSeconds). */
  login: AuthPayload;
  /** Revokes the token (or the session cookie) this request was made with. */
  logout: Scalars['Boolean']['output'];
  /** Logs a touch you made; it resets that contact's cadence clock. */
  markTouchSent: Interaction;
  recordInterview: Interview;
  /** Records whom you met at an event: new people become contacts, each gets a MET_AT_EVENT touch, each promise its own item. */
  recordMet: FollowUpChecklist;
  /** Fetches the source now and answers when done. */
  refreshSource: Source;
  /** Creates an account and signs it in. Attempts per client address are limited (TOO_MANY_REQUESTS with extensions.retryAfterSeconds). */
  register: AuthPayload;
  /** Issues a new secret address (the first one too) and shows it this once; the old one stops working at once. */
  rotateCalendarFeedToken: CalendarFeed;
  /** Sends your current digest now, marked as a test (one a minute). */
  sendTestDigest: DigestDelivery;
  /** Records whether you are going; the plan and your calendar feed use it. */
  setAttendance: Event;
  /** Revokes every token of yours, the one this request was made with included. */
  signOutEverywhere: Scalars['Boolean']['output'];
  skipFollowUp: FollowUpItem;
  /** Hides the item until `until`, when it comes back due. */
  snoozeFollowUp: FollowUpItem;
  /** Changes the given rules; the others keep their values. */
  updateCadenceRules: CadenceRules;
  updateCompany: Company;
  updateContact: Contact;
  /** Changes the given settings; the others keep their values. Resumes paused digests. */
  updateDigestSettings: DigestSettings;
  updateInteraction: Interaction;
  updateInterview: Interview;
  updateProfile: User;
  updateProjectUpdate: ProjectUpdate;
  updateSource: Source;
};


export type MutationChangePasswordArgs = {
  input: ChangePasswordInput;
};


export type MutationCompleteFollowUpArgs = {
  id: Scalars['ID']['input'];
  occurredAt: InputMaybe<Scalars['DateTime']['input']>;
};


export type MutationCreateCompanyArgs = {
  input: CreateCompanyInput;
};


export type MutationCreateContactArgs = {
  input: CreateContactInput;
};


export type MutationCreateProjectUpdateArgs = {
  input: CreateProjectUpdateInput;
};


export type MutationCreateSourceArgs = {
  input: CreateSourceInput;
};


export type MutationDeleteAccountArgs = {
  input: DeleteAccountInput;
};


export type MutationDeleteCompanyArgs = {
  id: Scalars['ID']['input'];
};


export type MutationDeleteContactArgs = {
  id: Scalars['ID']['input'];
};


export type MutationDeleteInteractionArgs = {
  id: Scalars['ID']['input'];
};


export type MutationDeleteInterviewArgs = {
  id: Scalars['ID']['input'];
};


export type MutationDeleteProjectUpdateArgs = {
  id: Scalars['ID']['input'];
};


export type MutationDeleteSourceArgs = {
  id: Scalars['ID']['input'];
};


export type MutationImportCalendarArgs = {
  input: ImportCalendarInput;
};


export type MutationLogInteractionArgs = {
  input: LogInteractionInput;
};


export type MutationLoginArgs = {
  input: LoginInput;
};


export type MutationMarkTouchSentArgs = {
  input: MarkTouchSentInput;
};


export type MutationRecordInterviewArgs = {
  input: RecordInterviewInput;
};


export type MutationRecordMetArgs = {
  input: RecordMetInput;
};


export type MutationRefreshSourceArgs = {
  id: Scalars['ID']['input'];
};


export type MutationRegisterArgs = {
  input: RegisterInput;
};


export type MutationSetAttendanceArgs = {
  eventId: Scalars['ID']['input'];
  status: Attendance;
};


export type MutationSkipFollowUpArgs = {
  id: Scalars['ID']['input'];
  reason: Scalars['String']['input'];
};


export type MutationSnoozeFollowUpArgs = {
  id: Scalars['ID']['input'];
  until: Scalars['DateTime']['input'];
};


export type MutationUpdateCadenceRulesArgs = {
  input: CadenceRulesInput;
};


export type MutationUpdateCompanyArgs = {
  id: Scalars['ID']['input'];
  input: UpdateCompanyInput;
};


export type MutationUpdateContactArgs = {
  id: Scalars['ID']['input'];
  input: UpdateContactInput;
};


export type MutationUpdateDigestSettingsArgs = {
  input: UpdateDigestSettingsInput;
};


export type MutationUpdateInteractionArgs = {
  id: Scalars['ID']['input'];
  input: UpdateInteractionInput;
};


export type MutationUpdateInterviewArgs = {
  id: Scalars['ID']['input'];
  input: UpdateInterviewInput;
};


export type MutationUpdateProfileArgs = {
  input: UpdateProfileInput;
};


export type MutationUpdateProjectUpdateArgs = {
  id: Scalars['ID']['input'];
  input: UpdateProjectUpdateInput;
};


export type MutationUpdateSourceArgs = {
  id: Scalars['ID']['input'];
  input: UpdateSourceInput;
};

export type Organizer = {
  email: Maybe<Scalars['String']['output']>;
  name: Maybe<Scalars['String']['output']>;
};

export type PageInfo = {
  endCursor: Maybe<Scalars['String']['output']>;
  hasNextPage: Scalars['Boolean']['output'];
};

export type PersonRole =
  | 'ATTENDEE'
  | 'HOST'
  | 'ORGANIZER'
  | 'PERFORMER'
  | 'SPEAKER'
  | 'SPONSOR';

export type Plan = {
  /** Touches held back by the anti-pestering budget, with the reason. */
  blocked: Array<BlockedTouch>;
  from: Scalars['DateTime']['output'];
  /** Events worth attending, best first. */
  items: Array<PlanItem>;
  to: Scalars['DateTime']['output'];
};

export type PlanAction = {
  blockedReason: Maybe<Scalars['String']['output']>;
  contact: Contact;
  draft: Maybe<Draft>;
  dueAt: Scalars['DateTime']['output'];
  /** The follow-up checklist item this action is (completeFollowUp ticks it off), or null. */
  followUpId: Maybe<Scalars['ID']['output']>;
  id: Scalars['ID']['output'];
  kind: TouchKind;
  latestAt: Scalars['DateTime']['output'];
  sources: Array<SourceRef>;
  status: ActionStatus;
  text: Scalars['String']['output'];
  /** BEFORE or AFTER the event. */
  when: Scalars['String']['output'];
};

export type PlanConflict = {
  event: Event;
};

export type PlanItem = {
  actions: Array<PlanAction>;
  attendance: Maybe<Attendance>;
  conflicts: Array<PlanConflict>;
  event: Event;
  matches: Array<EventMatch>;
  meet: Array<MeetPerson>;
  reasons: Array<PlanReason>;
  score: Scalars['Float']['output'];
};

export type PlanReason = {
  evidence: Array<MatchEvidence>;
  /** PERSON, COMPANY, TOPIC, ATTENDANCE or CADENCE. */
  kind: Scalars['String']['output'];
  text: Scalars['String']['output'];
};

/** The user's own news worth sharing: a shipped project, a talk, a write-up. */
export type ProjectUpdate = {
  createdAt: Scalars['DateTime']['output'];
  id: Scalars['ID']['output'];
  occurredOn: Scalars['LocalDate']['output'];
  summary: Scalars['String']['output'];
  tags: Array<Scalars['String']['output']>;
  title: Scalars['String']['output'];
  url: Maybe<Scalars['String']['output']>;
};

export type ProjectUpdateConnection = {
  edges: Array<ProjectUpdateEdge>;
  pageInfo: PageInfo;
};

export type ProjectUpdateEdge = {
  cursor: Scalars['String']['output'];
  node: ProjectUpdate;
};

export type ProjectUpdateFilter = {
  tag?: InputMaybe<Scalars['String']['input']>;
};

export type Query = {
  /** Touches the anti-pestering budget or a stop rule holds back, with the reason. */
  blockedTouches: Array<BlockedTouch>;
  cadenceRules: CadenceRules;
  /** Whether you have a calendar feed address, and since when (the address itself is not shown again). */
  calendarFeed: CalendarFeed;
  companies: CompanyConnection;
  company: Company;
  contact: Contact;
  contacts: ContactConnection;
  /** Digests sent, skipped or failed, newest first. */
  digestDeliveries: DigestDeliveryConnection;
  /** Your current digest, rendered and not sent. */
  digestPreview: DigestPreview;
  /** When your email digest comes and what it says. */
  digestSettings: DigestSettings;
  event: Event;
  /** Events of the viewer's sources, by start time. */
  events: EventConnection;
  /** Everything you entered, as JSON: profile, sessions, companies, contacts, interviews, interactions, project updates, sources, attendance and cadence rules. Events, matches and plans are derived from these and left out. */
  exportMyData: Scalars['JSONObject']['output'];
  /** The checklist of an event you went to; null before the event ends or when you did not go. */
  followUpChecklist: Maybe<FollowUpChecklist>;
  /** Your checklists, the latest event first. */
  followUpChecklists: FollowUpChecklistConnection;
  /** Your follow-up items across checklists: open and stale by due time first, then snoozed, then closed. */
  followUps: FollowUpItemConnection;
  interaction: Interaction;
  /** Newest first. */
  interactions: InteractionConnection;
  interview: Interview;
  /** Newest first. */
  interviews: InterviewConnection;
  me: User;
  /** The next recommended touch per contact, earliest due first. Nothing is sent for you. */
  nextTouches: Array<TouchSuggestion>;
  /** Events worth your time in [from, to), best first, with whom to meet and what to say. */
  plan: Plan;
  projectUpdate: ProjectUpdate;
  /** Newest first. */
  projectUpdates: ProjectUpdateConnection;
  source: Source;
  /** Your feeds and pages, oldest first. */
  sources: Array<Source>;
};


export type QueryCompaniesArgs = {
  after: InputMaybe<Scalars['String']['input']>;
  filter: InputMaybe<CompanyFilter>;
  first?: Scalars['Int']['input'];
};


export type QueryCompanyArgs = {
  id: Scalars['ID']['input'];
};


export type QueryContactArgs = {
  id: Scalars['ID']['input'];
};


export type QueryContactsArgs = {
  after: InputMaybe<Scalars['String']['input']>;
  filter: InputMaybe<ContactFilter>;
  first?: Scalars['Int']['input'];
};


export type QueryDigestDeliveriesArgs = {
  after: InputMaybe<Scalars['String']['input']>;
  first?: Scalars['Int']['input'];
};


export type QueryEventArgs = {
  id: Scalars['ID']['input'];
};


export type QueryEventsArgs = {
  after: InputMaybe<Scalars['String']['input']>;
  filter: InputMaybe<EventFilter>;
  first?: Scalars['Int']['input'];
};


export type QueryFollowUpChecklistArgs = {
  eventId: Scalars['ID']['input'];
};


export type QueryFollowUpChecklistsArgs = {
  after: InputMaybe<Scalars['String']['input']>;
  first?: Scalars['Int']['input'];
};


export type QueryFollowUpsArgs = {
  after: InputMaybe<Scalars['String']['input']>;
  filter: InputMaybe<FollowUpFilter>;
  first?: Scalars['Int']['input'];
};


export type QueryInteractionArgs = {
  id: Scalars['ID']['input'];
};


export type QueryInteractionsArgs = {
  after: InputMaybe<Scalars['String']['input']>;
  filter: InputMaybe<InteractionFilter>;
  first?: Scalars['Int']['input'];
};


export type QueryInterviewArgs = {
  id: Scalars['ID']['input'];
};


export type QueryInterviewsArgs = {
  after: InputMaybe<Scalars['String']['input']>;
  filter: InputMaybe<InterviewFilter>;
  first?: Scalars['Int']['input'];
};


export type QueryNextTouchesArgs = {
  limit?: Scalars['Int']['input'];
};


export type QueryPlanArgs = {
  from: Scalars['DateTime']['input'];
  includeNotGoing?: Scalars['Boolean']['input'];
  limit?: Scalars['Int']['input'];
  to: Scalars['DateTime']['input'];
};


export type QueryProjectUpdateArgs = {
  id: Scalars['ID']['input'];
};


export type QueryProjectUpdatesArgs = {
  after: InputMaybe<Scalars['String']['input']>;
  filter: InputMaybe<ProjectUpdateFilter>;
  first?: Scalars['Int']['input'];
};


export type QuerySourceArgs = {
  id: Scalars['ID']['input'];
};

export type RecordInterviewInput = {
  companyId: Scalars['ID']['input'];
  concerns?: InputMaybe<Array<Scalars['String']['input']>>;
  /** The interviewers. */
  contactIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  notes?: InputMaybe<Scalars['String']['input']>;
  occurredAt: Scalars['DateTime']['input'];
  promises?: InputMaybe<Array<Scalars['String']['input']>>;
  questionsAsked?: InputMaybe<Array<Scalars['String']['input']>>;
  title?: InputMaybe<Scalars['String']['input']>;
  topics?: InputMaybe<Array<Scalars['String']['input']>>;
};

export type RecordMetInput = {
  /** Tracked people you met there. */
  contactIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  eventId: Scalars['ID']['input'];
  /** When you met; the event’s end by default. */
  metAt?: InputMaybe<Scalars['DateTime']['input']>;
  newPeople?: InputMaybe<Array<MetPersonInput>>;
  /** Notes on the conversation (with everyone named here), kept on the meeting. */
  notes?: InputMaybe<Scalars['String']['input']>;
  /** When your promises are due; without it, within the checklist rule (3 days). */
  promisedBy?: InputMaybe<Scalars['DateTime']['input']>;
  /** What you promised (everyone named here); each becomes its own item. */
  promises?: InputMaybe<Array<Scalars['String']['input']>>;
  /** What you talked about (with everyone named here), as short phrases: drafts recall them. */
  topics?: InputMaybe<Array<Scalars['String']['input']>>;
};

export type RegisterInput = {
  email: Scalars['String']['input'];
  /** 8 to 200 characters, not easy to guess: common passwords, keyboard patterns, repeats and your email are refused. */
  password: Scalars['String']['input'];
  /** true: the session is an httpOnly cookie (for the web app) and `token` in the answer is null, so page scripts never see it. Requests over the cookie must send the X-Topofmind-CSRF header. */
  session?: InputMaybe<Scalars['Boolean']['input']>;
  /** IANA time zone, e.g. "Europe/Berlin". Defaults to UTC. */
  timeZone?: InputMaybe<Scalars['String']['input']>;
};

export type Relationship = {
  blocked: Maybe<BlockedTouch>;
  cadence: CadenceStatus;
  interviewCount: Scalars['Int']['output'];
  lastTouchAt: Maybe<Scalars['DateTime']['output']>;
  lastTouchKind: Maybe<Scalars['String']['output']>;
  nextTouch: Maybe<TouchSuggestion>;
  /** e.g. "Last touch: email on 12 Nov (1 unanswered). Interviewed on 3 Nov." */
  summary: Scalars['String']['output'];
  unansweredTouches: Scalars['Int']['output'];
};

export type SentTouchKind =
  | 'CALL'
  | 'COFFEE'
  | 'COFFEE_INVITE'
  | 'EMAIL'
  | 'EVENT_INTRODUCTION'
  | 'FOLLOW_UP_EMAIL'
  | 'LINKEDIN_CONNECT'
  | 'MET_AT_EVENT'
  | 'OTHER'
  | 'PROJECT_UPDATE';

/** A feed or page the user follows. */
export type Source = {
  createdAt: Scalars['DateTime']['output'];
  defaultTimeZone: Scalars['String']['output'];
  /** What AUTO turned out to be. */
  detectedKind: Maybe<SourceKind>;
  /** Events of yours this source lists. */
  eventCount: Scalars['Int']['output'];
  id: Scalars['ID']['output'];
  kind: SourceKind;
  /** What went wrong at the last fetch, and what to do about it. */
  lastError: Maybe<Scalars['String']['output']>;
  lastFetchedAt: Maybe<Scalars['DateTime']['output']>;
  lastSuccessAt: Maybe<Scalars['DateTime']['output']>;
  name: Scalars['String']['output'];
  /** When refreshSource may be called again for this source (once a minute); null: now. */
  nextManualRefreshAt: Maybe<Scalars['DateTime']['output']>;
  nextRefreshAt: Maybe<Scalars['DateTime']['output']>;
  /** Selector recipe for pages without structured data. */
  recipe: Maybe<Scalars['JSONObject']['output']>;
  refreshMinutes: Scalars['Int']['output'];
  status: SourceStatus;
  /** Null for an uploaded calendar. */
  url: Maybe<Scalars['String']['output']>;
  /** The same warnings with their line numbers and UIDs. */
  warningDetails: Array<SourceWarning>;
  /** What the last fetch skipped and why, one line each ("line 12: ..."). */
  warnings: Array<Scalars['String']['output']>;
};

export type SourceKind =
  | 'AUTO'
  | 'HTML'
  | 'ICAL';

/** Where a sentence comes from in your own data. */
export type SourceKindRef =
  | 'COMPANY'
  | 'CONTACT_NOTE'
  | 'EVENT'
  | 'INTERACTION'
  | 'INTERVIEW'
  | 'PROJECT_UPDATE';

/** An interview, interaction, project update, event, note or company of yours. */
export type SourceRef = {
  id: Scalars['ID']['output'];
  kind: SourceKindRef;
};

export type SourceStatus =
  | 'ERROR'
  | 'OK'
  | 'PENDING';

export type SourceWarning = {
  /** Line of the input, when known. */
  line: Maybe<Scalars['Int']['output']>;
  message: Scalars['String']['output'];
  uid: Maybe<Scalars['String']['output']>;
};

/** A sentence grounded in your own data; sources says where from. */
export type TalkingPoint = {
  kind: Scalars['String']['output'];
  sources: Array<SourceRef>;
  text: Scalars['String']['output'];
};

export type ThankYouRules = {
  withinHours: Scalars['Int']['output'];
};

export type ThankYouRulesInput = {
  withinHours?: InputMaybe<Scalars['Int']['input']>;
};

export type TouchKind =
  | 'COFFEE_INVITE'
  | 'EVENT_INTRODUCTION'
  | 'FOLLOW_UP_EMAIL'
  | 'LINKEDIN_CONNECT'
  | 'PROJECT_UPDATE';

export type TouchSuggestion = {
  channel: DraftChannel;
  contact: Contact;
  /** Within the channel limit: LinkedIn notes 200 characters (300 premium), emails about 150 words. */
  draft: Scalars['String']['output'];
  dueAt: Scalars['DateTime']['output'];
  /** The follow-up checklist item this touch is (completeFollowUp ticks it off), or null. */
  followUpId: Maybe<Scalars['ID']['output']>;
  /** Stable while the situation is the same. */
  id: Scalars['ID']['output'];
  kind: TouchKind;
  latestAt: Maybe<Scalars['DateTime']['output']>;
  overdue: Scalars['Boolean']['output'];
  reason: Scalars['String']['output'];
  remindAt: Array<Scalars['DateTime']['output']>;
  /** The cadence rule behind it. */
  rule: Scalars['String']['output'];
  sources: Array<SourceRef>;
  subject: Maybe<Scalars['String']['output']>;
};

export type UpdateCompanyInput = {
  aliases?: InputMaybe<Array<Scalars['String']['input']>>;
  /** Host names or URLs; stored as bare lower-case hosts. */
  domains?: InputMaybe<Array<Scalars['String']['input']>>;
  name?: InputMaybe<Scalars['String']['input']>;
  notes?: InputMaybe<Scalars['String']['input']>;
  roleTitle?: InputMaybe<Scalars['String']['input']>;
  status?: InputMaybe<ApplicationStatus>;
};

export type UpdateContactInput = {
  aliases?: InputMaybe<Array<Scalars['String']['input']>>;
  companyId?: InputMaybe<Scalars['ID']['input']>;
  email?: InputMaybe<Scalars['String']['input']>;
  interests?: InputMaybe<Array<Scalars['String']['input']>>;
  linkedinConnected?: InputMaybe<Scalars['Boolean']['input']>;
  linkedinUrl?: InputMaybe<Scalars['String']['input']>;
  name?: InputMaybe<Scalars['String']['input']>;
  notes?: InputMaybe<Scalars['String']['input']>;
  role?: InputMaybe<ContactRole>;
  title?: InputMaybe<Scalars['String']['input']>;
};

export type UpdateDigestSettingsInput = {
  frequency?: InputMaybe<DigestFrequency>;
  /** "HH:MM", 24 h, in your zone. */
  localTime?: InputMaybe<Scalars['String']['input']>;
  /** The sections to include, in any order; the digest keeps its own order. */
  sections?: InputMaybe<Array<DigestSection>>;
  skipWhenEmpty?: InputMaybe<Scalars['Boolean']['input']>;
  weekday?: InputMaybe<Weekday>;
};

export type UpdateInteractionInput = {
  /** True for an outbound touch that expects an answer. */
  awaitingReply?: InputMaybe<Scalars['Boolean']['input']>;
  direction?: InputMaybe<InteractionDirection>;
  kind?: InputMaybe<InteractionKind>;
  notes?: InputMaybe<Scalars['String']['input']>;
  occurredAt?: InputMaybe<Scalars['DateTime']['input']>;
};

export type UpdateInterviewInput = {
  companyId?: InputMaybe<Scalars['ID']['input']>;
  concerns?: InputMaybe<Array<Scalars['String']['input']>>;
  /** The interviewers. */
  contactIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  notes?: InputMaybe<Scalars['String']['input']>;
  occurredAt?: InputMaybe<Scalars['DateTime']['input']>;
  promises?: InputMaybe<Array<Scalars['String']['input']>>;
  questionsAsked?: InputMaybe<Array<Scalars['String']['input']>>;
  title?: InputMaybe<Scalars['String']['input']>;
  topics?: InputMaybe<Array<Scalars['String']['input']>>;
};

export type UpdateProfileInput = {
  /** Signs your drafts; blank or null removes it. */
  displayName?: InputMaybe<Scalars['String']['input']>;
  interests?: InputMaybe<Array<Scalars['String']['input']>>;
  linkedinPremium?: InputMaybe<Scalars['Boolean']['input']>;
  targetRoles?: InputMaybe<Array<Scalars['String']['input']>>;
  timeZone?: InputMaybe<Scalars['String']['input']>;
};

export type UpdateProjectUpdateInput = {
  /** Defaults to today. */
  occurredOn?: InputMaybe<Scalars['LocalDate']['input']>;
  summary?: InputMaybe<Scalars['String']['input']>;
  tags?: InputMaybe<Array<Scalars['String']['input']>>;
  title?: InputMaybe<Scalars['String']['input']>;
  url?: InputMaybe<Scalars['String']['input']>;
};

export type UpdateSourceInput = {
  name?: InputMaybe<Scalars['String']['input']>;
  refreshMinutes?: InputMaybe<Scalars['Int']['input']>;
};

export type User = {
  createdAt: Scalars['DateTime']['output'];
  /** Your name as the drafts sign it; null leaves them signed "Best," alone. */
  displayName: Maybe<Scalars['String']['output']>;
  email: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  /** Topics you care about; events on these topics are matched. */
  interests: Array<Scalars['String']['output']>;
  /** Premium LinkedIn accounts allow 300-character connection notes (else 200). */
  linkedinPremium: Scalars['Boolean']['output'];
  /** Roles you are aiming for; events on these topics are matched. */
  targetRoles: Array<Scalars['String']['output']>;
  /** IANA time zone used for dates shown to this user. */
  timeZone: Scalars['String']['output'];
};

export type Venue = {
  address: Maybe<Scalars['String']['output']>;
  name: Maybe<Scalars['String']['output']>;
};

export type Weekday =
  | 'FRIDAY'
  | 'MONDAY'
  | 'SATURDAY'
  | 'SUNDAY'
  | 'THURSDAY'
  | 'TUESDAY'
  | 'WEDNESDAY';

export type MarkTouchSentMutationVariables = Exact<{
  input: MarkTouchSentInput;
}>;


export type MarkTouchSentMutation = { markTouchSent: { id: string, occurredAt: string } };

export type CompleteFollowUpMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type CompleteFollowUpMutation = { completeFollowUp: { id: string, status: FollowUpStatus, completedAt: string | null } };

export type SetAttendanceMutationVariables = Exact<{
  eventId: Scalars['ID']['input'];
  status: Attendance;
}>;


export type SetAttendanceMutation = { setAttendance: { id: string, attendance: Attendance | null } };

export type ViewerQueryVariables = Exact<{ [key: string]: never; }>;


export type ViewerQuery = { me: { id: string, email: string, displayName: string | null, timeZone: string, targetRoles: Array<string>, interests: Array<string>, linkedinPremium: boolean, createdAt: string } };

export type SignInMutationVariables = Exact<{
  input: LoginInput;
}>;


export type SignInMutation = { login: { user: { id: string } } };

export type SignUpMutationVariables = Exact<{
  input: RegisterInput;
}>;


export type SignUpMutation = { register: { user: { id: string } } };

export type SignOutMutationVariables = Exact<{ [key: string]: never; }>;


export type SignOutMutation = { logout: boolean };

export type CompaniesCreateCompanyMutationVariables = Exact<{
  input: CreateCompanyInput;
}>;


export type CompaniesCreateCompanyMutation = { createCompany: { id: string, name: string } };

export type CompaniesListQueryVariables = Exact<{
  filter: InputMaybe<CompanyFilter>;
  first: Scalars['Int']['input'];
  after: InputMaybe<Scalars['String']['input']>;
}>;


export type CompaniesListQuery = { companies: { edges: Array<{ node: { id: string, name: string, roleTitle: string | null, status: ApplicationStatus, domains: Array<string>, contacts: Array<{ id: string }> } }>, pageInfo: { endCursor: string | null, hasNextPage: boolean } } };

export type CompanyUpdateMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  input: UpdateCompanyInput;
}>;


export type CompanyUpdateMutation = { updateCompany: { id: string, name: string, aliases: Array<string>, domains: Array<string>, notes: string, roleTitle: string | null, status: ApplicationStatus } };

export type CompanyDeleteMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type CompanyDeleteMutation = { deleteCompany: string };

export type CompanyEventsQueryVariables = Exact<{
  from: Scalars['DateTime']['input'];
  first: Scalars['Int']['input'];
  after: InputMaybe<Scalars['String']['input']>;
}>;


export type CompanyEventsQuery = { events: { edges: Array<{ node: { id: string, title: string, startsAt: string, endsAt: string | null, status: EventStatus, matches: Array<{ id: string, reason: string, company: { id: string } | null, contact: { id: string, companyId: string | null } | null }> } }>, pageInfo: { endCursor: string | null, hasNextPage: boolean } } };

export type CompanyFieldsFragment = { id: string, name: string, aliases: Array<string>, domains: Array<string>, notes: string, roleTitle: string | null, status: ApplicationStatus };

export type CompanyPageQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type CompanyPageQuery = { company: { id: string, name: string, aliases: Array<string>, domains: Array<string>, notes: string, roleTitle: string | null, status: ApplicationStatus, contacts: Array<{ id: string, name: string, title: string | null, role: ContactRole }>, interviews: Array<{ id: string, title: string | null, occurredAt: string, contacts: Array<{ id: string, name: string }> }> } };

export type EventCardFieldsFragment = { id: string, title: string, status: EventStatus, allDay: boolean, start: string, end: string | null, startsAt: string, endsAt: string | null, timeZone: string | null, floating: boolean, location: string | null, onlineUrl: string | null, url: string | null, attendance: Attendance | null, venue: { name: string | null, address: string | null } | null, sources: Array<{ id: string, name: string }>, changes: Array<{ kind: EventChangeKind, detectedAt: string, oldStart: string | null, newStart: string | null, oldEnd: string | null, newEnd: string | null, oldStatus: EventStatus | null, newStatus: EventStatus | null, reason: string | null }>, matches: Array<{ id: string, kind: MatchKind, role: MatchRole, reason: string, evidence: string, score: number, topic: string | null, contact: { id: string, name: string } | null, company: { id: string, name: string } | null }> };

export type EventsQueryVariables = Exact<{
  first: Scalars['Int']['input'];
  after: InputMaybe<Scalars['String']['input']>;
  filter: InputMaybe<EventFilter>;
}>;


export type EventsQuery = { events: { edges: Array<{ cursor: string, node: { id: string, title: string, status: EventStatus, allDay: boolean, start: string, end: string | null, startsAt: string, endsAt: string | null, timeZone: string | null, floating: boolean, location: string | null, onlineUrl: string | null, url: string | null, attendance: Attendance | null, venue: { name: string | null, address: string | null } | null, sources: Array<{ id: string, name: string }>, changes: Array<{ kind: EventChangeKind, detectedAt: string, oldStart: string | null, newStart: string | null, oldEnd: string | null, newEnd: string | null, oldStatus: EventStatus | null, newStatus: EventStatus | null, reason: string | null }>, matches: Array<{ id: string, kind: MatchKind, role: MatchRole, reason: string, evidence: string, score: number, topic: string | null, contact: { id: string, name: string } | null, company: { id: string, name: string } | null }> } }>, pageInfo: { endCursor: string | null, hasNextPage: boolean } } };

export type AnyEventQueryVariables = Exact<{ [key: string]: never; }>;


export type AnyEventQuery = { events: { edges: Array<{ node: { id: string } }> } };

export type EventSourceNamesQueryVariables = Exact<{ [key: string]: never; }>;


export type EventSourceNamesQuery = { sources: Array<{ id: string, name: string }> };

export type EventQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type EventQuery = { event: { description: string | null, categories: Array<string>, recurring: boolean, mergeReasons: Array<string>, id: string, title: string, status: EventStatus, allDay: boolean, start: string, end: string | null, startsAt: string, endsAt: string | null, timeZone: string | null, floating: boolean, location: string | null, onlineUrl: string | null, url: string | null, attendance: Attendance | null, organizer: { name: string | null, email: string | null } | null, performers: Array<{ name: string, role: PersonRole, affiliation: string | null, url: string | null }>, matches: Array<{ id: string, kind: MatchKind, role: MatchRole, reason: string, evidence: string, score: number, topic: string | null, evidenceDetails: Array<{ field: string, snippet: string }>, contact: { id: string, name: string } | null, company: { id: string, name: string } | null }>, venue: { name: string | null, address: string | null } | null, sources: Array<{ id: string, name: string }>, changes: Array<{ kind: EventChangeKind, detectedAt: string, oldStart: string | null, newStart: string | null, oldEnd: string | null, newEnd: string | null, oldStatus: EventStatus | null, newStatus: EventStatus | null, reason: string | null }> } };

export type EventChecklistQueryVariables = Exact<{
  eventId: Scalars['ID']['input'];
}>;


export type EventChecklistQuery = { followUpChecklist: { id: string, needsAttendees: boolean, needsConfirmation: boolean, items: Array<{ id: string, status: FollowUpStatus }> } | null };

export type FollowUpItemFieldsFragment = { id: string, kind: FollowUpKind, status: FollowUpStatus, overdue: boolean, text: string, channel: DraftChannel | null, subject: string | null, draft: string | null, dueAt: string, latestAt: string | null, snoozedUntil: string | null, completedAt: string | null, skipReason: string | null, closedReason: string | null, staleSuggestion: string | null, blockedReason: string | null, availableAt: string | null, contact: { id: string, name: string, title: string | null, company: { id: string, name: string } | null } | null, event: { id: string, title: string, allDay: boolean, start: string, end: string | null, startsAt: string, endsAt: string | null }, sources: Array<{ id: string, kind: SourceKindRef }> };

export type FollowUpChecklistFieldsFragment = { id: string, needsAttendees: boolean, needsConfirmation: boolean, event: { id: string, title: string, allDay: boolean, start: string, end: string | null, startsAt: string, endsAt: string | null, attendance: Attendance | null, matches: Array<{ id: string, contact: { id: string, name: string, title: string | null, company: { id: string, name: string } | null } | null }> }, items: Array<{ id: string, kind: FollowUpKind, status: FollowUpStatus, overdue: boolean, text: string, channel: DraftChannel | null, subject: string | null, draft: string | null, dueAt: string, latestAt: string | null, snoozedUntil: string | null, completedAt: string | null, skipReason: string | null, closedReason: string | null, staleSuggestion: string | null, blockedReason: string | null, availableAt: string | null, contact: { id: string, name: string, title: string | null, company: { id: string, name: string } | null } | null, event: { id: string, title: string, allDay: boolean, start: string, end: string | null, startsAt: string, endsAt: string | null }, sources: Array<{ id: string, kind: SourceKindRef }> }> };

export type FollowUpChecklistsQueryVariables = Exact<{
  first: Scalars['Int']['input'];
  after: InputMaybe<Scalars['String']['input']>;
}>;


export type FollowUpChecklistsQuery = { followUpChecklists: { edges: Array<{ node: { id: string, needsAttendees: boolean, needsConfirmation: boolean, event: { id: string, title: string, allDay: boolean, start: string, end: string | null, startsAt: string, endsAt: string | null, attendance: Attendance | null, matches: Array<{ id: string, contact: { id: string, name: string, title: string | null, company: { id: string, name: string } | null } | null }> }, items: Array<{ id: string, kind: FollowUpKind, status: FollowUpStatus, overdue: boolean, text: string, channel: DraftChannel | null, subject: string | null, draft: string | null, dueAt: string, latestAt: string | null, snoozedUntil: string | null, completedAt: string | null, skipReason: string | null, closedReason: string | null, staleSuggestion: string | null, blockedReason: string | null, availableAt: string | null, contact: { id: string, name: string, title: string | null, company: { id: string, name: string } | null } | null, event: { id: string, title: string, allDay: boolean, start: string, end: string | null, startsAt: string, endsAt: string | null }, sources: Array<{ id: string, kind: SourceKindRef }> }> } }>, pageInfo: { endCursor: string | null, hasNextPage: boolean } } };

export type EventFollowUpChecklistQueryVariables = Exact<{
  eventId: Scalars['ID']['input'];
}>;


export type EventFollowUpChecklistQuery = { followUpChecklist: { id: string, needsAttendees: boolean, needsConfirmation: boolean, event: { id: string, title: string, allDay: boolean, start: string, end: string | null, startsAt: string, endsAt: string | null, attendance: Attendance | null, matches: Array<{ id: string, contact: { id: string, name: string, title: string | null, company: { id: string, name: string } | null } | null }> }, items: Array<{ id: string, kind: FollowUpKind, status: FollowUpStatus, overdue: boolean, text: string, channel: DraftChannel | null, subject: string | null, draft: string | null, dueAt: string, latestAt: string | null, snoozedUntil: string | null, completedAt: string | null, skipReason: string | null, closedReason: string | null, staleSuggestion: string | null, blockedReason: string | null, availableAt: string | null, contact: { id: string, name: string, title: string | null, company: { id: string, name: string } | null } | null, event: { id: string, title: string, allDay: boolean, start: string, end: string | null, startsAt: string, endsAt: string | null }, sources: Array<{ id: string, kind: SourceKindRef }> }> } | null };

export type FollowUpsQueryVariables = Exact<{
  filter: InputMaybe<FollowUpFilter>;
  first: Scalars['Int']['input'];
  after: InputMaybe<Scalars['String']['input']>;
}>;


export type FollowUpsQuery = { followUps: { edges: Array<{ node: { id: string, kind: FollowUpKind, status: FollowUpStatus, overdue: boolean, text: string, channel: DraftChannel | null, subject: string | null, draft: string | null, dueAt: string, latestAt: string | null, snoozedUntil: string | null, completedAt: string | null, skipReason: string | null, closedReason: string | null, staleSuggestion: string | null, blockedReason: string | null, availableAt: string | null, contact: { id: string, name: string, title: string | null, company: { id: string, name: string } | null } | null, event: { id: string, title: string, allDay: boolean, start: string, end: string | null, startsAt: string, endsAt: string | null }, sources: Array<{ id: string, kind: SourceKindRef }> } }>, pageInfo: { endCursor: string | null, hasNextPage: boolean } } };

export type MetContactSearchQueryVariables = Exact<{
  search: Scalars['String']['input'];
}>;


export type MetContactSearchQuery = { contacts: { edges: Array<{ node: { id: string, name: string, title: string | null, company: { id: string, name: string } | null } }> } };

export type RecordMetMutationVariables = Exact<{
  input: RecordMetInput;
}>;


export type RecordMetMutation = { recordMet: { id: string, needsAttendees: boolean, needsConfirmation: boolean } };

export type SkipFollowUpItemMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  reason: Scalars['String']['input'];
}>;


export type SkipFollowUpItemMutation = { skipFollowUp: { id: string, status: FollowUpStatus, skipReason: string | null } };

export type SnoozeFollowUpItemMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  until: Scalars['DateTime']['input'];
}>;


export type SnoozeFollowUpItemMutation = { snoozeFollowUp: { id: string, status: FollowUpStatus, snoozedUntil: string | null } };

export type PeopleCadenceQueryVariables = Exact<{ [key: string]: never; }>;


export type PeopleCadenceQuery = { nextTouches: Array<{ id: string, kind: TouchKind, channel: DraftChannel, dueAt: string, latestAt: string | null, overdue: boolean, reason: string, rule: string, subject: string | null, draft: string, followUpId: string | null, contact: { id: string } }>, blockedTouches: Array<{ id: string, kind: TouchKind, reason: string, blockedBy: string, rule: string, availableAt: string | null, wouldBeDueAt: string, contact: { id: string } }> };

export type PeopleCompanyOptionsQueryVariables = Exact<{
  search: Scalars['String']['input'];
}>;


export type PeopleCompanyOptionsQuery = { companies: { edges: Array<{ node: { id: string, name: string, aliases: Array<string> } }> } };

export type PeopleCreateCompanyByNameMutationVariables = Exact<{
  input: CreateCompanyInput;
}>;


export type PeopleCreateCompanyByNameMutation = { createCompany: { id: string, name: string } };

export type PersonLogTouchMutationVariables = Exact<{
  input: LogInteractionInput;
}>;


export type PersonLogTouchMutation = { logInteraction: { id: string, occurredAt: string } };

export type PeopleCreatePersonMutationVariables = Exact<{
  input: CreateContactInput;
}>;


export type PeopleCreatePersonMutation = { createContact: { id: string, name: string } };

export type PeopleListQueryVariables = Exact<{
  filter: InputMaybe<ContactFilter>;
  first: Scalars['Int']['input'];
  after: InputMaybe<Scalars['String']['input']>;
}>;


export type PeopleListQuery = { contacts: { edges: Array<{ node: { id: string, name: string, title: string | null, role: ContactRole, company: { id: string, name: string } | null } }>, pageInfo: { endCursor: string | null, hasNextPage: boolean } } };

export type PersonUpdateMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  input: UpdateContactInput;
}>;


export type PersonUpdateMutation = { updateContact: { id: string, name: string, title: string | null, role: ContactRole, email: string | null, linkedinUrl: string | null, linkedinConnected: boolean, interests: Array<string>, aliases: Array<string>, notes: string, company: { id: string, name: string } | null } };

export type PersonDeleteMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type PersonDeleteMutation = { deleteContact: string };

export type PersonFieldsFragment = { id: string, name: string, title: string | null, role: ContactRole, email: string | null, linkedinUrl: string | null, linkedinConnected: boolean, interests: Array<string>, aliases: Array<string>, notes: string, company: { id: string, name: string } | null };

export type PersonPageQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type PersonPageQuery = { contact: { id: string, name: string, title: string | null, role: ContactRole, email: string | null, linkedinUrl: string | null, linkedinConnected: boolean, interests: Array<string>, aliases: Array<string>, notes: string, interviews: Array<{ id: string, title: string | null, occurredAt: string, topics: Array<string>, questionsAsked: Array<string>, concerns: Array<string>, promises: Array<string>, notes: string, company: { id: string, name: string }, contacts: Array<{ id: string, name: string }> }>, company: { id: string, name: string } | null } };

export type PersonRecordInterviewMutationVariables = Exact<{
  input: RecordInterviewInput;
}>;


export type PersonRecordInterviewMutation = { recordInterview: { id: string } };

export type PersonTouchesQueryVariables = Exact<{
  contactId: Scalars['ID']['input'];
  first: Scalars['Int']['input'];
  after: InputMaybe<Scalars['String']['input']>;
}>;


export type PersonTouchesQuery = { interactions: { edges: Array<{ node: { id: string, kind: InteractionKind, direction: InteractionDirection, occurredAt: string, notes: string, awaitingReply: boolean } }>, pageInfo: { endCursor: string | null, hasNextPage: boolean } } };

export type PlanQueryVariables = Exact<{
  from: Scalars['DateTime']['input'];
  to: Scalars['DateTime']['input'];
}>;


export type PlanQuery = { plan: { from: string, to: string, items: Array<{ score: number, attendance: Attendance | null, event: { id: string, title: string, allDay: boolean, start: string, end: string | null, startsAt: string, endsAt: string | null, status: EventStatus, location: string | null, onlineUrl: string | null, venue: { name: string | null } | null }, reasons: Array<{ kind: string, text: string, evidence: Array<{ field: string, snippet: string }> }>, conflicts: Array<{ event: { id: string, title: string, allDay: boolean, start: string, end: string | null, startsAt: string, endsAt: string | null, attendance: Attendance | null } }>, meet: Array<{ why: string, contact: { id: string, name: string, title: string | null, company: { id: string, name: string } | null }, relationship: { summary: string }, talkingPoints: Array<{ kind: string, text: string, sources: Array<{ id: string, kind: SourceKindRef }> }> }>, actions: Array<{ id: string, when: string, kind: TouchKind, text: string, status: ActionStatus, dueAt: string, latestAt: string, blockedReason: string | null, followUpId: string | null, contact: { id: string, name: string, company: { id: string, name: string } | null }, draft: { channel: DraftChannel, subject: string | null, body: string } | null, sources: Array<{ id: string, kind: SourceKindRef }> }> }> } };

export type NextTouchesQueryVariables = Exact<{ [key: string]: never; }>;


export type NextTouchesQuery = { nextTouches: Array<{ id: string, kind: TouchKind, channel: DraftChannel, reason: string, rule: string, dueAt: string, latestAt: string | null, overdue: boolean, subject: string | null, draft: string, followUpId: string | null, contact: { id: string, name: string, title: string | null, company: { id: string, name: string } | null }, sources: Array<{ id: string, kind: SourceKindRef }> }> };

export type BlockedTouchesQueryVariables = Exact<{ [key: string]: never; }>;


export type BlockedTouchesQuery = { blockedTouches: Array<{ id: string, kind: TouchKind, blockedBy: string, reason: string, rule: string, availableAt: string | null, wouldBeDueAt: string, contact: { id: string, name: string, company: { id: string, name: string } | null } }> };

export type PlanSetupQueryVariables = Exact<{ [key: string]: never; }>;


export type PlanSetupQuery = { sources: Array<{ id: string }>, contacts: { edges: Array<{ node: { id: string } }> } };

export type CadenceRulesFieldsFragment = { thankYou: { withinHours: number }, interviewSilence: { firstCheckInDays: number, firstCheckInBusinessDays: boolean, repeatCheckInMinDays: number, repeatCheckInMaxDays: number, repeatCheckInBusinessDays: boolean, stopAfterUnanswered: number }, metAtEvent: { followUpMinDays: number, followUpMaxDays: number, followUpBusinessDays: boolean, linkedinNoteWithinHours: number, reminderAfterDays: number, maxReminders: number }, coffeeRequest: { waitDays: number, maxMessages: number }, keepInTouch: { idealDays: number, maxDays: number }, eventHeadsUp: { daysBefore: Array<number> }, linkedinNote: { maxChars: number, premiumMaxChars: number }, email: { maxWords: number }, checklist: { promiseWithinDays: number, projectUpdateAfterDays: number, staleAfterDays: number }, budget: { windowDays: number, maxUnansweredPerWindow: number, maxUnansweredTotal: number } };

export type CadenceRulesQueryVariables = Exact<{ [key: string]: never; }>;


export type CadenceRulesQuery = { cadenceRules: { thankYou: { withinHours: number }, interviewSilence: { firstCheckInDays: number, firstCheckInBusinessDays: boolean, repeatCheckInMinDays: number, repeatCheckInMaxDays: number, repeatCheckInBusinessDays: boolean, stopAfterUnanswered: number }, metAtEvent: { followUpMinDays: number, followUpMaxDays: number, followUpBusinessDays: boolean, linkedinNoteWithinHours: number, reminderAfterDays: number, maxReminders: number }, coffeeRequest: { waitDays: number, maxMessages: number }, keepInTouch: { idealDays: number, maxDays: number }, eventHeadsUp: { daysBefore: Array<number> }, linkedinNote: { maxChars: number, premiumMaxChars: number }, email: { maxWords: number }, checklist: { promiseWithinDays: number, projectUpdateAfterDays: number, staleAfterDays: number }, budget: { windowDays: number, maxUnansweredPerWindow: number, maxUnansweredTotal: number } } };

export type UpdateCadenceRulesMutationVariables = Exact<{
  input: CadenceRulesInput;
}>;


export type UpdateCadenceRulesMutation = { updateCadenceRules: { thankYou: { withinHours: number }, interviewSilence: { firstCheckInDays: number, firstCheckInBusinessDays: boolean, repeatCheckInMinDays: number, repeatCheckInMaxDays: number, repeatCheckInBusinessDays: boolean, stopAfterUnanswered: number }, metAtEvent: { followUpMinDays: number, followUpMaxDays: number, followUpBusinessDays: boolean, linkedinNoteWithinHours: number, reminderAfterDays: number, maxReminders: number }, coffeeRequest: { waitDays: number, maxMessages: number }, keepInTouch: { idealDays: number, maxDays: number }, eventHeadsUp: { daysBefore: Array<number> }, linkedinNote: { maxChars: number, premiumMaxChars: number }, email: { maxWords: number }, checklist: { promiseWithinDays: number, projectUpdateAfterDays: number, staleAfterDays: number }, budget: { windowDays: number, maxUnansweredPerWindow: number, maxUnansweredTotal: number } } };

export type CalendarFeedQueryVariables = Exact<{ [key: string]: never; }>;


export type CalendarFeedQuery = { calendarFeed: { createdAt: string | null } };

export type RotateCalendarFeedMutationVariables = Exact<{ [key: string]: never; }>;


export type RotateCalendarFeedMutation = { rotateCalendarFeedToken: { url: string | null, createdAt: string | null } };

export type ChangePasswordMutationVariables = Exact<{
  input: ChangePasswordInput;
}>;


export type ChangePasswordMutation = { changePassword: { user: { id: string } } };

export type DeleteAccountMutationVariables = Exact<{
  input: DeleteAccountInput;
}>;


export type DeleteAccountMutation = { deleteAccount: boolean };

export type RecentDigestDeliveriesQueryVariables = Exact<{ [key: string]: never; }>;


export type RecentDigestDeliveriesQuery = { digestDeliveries: { edges: Array<{ node: { id: string, status: DigestDeliveryStatus, subject: string | null, error: string | null, test: boolean, createdAt: string, sentAt: string | null } }> } };

export type DigestPreviewQueryVariables = Exact<{ [key: string]: never; }>;


export type DigestPreviewQuery = { digestPreview: { subject: string, text: string } };

export type DigestSettingsQueryVariables = Exact<{ [key: string]: never; }>;


export type DigestSettingsQuery = { digestSettings: { frequency: DigestFrequency, weekday: Weekday, localTime: string, sections: Array<DigestSection>, skipWhenEmpty: boolean, paused: boolean, lastError: string | null, lastSentAt: string | null, nextSendAt: string | null } };

export type UpdateDigestSettingsMutationVariables = Exact<{
  input: UpdateDigestSettingsInput;
}>;


export type UpdateDigestSettingsMutation = { updateDigestSettings: { frequency: DigestFrequency, weekday: Weekday, localTime: string, sections: Array<DigestSection>, skipWhenEmpty: boolean, paused: boolean, lastError: string | null, lastSentAt: string | null, nextSendAt: string | null } };

export type SendTestDigestMutationVariables = Exact<{ [key: string]: never; }>;


export type SendTestDigestMutation = { sendTestDigest: { id: string, status: DigestDeliveryStatus, subject: string | null, error: string | null, sentAt: string | null, createdAt: string, test: boolean, periodKey: string } };

export type ExportMyDataQueryVariables = Exact<{ [key: string]: never; }>;


export type ExportMyDataQuery = { exportMyData: Record<string, unknown> };

export type UpdateProfileMutationVariables = Exact<{
  input: UpdateProfileInput;
}>;


export type UpdateProfileMutation = { updateProfile: { id: string, email: string, displayName: string | null, timeZone: string, targetRoles: Array<string>, interests: Array<string>, linkedinPremium: boolean, createdAt: string } };

export type SignOutEverywhereMutationVariables = Exact<{ [key: string]: never; }>;


export type SignOutEverywhereMutation = { signOutEverywhere: boolean };

export type SourceFieldsFragment = { id: string, name: string, url: string | null, kind: SourceKind, detectedKind: SourceKind | null, status: SourceStatus, lastFetchedAt: string | null, lastSuccessAt: string | null, lastError: string | null, warnings: Array<string>, nextRefreshAt: string | null, nextManualRefreshAt: string | null, refreshMinutes: number, defaultTimeZone: string, recipe: Record<string, unknown> | null, eventCount: number, createdAt: string, warningDetails: Array<{ line: number | null, uid: string | null, message: string }> };

export type SourcesQueryVariables = Exact<{ [key: string]: never; }>;


export type SourcesQuery = { sources: Array<{ id: string, name: string, url: string | null, kind: SourceKind, detectedKind: SourceKind | null, status: SourceStatus, lastFetchedAt: string | null, lastSuccessAt: string | null, lastError: string | null, warnings: Array<string>, nextRefreshAt: string | null, nextManualRefreshAt: string | null, refreshMinutes: number, defaultTimeZone: string, recipe: Record<string, unknown> | null, eventCount: number, createdAt: string, warningDetails: Array<{ line: number | null, uid: string | null, message: string }> }> };

export type SourceQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type SourceQuery = { source: { id: string, name: string, url: string | null, kind: SourceKind, detectedKind: SourceKind | null, status: SourceStatus, lastFetchedAt: string | null, lastSuccessAt: string | null, lastError: string | null, warnings: Array<string>, nextRefreshAt: string | null, nextManualRefreshAt: string | null, refreshMinutes: number, defaultTimeZone: string, recipe: Record<string, unknown> | null, eventCount: number, createdAt: string, warningDetails: Array<{ line: number | null, uid: string | null, message: string }> } };

export type CreateSourceMutationVariables = Exact<{
  input: CreateSourceInput;
}>;


export type CreateSourceMutation = { createSource: { id: string, name: string, url: string | null, kind: SourceKind, detectedKind: SourceKind | null, status: SourceStatus, lastFetchedAt: string | null, lastSuccessAt: string | null, lastError: string | null, warnings: Array<string>, nextRefreshAt: string | null, nextManualRefreshAt: string | null, refreshMinutes: number, defaultTimeZone: string, recipe: Record<string, unknown> | null, eventCount: number, createdAt: string, warningDetails: Array<{ line: number | null, uid: string | null, message: string }> } };

export type ImportCalendarMutationVariables = Exact<{
  input: ImportCalendarInput;
}>;


export type ImportCalendarMutation = { importCalendar: { id: string, name: string, url: string | null, kind: SourceKind, detectedKind: SourceKind | null, status: SourceStatus, lastFetchedAt: string | null, lastSuccessAt: string | null, lastError: string | null, warnings: Array<string>, nextRefreshAt: string | null, nextManualRefreshAt: string | null, refreshMinutes: number, defaultTimeZone: string, recipe: Record<string, unknown> | null, eventCount: number, createdAt: string, warningDetails: Array<{ line: number | null, uid: string | null, message: string }> } };

export type RefreshSourceMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type RefreshSourceMutation = { refreshSource: { id: string, name: string, url: string | null, kind: SourceKind, detectedKind: SourceKind | null, status: SourceStatus, lastFetchedAt: string | null, lastSuccessAt: string | null, lastError: string | null, warnings: Array<string>, nextRefreshAt: string | null, nextManualRefreshAt: string | null, refreshMinutes: number, defaultTimeZone: string, recipe: Record<string, unknown> | null, eventCount: number, createdAt: string, warningDetails: Array<{ line: number | null, uid: string | null, message: string }> } };

export type UpdateSourceMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  input: UpdateSourceInput;
}>;


export type UpdateSourceMutation = { updateSource: { id: string, name: string, url: string | null, kind: SourceKind, detectedKind: SourceKind | null, status: SourceStatus, lastFetchedAt: string | null, lastSuccessAt: string | null, lastError: string | null, warnings: Array<string>, nextRefreshAt: string | null, nextManualRefreshAt: string | null, refreshMinutes: number, defaultTimeZone: string, recipe: Record<string, unknown> | null, eventCount: number, createdAt: string, warningDetails: Array<{ line: number | null, uid: string | null, message: string }> } };

export type DeleteSourceMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type DeleteSourceMutation = { deleteSource: string };

export type CitedEventQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type CitedEventQuery = { event: { id: string, title: string } };

export type CitedCompanyQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type CitedCompanyQuery = { company: { id: string, name: string } };

export type CitedContactQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type CitedContactQuery = { contact: { id: string, name: string } };

export type CitedInteractionQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type CitedInteractionQuery = { interaction: { id: string, kind: InteractionKind, occurredAt: string, contact: { id: string, name: string } } };

export type CitedInterviewQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type CitedInterviewQuery = { interview: { id: string, title: string | null, occurredAt: string, company: { id: string, name: string } } };

export type CitedProjectUpdateQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type CitedProjectUpdateQuery = { projectUpdate: { id: string, title: string, url: string | null } };

export const CompanyFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CompanyFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Company"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"aliases"}},{"kind":"Field","name":{"kind":"Name","value":"domains"}},{"kind":"Field","name":{"kind":"Name","value":"notes"}},{"kind":"Field","name":{"kind":"Name","value":"roleTitle"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]} as unknown as DocumentNode<CompanyFieldsFragment, unknown>;
export const EventCardFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EventCardFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Event"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"allDay"}},{"kind":"Field","name":{"kind":"Name","value":"start"}},{"kind":"Field","name":{"kind":"Name","value":"end"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}},{"kind":"Field","name":{"kind":"Name","value":"timeZone"}},{"kind":"Field","name":{"kind":"Name","value":"floating"}},{"kind":"Field","name":{"kind":"Name","value":"location"}},{"kind":"Field","name":{"kind":"Name","value":"onlineUrl"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"venue"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"address"}}]}},{"kind":"Field","name":{"kind":"Name","value":"attendance"}},{"kind":"Field","name":{"kind":"Name","value":"sources"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"changes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"detectedAt"}},{"kind":"Field","name":{"kind":"Name","value":"oldStart"}},{"kind":"Field","name":{"kind":"Name","value":"newStart"}},{"kind":"Field","name":{"kind":"Name","value":"oldEnd"}},{"kind":"Field","name":{"kind":"Name","value":"newEnd"}},{"kind":"Field","name":{"kind":"Name","value":"oldStatus"}},{"kind":"Field","name":{"kind":"Name","value":"newStatus"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}},{"kind":"Field","name":{"kind":"Name","value":"matches"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"evidence"}},{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"topic"}},{"kind":"Field","name":{"kind":"Name","value":"contact"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"company"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<EventCardFieldsFragment, unknown>;
export const FollowUpItemFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"FollowUpItemFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"FollowUpItem"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"channel"}},{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"draft"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"latestAt"}},{"kind":"Field","name":{"kind":"Name","value":"snoozedUntil"}},{"kind":"Field","name":{"kind":"Name","value":"completedAt"}},{"kind":"Field","name":{"kind":"Name","value":"skipReason"}},{"kind":"Field","name":{"kind":"Name","value":"closedReason"}},{"kind":"Field","name":{"kind":"Name","value":"staleSuggestion"}},{"kind":"Field","name":{"kind":"Name","value":"blockedReason"}},{"kind":"Field","name":{"kind":"Name","value":"availableAt"}},{"kind":"Field","name":{"kind":"Name","value":"contact"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"company"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"event"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"allDay"}},{"kind":"Field","name":{"kind":"Name","value":"start"}},{"kind":"Field","name":{"kind":"Name","value":"end"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"sources"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}}]}}]} as unknown as DocumentNode<FollowUpItemFieldsFragment, unknown>;
export const FollowUpChecklistFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"FollowUpChecklistFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"FollowUpChecklist"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"needsAttendees"}},{"kind":"Field","name":{"kind":"Name","value":"needsConfirmation"}},{"kind":"Field","name":{"kind":"Name","value":"event"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"allDay"}},{"kind":"Field","name":{"kind":"Name","value":"start"}},{"kind":"Field","name":{"kind":"Name","value":"end"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}},{"kind":"Field","name":{"kind":"Name","value":"attendance"}},{"kind":"Field","name":{"kind":"Name","value":"matches"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"contact"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"company"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"FollowUpItemFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"FollowUpItemFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"FollowUpItem"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"channel"}},{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"draft"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"latestAt"}},{"kind":"Field","name":{"kind":"Name","value":"snoozedUntil"}},{"kind":"Field","name":{"kind":"Name","value":"completedAt"}},{"kind":"Field","name":{"kind":"Name","value":"skipReason"}},{"kind":"Field","name":{"kind":"Name","value":"closedReason"}},{"kind":"Field","name":{"kind":"Name","value":"staleSuggestion"}},{"kind":"Field","name":{"kind":"Name","value":"blockedReason"}},{"kind":"Field","name":{"kind":"Name","value":"availableAt"}},{"kind":"Field","name":{"kind":"Name","value":"contact"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"company"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"event"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"allDay"}},{"kind":"Field","name":{"kind":"Name","value":"start"}},{"kind":"Field","name":{"kind":"Name","value":"end"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"sources"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}}]}}]} as unknown as DocumentNode<FollowUpChecklistFieldsFragment, unknown>;
export const PersonFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PersonFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Contact"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"linkedinUrl"}},{"kind":"Field","name":{"kind":"Name","value":"linkedinConnected"}},{"kind":"Field","name":{"kind":"Name","value":"interests"}},{"kind":"Field","name":{"kind":"Name","value":"aliases"}},{"kind":"Field","name":{"kind":"Name","value":"notes"}},{"kind":"Field","name":{"kind":"Name","value":"company"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<PersonFieldsFragment, unknown>;
export const CadenceRulesFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CadenceRulesFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CadenceRules"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"thankYou"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"withinHours"}}]}},{"kind":"Field","name":{"kind":"Name","value":"interviewSilence"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"firstCheckInDays"}},{"kind":"Field","name":{"kind":"Name","value":"firstCheckInBusinessDays"}},{"kind":"Field","name":{"kind":"Name","value":"repeatCheckInMinDays"}},{"kind":"Field","name":{"kind":"Name","value":"repeatCheckInMaxDays"}},{"kind":"Field","name":{"kind":"Name","value":"repeatCheckInBusinessDays"}},{"kind":"Field","name":{"kind":"Name","value":"stopAfterUnanswered"}}]}},{"kind":"Field","name":{"kind":"Name","value":"metAtEvent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"followUpMinDays"}},{"kind":"Field","name":{"kind":"Name","value":"followUpMaxDays"}},{"kind":"Field","name":{"kind":"Name","value":"followUpBusinessDays"}},{"kind":"Field","name":{"kind":"Name","value":"linkedinNoteWithinHours"}},{"kind":"Field","name":{"kind":"Name","value":"reminderAfterDays"}},{"kind":"Field","name":{"kind":"Name","value":"maxReminders"}}]}},{"kind":"Field","name":{"kind":"Name","value":"coffeeRequest"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"waitDays"}},{"kind":"Field","name":{"kind":"Name","value":"maxMessages"}}]}},{"kind":"Field","name":{"kind":"Name","value":"keepInTouch"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"idealDays"}},{"kind":"Field","name":{"kind":"Name","value":"maxDays"}}]}},{"kind":"Field","name":{"kind":"Name","value":"eventHeadsUp"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"daysBefore"}}]}},{"kind":"Field","name":{"kind":"Name","value":"linkedinNote"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"maxChars"}},{"kind":"Field","name":{"kind":"Name","value":"premiumMaxChars"}}]}},{"kind":"Field","name":{"kind":"Name","value":"email"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"maxWords"}}]}},{"kind":"Field","name":{"kind":"Name","value":"checklist"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"promiseWithinDays"}},{"kind":"Field","name":{"kind":"Name","value":"projectUpdateAfterDays"}},{"kind":"Field","name":{"kind":"Name","value":"staleAfterDays"}}]}},{"kind":"Field","name":{"kind":"Name","value":"budget"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"windowDays"}},{"kind":"Field","name":{"kind":"Name","value":"maxUnansweredPerWindow"}},{"kind":"Field","name":{"kind":"Name","value":"maxUnansweredTotal"}}]}}]}}]} as unknown as DocumentNode<CadenceRulesFieldsFragment, unknown>;
export const SourceFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SourceFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Source"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"detectedKind"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"lastFetchedAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastSuccessAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastError"}},{"kind":"Field","name":{"kind":"Name","value":"warnings"}},{"kind":"Field","name":{"kind":"Name","value":"warningDetails"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"line"}},{"kind":"Field","name":{"kind":"Name","value":"uid"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nextRefreshAt"}},{"kind":"Field","name":{"kind":"Name","value":"nextManualRefreshAt"}},{"kind":"Field","name":{"kind":"Name","value":"refreshMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"defaultTimeZone"}},{"kind":"Field","name":{"kind":"Name","value":"recipe"}},{"kind":"Field","name":{"kind":"Name","value":"eventCount"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]} as unknown as DocumentNode<SourceFieldsFragment, unknown>;
export const MarkTouchSentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"MarkTouchSent"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"MarkTouchSentInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"markTouchSent"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"occurredAt"}}]}}]}}]} as unknown as DocumentNode<MarkTouchSentMutation, MarkTouchSentMutationVariables>;
export const CompleteFollowUpDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CompleteFollowUp"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"completeFollowUp"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"completedAt"}}]}}]}}]} as unknown as DocumentNode<CompleteFollowUpMutation, CompleteFollowUpMutationVariables>;
export const SetAttendanceDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SetAttendance"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"eventId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"status"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Attendance"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setAttendance"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"eventId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"eventId"}}},{"kind":"Argument","name":{"kind":"Name","value":"status"},"value":{"kind":"Variable","name":{"kind":"Name","value":"status"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"attendance"}}]}}]}}]} as unknown as DocumentNode<SetAttendanceMutation, SetAttendanceMutationVariables>;
export const ViewerDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Viewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"timeZone"}},{"kind":"Field","name":{"kind":"Name","value":"targetRoles"}},{"kind":"Field","name":{"kind":"Name","value":"interests"}},{"kind":"Field","name":{"kind":"Name","value":"linkedinPremium"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]}}]} as unknown as DocumentNode<ViewerQuery, ViewerQueryVariables>;
export const SignInDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SignIn"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"LoginInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"login"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<SignInMutation, SignInMutationVariables>;
export const SignUpDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SignUp"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RegisterInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"register"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<SignUpMutation, SignUpMutationVariables>;
export const SignOutDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SignOut"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"logout"}}]}}]} as unknown as DocumentNode<SignOutMutation, SignOutMutationVariables>;
export const CompaniesCreateCompanyDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CompaniesCreateCompany"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateCompanyInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createCompany"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<CompaniesCreateCompanyMutation, CompaniesCreateCompanyMutationVariables>;
export const CompaniesListDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CompaniesList"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"CompanyFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"companies"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"roleTitle"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"domains"}},{"kind":"Field","name":{"kind":"Name","value":"contacts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"endCursor"}},{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}}]}}]}}]}}]} as unknown as DocumentNode<CompaniesListQuery, CompaniesListQueryVariables>;
export const CompanyUpdateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CompanyUpdate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateCompanyInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateCompany"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CompanyFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CompanyFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Company"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"aliases"}},{"kind":"Field","name":{"kind":"Name","value":"domains"}},{"kind":"Field","name":{"kind":"Name","value":"notes"}},{"kind":"Field","name":{"kind":"Name","value":"roleTitle"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]} as unknown as DocumentNode<CompanyUpdateMutation, CompanyUpdateMutationVariables>;
export const CompanyDeleteDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CompanyDelete"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteCompany"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}]}]}}]} as unknown as DocumentNode<CompanyDeleteMutation, CompanyDeleteMutationVariables>;
export const CompanyEventsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CompanyEvents"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"from"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DateTime"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"events"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"from"},"value":{"kind":"Variable","name":{"kind":"Name","value":"from"}}}]}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"matches"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"company"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"contact"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"companyId"}}]}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"endCursor"}},{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}}]}}]}}]}}]} as unknown as DocumentNode<CompanyEventsQuery, CompanyEventsQueryVariables>;
export const CompanyPageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CompanyPage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"company"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CompanyFields"}},{"kind":"Field","name":{"kind":"Name","value":"contacts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"role"}}]}},{"kind":"Field","name":{"kind":"Name","value":"interviews"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"occurredAt"}},{"kind":"Field","name":{"kind":"Name","value":"contacts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CompanyFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Company"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"aliases"}},{"kind":"Field","name":{"kind":"Name","value":"domains"}},{"kind":"Field","name":{"kind":"Name","value":"notes"}},{"kind":"Field","name":{"kind":"Name","value":"roleTitle"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]} as unknown as DocumentNode<CompanyPageQuery, CompanyPageQueryVariables>;
export const EventsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Events"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"EventFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"events"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EventCardFields"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"endCursor"}},{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EventCardFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Event"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"allDay"}},{"kind":"Field","name":{"kind":"Name","value":"start"}},{"kind":"Field","name":{"kind":"Name","value":"end"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}},{"kind":"Field","name":{"kind":"Name","value":"timeZone"}},{"kind":"Field","name":{"kind":"Name","value":"floating"}},{"kind":"Field","name":{"kind":"Name","value":"location"}},{"kind":"Field","name":{"kind":"Name","value":"onlineUrl"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"venue"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"address"}}]}},{"kind":"Field","name":{"kind":"Name","value":"attendance"}},{"kind":"Field","name":{"kind":"Name","value":"sources"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"changes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"detectedAt"}},{"kind":"Field","name":{"kind":"Name","value":"oldStart"}},{"kind":"Field","name":{"kind":"Name","value":"newStart"}},{"kind":"Field","name":{"kind":"Name","value":"oldEnd"}},{"kind":"Field","name":{"kind":"Name","value":"newEnd"}},{"kind":"Field","name":{"kind":"Name","value":"oldStatus"}},{"kind":"Field","name":{"kind":"Name","value":"newStatus"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}},{"kind":"Field","name":{"kind":"Name","value":"matches"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"evidence"}},{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"topic"}},{"kind":"Field","name":{"kind":"Name","value":"contact"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"company"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<EventsQuery, EventsQueryVariables>;
export const AnyEventDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AnyEvent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"events"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"1"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}}]} as unknown as DocumentNode<AnyEventQuery, AnyEventQueryVariables>;
export const EventSourceNamesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"EventSourceNames"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sources"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<EventSourceNamesQuery, EventSourceNamesQueryVariables>;
export const EventDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Event"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"event"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EventCardFields"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"categories"}},{"kind":"Field","name":{"kind":"Name","value":"recurring"}},{"kind":"Field","name":{"kind":"Name","value":"mergeReasons"}},{"kind":"Field","name":{"kind":"Name","value":"organizer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}}]}},{"kind":"Field","name":{"kind":"Name","value":"performers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"affiliation"}},{"kind":"Field","name":{"kind":"Name","value":"url"}}]}},{"kind":"Field","name":{"kind":"Name","value":"matches"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"evidenceDetails"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"snippet"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EventCardFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Event"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"allDay"}},{"kind":"Field","name":{"kind":"Name","value":"start"}},{"kind":"Field","name":{"kind":"Name","value":"end"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}},{"kind":"Field","name":{"kind":"Name","value":"timeZone"}},{"kind":"Field","name":{"kind":"Name","value":"floating"}},{"kind":"Field","name":{"kind":"Name","value":"location"}},{"kind":"Field","name":{"kind":"Name","value":"onlineUrl"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"venue"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"address"}}]}},{"kind":"Field","name":{"kind":"Name","value":"attendance"}},{"kind":"Field","name":{"kind":"Name","value":"sources"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"changes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"detectedAt"}},{"kind":"Field","name":{"kind":"Name","value":"oldStart"}},{"kind":"Field","name":{"kind":"Name","value":"newStart"}},{"kind":"Field","name":{"kind":"Name","value":"oldEnd"}},{"kind":"Field","name":{"kind":"Name","value":"newEnd"}},{"kind":"Field","name":{"kind":"Name","value":"oldStatus"}},{"kind":"Field","name":{"kind":"Name","value":"newStatus"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}},{"kind":"Field","name":{"kind":"Name","value":"matches"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"evidence"}},{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"topic"}},{"kind":"Field","name":{"kind":"Name","value":"contact"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"company"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<EventQuery, EventQueryVariables>;
export const EventChecklistDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"EventChecklist"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"eventId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"followUpChecklist"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"eventId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"eventId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"needsAttendees"}},{"kind":"Field","name":{"kind":"Name","value":"needsConfirmation"}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]}}]} as unknown as DocumentNode<EventChecklistQuery, EventChecklistQueryVariables>;
export const FollowUpChecklistsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"FollowUpChecklists"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"followUpChecklists"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"FollowUpChecklistFields"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"endCursor"}},{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"FollowUpItemFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"FollowUpItem"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"channel"}},{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"draft"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"latestAt"}},{"kind":"Field","name":{"kind":"Name","value":"snoozedUntil"}},{"kind":"Field","name":{"kind":"Name","value":"completedAt"}},{"kind":"Field","name":{"kind":"Name","value":"skipReason"}},{"kind":"Field","name":{"kind":"Name","value":"closedReason"}},{"kind":"Field","name":{"kind":"Name","value":"staleSuggestion"}},{"kind":"Field","name":{"kind":"Name","value":"blockedReason"}},{"kind":"Field","name":{"kind":"Name","value":"availableAt"}},{"kind":"Field","name":{"kind":"Name","value":"contact"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"company"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"event"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"allDay"}},{"kind":"Field","name":{"kind":"Name","value":"start"}},{"kind":"Field","name":{"kind":"Name","value":"end"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"sources"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"FollowUpChecklistFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"FollowUpChecklist"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"needsAttendees"}},{"kind":"Field","name":{"kind":"Name","value":"needsConfirmation"}},{"kind":"Field","name":{"kind":"Name","value":"event"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"allDay"}},{"kind":"Field","name":{"kind":"Name","value":"start"}},{"kind":"Field","name":{"kind":"Name","value":"end"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}},{"kind":"Field","name":{"kind":"Name","value":"attendance"}},{"kind":"Field","name":{"kind":"Name","value":"matches"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"contact"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"company"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"FollowUpItemFields"}}]}}]}}]} as unknown as DocumentNode<FollowUpChecklistsQuery, FollowUpChecklistsQueryVariables>;
export const EventFollowUpChecklistDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"EventFollowUpChecklist"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"eventId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"followUpChecklist"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"eventId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"eventId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"FollowUpChecklistFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"FollowUpItemFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"FollowUpItem"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"channel"}},{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"draft"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"latestAt"}},{"kind":"Field","name":{"kind":"Name","value":"snoozedUntil"}},{"kind":"Field","name":{"kind":"Name","value":"completedAt"}},{"kind":"Field","name":{"kind":"Name","value":"skipReason"}},{"kind":"Field","name":{"kind":"Name","value":"closedReason"}},{"kind":"Field","name":{"kind":"Name","value":"staleSuggestion"}},{"kind":"Field","name":{"kind":"Name","value":"blockedReason"}},{"kind":"Field","name":{"kind":"Name","value":"availableAt"}},{"kind":"Field","name":{"kind":"Name","value":"contact"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"company"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"event"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"allDay"}},{"kind":"Field","name":{"kind":"Name","value":"start"}},{"kind":"Field","name":{"kind":"Name","value":"end"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"sources"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"FollowUpChecklistFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"FollowUpChecklist"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"needsAttendees"}},{"kind":"Field","name":{"kind":"Name","value":"needsConfirmation"}},{"kind":"Field","name":{"kind":"Name","value":"event"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"allDay"}},{"kind":"Field","name":{"kind":"Name","value":"start"}},{"kind":"Field","name":{"kind":"Name","value":"end"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}},{"kind":"Field","name":{"kind":"Name","value":"attendance"}},{"kind":"Field","name":{"kind":"Name","value":"matches"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"contact"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"company"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"FollowUpItemFields"}}]}}]}}]} as unknown as DocumentNode<EventFollowUpChecklistQuery, EventFollowUpChecklistQueryVariables>;
export const FollowUpsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"FollowUps"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"FollowUpFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"followUps"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"FollowUpItemFields"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"endCursor"}},{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"FollowUpItemFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"FollowUpItem"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"channel"}},{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"draft"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"latestAt"}},{"kind":"Field","name":{"kind":"Name","value":"snoozedUntil"}},{"kind":"Field","name":{"kind":"Name","value":"completedAt"}},{"kind":"Field","name":{"kind":"Name","value":"skipReason"}},{"kind":"Field","name":{"kind":"Name","value":"closedReason"}},{"kind":"Field","name":{"kind":"Name","value":"staleSuggestion"}},{"kind":"Field","name":{"kind":"Name","value":"blockedReason"}},{"kind":"Field","name":{"kind":"Name","value":"availableAt"}},{"kind":"Field","name":{"kind":"Name","value":"contact"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"company"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"event"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"allDay"}},{"kind":"Field","name":{"kind":"Name","value":"start"}},{"kind":"Field","name":{"kind":"Name","value":"end"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"sources"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}}]}}]} as unknown as DocumentNode<FollowUpsQuery, FollowUpsQueryVariables>;
export const MetContactSearchDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MetContactSearch"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"search"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"contacts"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"10"}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"search"},"value":{"kind":"Variable","name":{"kind":"Name","value":"search"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"company"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<MetContactSearchQuery, MetContactSearchQueryVariables>;
export const RecordMetDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RecordMet"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecordMetInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordMet"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"needsAttendees"}},{"kind":"Field","name":{"kind":"Name","value":"needsConfirmation"}}]}}]}}]} as unknown as DocumentNode<RecordMetMutation, RecordMetMutationVariables>;
export const SkipFollowUpItemDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SkipFollowUpItem"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"reason"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"skipFollowUp"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"reason"},"value":{"kind":"Variable","name":{"kind":"Name","value":"reason"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"skipReason"}}]}}]}}]} as unknown as DocumentNode<SkipFollowUpItemMutation, SkipFollowUpItemMutationVariables>;
export const SnoozeFollowUpItemDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SnoozeFollowUpItem"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"until"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DateTime"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"snoozeFollowUp"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"until"},"value":{"kind":"Variable","name":{"kind":"Name","value":"until"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"snoozedUntil"}}]}}]}}]} as unknown as DocumentNode<SnoozeFollowUpItemMutation, SnoozeFollowUpItemMutationVariables>;
export const PeopleCadenceDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PeopleCadence"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nextTouches"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"limit"},"value":{"kind":"IntValue","value":"200"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"channel"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"latestAt"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"rule"}},{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"draft"}},{"kind":"Field","name":{"kind":"Name","value":"followUpId"}},{"kind":"Field","name":{"kind":"Name","value":"contact"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"blockedTouches"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"blockedBy"}},{"kind":"Field","name":{"kind":"Name","value":"rule"}},{"kind":"Field","name":{"kind":"Name","value":"availableAt"}},{"kind":"Field","name":{"kind":"Name","value":"wouldBeDueAt"}},{"kind":"Field","name":{"kind":"Name","value":"contact"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<PeopleCadenceQuery, PeopleCadenceQueryVariables>;
export const PeopleCompanyOptionsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PeopleCompanyOptions"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"search"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"companies"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"search"},"value":{"kind":"Variable","name":{"kind":"Name","value":"search"}}}]}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"10"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"aliases"}}]}}]}}]}}]}}]} as unknown as DocumentNode<PeopleCompanyOptionsQuery, PeopleCompanyOptionsQueryVariables>;
export const PeopleCreateCompanyByNameDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PeopleCreateCompanyByName"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateCompanyInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createCompany"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<PeopleCreateCompanyByNameMutation, PeopleCreateCompanyByNameMutationVariables>;
export const PersonLogTouchDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PersonLogTouch"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"LogInteractionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"logInteraction"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"occurredAt"}}]}}]}}]} as unknown as DocumentNode<PersonLogTouchMutation, PersonLogTouchMutationVariables>;
export const PeopleCreatePersonDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PeopleCreatePerson"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateContactInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createContact"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<PeopleCreatePersonMutation, PeopleCreatePersonMutationVariables>;
export const PeopleListDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PeopleList"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ContactFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"contacts"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"company"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"endCursor"}},{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}}]}}]}}]}}]} as unknown as DocumentNode<PeopleListQuery, PeopleListQueryVariables>;
export const PersonUpdateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PersonUpdate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateContactInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateContact"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PersonFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PersonFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Contact"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"linkedinUrl"}},{"kind":"Field","name":{"kind":"Name","value":"linkedinConnected"}},{"kind":"Field","name":{"kind":"Name","value":"interests"}},{"kind":"Field","name":{"kind":"Name","value":"aliases"}},{"kind":"Field","name":{"kind":"Name","value":"notes"}},{"kind":"Field","name":{"kind":"Name","value":"company"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<PersonUpdateMutation, PersonUpdateMutationVariables>;
export const PersonDeleteDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PersonDelete"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteContact"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}]}]}}]} as unknown as DocumentNode<PersonDeleteMutation, PersonDeleteMutationVariables>;
export const PersonPageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PersonPage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"contact"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PersonFields"}},{"kind":"Field","name":{"kind":"Name","value":"interviews"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"occurredAt"}},{"kind":"Field","name":{"kind":"Name","value":"topics"}},{"kind":"Field","name":{"kind":"Name","value":"questionsAsked"}},{"kind":"Field","name":{"kind":"Name","value":"concerns"}},{"kind":"Field","name":{"kind":"Name","value":"promises"}},{"kind":"Field","name":{"kind":"Name","value":"notes"}},{"kind":"Field","name":{"kind":"Name","value":"company"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"contacts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PersonFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Contact"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"linkedinUrl"}},{"kind":"Field","name":{"kind":"Name","value":"linkedinConnected"}},{"kind":"Field","name":{"kind":"Name","value":"interests"}},{"kind":"Field","name":{"kind":"Name","value":"aliases"}},{"kind":"Field","name":{"kind":"Name","value":"notes"}},{"kind":"Field","name":{"kind":"Name","value":"company"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<PersonPageQuery, PersonPageQueryVariables>;
export const PersonRecordInterviewDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PersonRecordInterview"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecordInterviewInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordInterview"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<PersonRecordInterviewMutation, PersonRecordInterviewMutationVariables>;
export const PersonTouchesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PersonTouches"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"contactId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"interactions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"contactId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"contactId"}}}]}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"direction"}},{"kind":"Field","name":{"kind":"Name","value":"occurredAt"}},{"kind":"Field","name":{"kind":"Name","value":"notes"}},{"kind":"Field","name":{"kind":"Name","value":"awaitingReply"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"endCursor"}},{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}}]}}]}}]}}]} as unknown as DocumentNode<PersonTouchesQuery, PersonTouchesQueryVariables>;
export const PlanDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Plan"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"from"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DateTime"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"to"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DateTime"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"plan"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"Variable","name":{"kind":"Name","value":"from"}}},{"kind":"Argument","name":{"kind":"Name","value":"to"},"value":{"kind":"Variable","name":{"kind":"Name","value":"to"}}},{"kind":"Argument","name":{"kind":"Name","value":"limit"},"value":{"kind":"IntValue","value":"50"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"to"}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"attendance"}},{"kind":"Field","name":{"kind":"Name","value":"event"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"allDay"}},{"kind":"Field","name":{"kind":"Name","value":"start"}},{"kind":"Field","name":{"kind":"Name","value":"end"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"location"}},{"kind":"Field","name":{"kind":"Name","value":"onlineUrl"}},{"kind":"Field","name":{"kind":"Name","value":"venue"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"reasons"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"evidence"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"snippet"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"conflicts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"event"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"allDay"}},{"kind":"Field","name":{"kind":"Name","value":"start"}},{"kind":"Field","name":{"kind":"Name","value":"end"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}},{"kind":"Field","name":{"kind":"Name","value":"attendance"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"meet"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"why"}},{"kind":"Field","name":{"kind":"Name","value":"contact"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"company"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"relationship"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"summary"}}]}},{"kind":"Field","name":{"kind":"Name","value":"talkingPoints"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"sources"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"actions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"when"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"latestAt"}},{"kind":"Field","name":{"kind":"Name","value":"blockedReason"}},{"kind":"Field","name":{"kind":"Name","value":"followUpId"}},{"kind":"Field","name":{"kind":"Name","value":"contact"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"company"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"draft"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"channel"}},{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"body"}}]}},{"kind":"Field","name":{"kind":"Name","value":"sources"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<PlanQuery, PlanQueryVariables>;
export const NextTouchesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"NextTouches"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nextTouches"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"limit"},"value":{"kind":"IntValue","value":"20"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"channel"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"rule"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"latestAt"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"draft"}},{"kind":"Field","name":{"kind":"Name","value":"followUpId"}},{"kind":"Field","name":{"kind":"Name","value":"contact"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"company"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"sources"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}}]}}]}}]} as unknown as DocumentNode<NextTouchesQuery, NextTouchesQueryVariables>;
export const BlockedTouchesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"BlockedTouches"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"blockedTouches"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"blockedBy"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"rule"}},{"kind":"Field","name":{"kind":"Name","value":"availableAt"}},{"kind":"Field","name":{"kind":"Name","value":"wouldBeDueAt"}},{"kind":"Field","name":{"kind":"Name","value":"contact"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"company"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]} as unknown as DocumentNode<BlockedTouchesQuery, BlockedTouchesQueryVariables>;
export const PlanSetupDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PlanSetup"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sources"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"contacts"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"1"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}}]} as unknown as DocumentNode<PlanSetupQuery, PlanSetupQueryVariables>;
export const CadenceRulesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CadenceRules"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cadenceRules"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CadenceRulesFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CadenceRulesFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CadenceRules"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"thankYou"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"withinHours"}}]}},{"kind":"Field","name":{"kind":"Name","value":"interviewSilence"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"firstCheckInDays"}},{"kind":"Field","name":{"kind":"Name","value":"firstCheckInBusinessDays"}},{"kind":"Field","name":{"kind":"Name","value":"repeatCheckInMinDays"}},{"kind":"Field","name":{"kind":"Name","value":"repeatCheckInMaxDays"}},{"kind":"Field","name":{"kind":"Name","value":"repeatCheckInBusinessDays"}},{"kind":"Field","name":{"kind":"Name","value":"stopAfterUnanswered"}}]}},{"kind":"Field","name":{"kind":"Name","value":"metAtEvent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"followUpMinDays"}},{"kind":"Field","name":{"kind":"Name","value":"followUpMaxDays"}},{"kind":"Field","name":{"kind":"Name","value":"followUpBusinessDays"}},{"kind":"Field","name":{"kind":"Name","value":"linkedinNoteWithinHours"}},{"kind":"Field","name":{"kind":"Name","value":"reminderAfterDays"}},{"kind":"Field","name":{"kind":"Name","value":"maxReminders"}}]}},{"kind":"Field","name":{"kind":"Name","value":"coffeeRequest"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"waitDays"}},{"kind":"Field","name":{"kind":"Name","value":"maxMessages"}}]}},{"kind":"Field","name":{"kind":"Name","value":"keepInTouch"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"idealDays"}},{"kind":"Field","name":{"kind":"Name","value":"maxDays"}}]}},{"kind":"Field","name":{"kind":"Name","value":"eventHeadsUp"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"daysBefore"}}]}},{"kind":"Field","name":{"kind":"Name","value":"linkedinNote"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"maxChars"}},{"kind":"Field","name":{"kind":"Name","value":"premiumMaxChars"}}]}},{"kind":"Field","name":{"kind":"Name","value":"email"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"maxWords"}}]}},{"kind":"Field","name":{"kind":"Name","value":"checklist"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"promiseWithinDays"}},{"kind":"Field","name":{"kind":"Name","value":"projectUpdateAfterDays"}},{"kind":"Field","name":{"kind":"Name","value":"staleAfterDays"}}]}},{"kind":"Field","name":{"kind":"Name","value":"budget"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"windowDays"}},{"kind":"Field","name":{"kind":"Name","value":"maxUnansweredPerWindow"}},{"kind":"Field","name":{"kind":"Name","value":"maxUnansweredTotal"}}]}}]}}]} as unknown as DocumentNode<CadenceRulesQuery, CadenceRulesQueryVariables>;
export const UpdateCadenceRulesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateCadenceRules"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CadenceRulesInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateCadenceRules"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CadenceRulesFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CadenceRulesFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CadenceRules"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"thankYou"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"withinHours"}}]}},{"kind":"Field","name":{"kind":"Name","value":"interviewSilence"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"firstCheckInDays"}},{"kind":"Field","name":{"kind":"Name","value":"firstCheckInBusinessDays"}},{"kind":"Field","name":{"kind":"Name","value":"repeatCheckInMinDays"}},{"kind":"Field","name":{"kind":"Name","value":"repeatCheckInMaxDays"}},{"kind":"Field","name":{"kind":"Name","value":"repeatCheckInBusinessDays"}},{"kind":"Field","name":{"kind":"Name","value":"stopAfterUnanswered"}}]}},{"kind":"Field","name":{"kind":"Name","value":"metAtEvent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"followUpMinDays"}},{"kind":"Field","name":{"kind":"Name","value":"followUpMaxDays"}},{"kind":"Field","name":{"kind":"Name","value":"followUpBusinessDays"}},{"kind":"Field","name":{"kind":"Name","value":"linkedinNoteWithinHours"}},{"kind":"Field","name":{"kind":"Name","value":"reminderAfterDays"}},{"kind":"Field","name":{"kind":"Name","value":"maxReminders"}}]}},{"kind":"Field","name":{"kind":"Name","value":"coffeeRequest"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"waitDays"}},{"kind":"Field","name":{"kind":"Name","value":"maxMessages"}}]}},{"kind":"Field","name":{"kind":"Name","value":"keepInTouch"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"idealDays"}},{"kind":"Field","name":{"kind":"Name","value":"maxDays"}}]}},{"kind":"Field","name":{"kind":"Name","value":"eventHeadsUp"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"daysBefore"}}]}},{"kind":"Field","name":{"kind":"Name","value":"linkedinNote"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"maxChars"}},{"kind":"Field","name":{"kind":"Name","value":"premiumMaxChars"}}]}},{"kind":"Field","name":{"kind":"Name","value":"email"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"maxWords"}}]}},{"kind":"Field","name":{"kind":"Name","value":"checklist"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"promiseWithinDays"}},{"kind":"Field","name":{"kind":"Name","value":"projectUpdateAfterDays"}},{"kind":"Field","name":{"kind":"Name","value":"staleAfterDays"}}]}},{"kind":"Field","name":{"kind":"Name","value":"budget"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"windowDays"}},{"kind":"Field","name":{"kind":"Name","value":"maxUnansweredPerWindow"}},{"kind":"Field","name":{"kind":"Name","value":"maxUnansweredTotal"}}]}}]}}]} as unknown as DocumentNode<UpdateCadenceRulesMutation, UpdateCadenceRulesMutationVariables>;
export const CalendarFeedDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CalendarFeed"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"calendarFeed"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]}}]} as unknown as DocumentNode<CalendarFeedQuery, CalendarFeedQueryVariables>;
export const RotateCalendarFeedDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RotateCalendarFeed"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rotateCalendarFeedToken"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]}}]} as unknown as DocumentNode<RotateCalendarFeedMutation, RotateCalendarFeedMutationVariables>;
export const ChangePasswordDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ChangePassword"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ChangePasswordInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"changePassword"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<ChangePasswordMutation, ChangePasswordMutationVariables>;
export const DeleteAccountDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeleteAccount"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DeleteAccountInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteAccount"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}]}]}}]} as unknown as DocumentNode<DeleteAccountMutation, DeleteAccountMutationVariables>;
export const RecentDigestDeliveriesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RecentDigestDeliveries"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"digestDeliveries"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"5"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"error"}},{"kind":"Field","name":{"kind":"Name","value":"test"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"sentAt"}}]}}]}}]}}]}}]} as unknown as DocumentNode<RecentDigestDeliveriesQuery, RecentDigestDeliveriesQueryVariables>;
export const DigestPreviewDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DigestPreview"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"digestPreview"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"text"}}]}}]}}]} as unknown as DocumentNode<DigestPreviewQuery, DigestPreviewQueryVariables>;
export const DigestSettingsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DigestSettings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"digestSettings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"frequency"}},{"kind":"Field","name":{"kind":"Name","value":"weekday"}},{"kind":"Field","name":{"kind":"Name","value":"localTime"}},{"kind":"Field","name":{"kind":"Name","value":"sections"}},{"kind":"Field","name":{"kind":"Name","value":"skipWhenEmpty"}},{"kind":"Field","name":{"kind":"Name","value":"paused"}},{"kind":"Field","name":{"kind":"Name","value":"lastError"}},{"kind":"Field","name":{"kind":"Name","value":"lastSentAt"}},{"kind":"Field","name":{"kind":"Name","value":"nextSendAt"}}]}}]}}]} as unknown as DocumentNode<DigestSettingsQuery, DigestSettingsQueryVariables>;
export const UpdateDigestSettingsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateDigestSettings"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateDigestSettingsInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateDigestSettings"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"frequency"}},{"kind":"Field","name":{"kind":"Name","value":"weekday"}},{"kind":"Field","name":{"kind":"Name","value":"localTime"}},{"kind":"Field","name":{"kind":"Name","value":"sections"}},{"kind":"Field","name":{"kind":"Name","value":"skipWhenEmpty"}},{"kind":"Field","name":{"kind":"Name","value":"paused"}},{"kind":"Field","name":{"kind":"Name","value":"lastError"}},{"kind":"Field","name":{"kind":"Name","value":"lastSentAt"}},{"kind":"Field","name":{"kind":"Name","value":"nextSendAt"}}]}}]}}]} as unknown as DocumentNode<UpdateDigestSettingsMutation, UpdateDigestSettingsMutationVariables>;
export const SendTestDigestDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SendTestDigest"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sendTestDigest"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"error"}},{"kind":"Field","name":{"kind":"Name","value":"sentAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"test"}},{"kind":"Field","name":{"kind":"Name","value":"periodKey"}}]}}]}}]} as unknown as DocumentNode<SendTestDigestMutation, SendTestDigestMutationVariables>;
export const ExportMyDataDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ExportMyData"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"exportMyData"}}]}}]} as unknown as DocumentNode<ExportMyDataQuery, ExportMyDataQueryVariables>;
export const UpdateProfileDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateProfile"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateProfileInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateProfile"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"timeZone"}},{"kind":"Field","name":{"kind":"Name","value":"targetRoles"}},{"kind":"Field","name":{"kind":"Name","value":"interests"}},{"kind":"Field","name":{"kind":"Name","value":"linkedinPremium"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]}}]} as unknown as DocumentNode<UpdateProfileMutation, UpdateProfileMutationVariables>;
export const SignOutEverywhereDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SignOutEverywhere"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"signOutEverywhere"}}]}}]} as unknown as DocumentNode<SignOutEverywhereMutation, SignOutEverywhereMutationVariables>;
export const SourcesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Sources"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sources"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SourceFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SourceFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Source"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"detectedKind"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"lastFetchedAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastSuccessAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastError"}},{"kind":"Field","name":{"kind":"Name","value":"warnings"}},{"kind":"Field","name":{"kind":"Name","value":"warningDetails"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"line"}},{"kind":"Field","name":{"kind":"Name","value":"uid"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nextRefreshAt"}},{"kind":"Field","name":{"kind":"Name","value":"nextManualRefreshAt"}},{"kind":"Field","name":{"kind":"Name","value":"refreshMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"defaultTimeZone"}},{"kind":"Field","name":{"kind":"Name","value":"recipe"}},{"kind":"Field","name":{"kind":"Name","value":"eventCount"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]} as unknown as DocumentNode<SourcesQuery, SourcesQueryVariables>;
export const SourceDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Source"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"source"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SourceFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SourceFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Source"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"detectedKind"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"lastFetchedAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastSuccessAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastError"}},{"kind":"Field","name":{"kind":"Name","value":"warnings"}},{"kind":"Field","name":{"kind":"Name","value":"warningDetails"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"line"}},{"kind":"Field","name":{"kind":"Name","value":"uid"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nextRefreshAt"}},{"kind":"Field","name":{"kind":"Name","value":"nextManualRefreshAt"}},{"kind":"Field","name":{"kind":"Name","value":"refreshMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"defaultTimeZone"}},{"kind":"Field","name":{"kind":"Name","value":"recipe"}},{"kind":"Field","name":{"kind":"Name","value":"eventCount"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]} as unknown as DocumentNode<SourceQuery, SourceQueryVariables>;
export const CreateSourceDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateSource"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateSourceInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createSource"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SourceFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SourceFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Source"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"detectedKind"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"lastFetchedAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastSuccessAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastError"}},{"kind":"Field","name":{"kind":"Name","value":"warnings"}},{"kind":"Field","name":{"kind":"Name","value":"warningDetails"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"line"}},{"kind":"Field","name":{"kind":"Name","value":"uid"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nextRefreshAt"}},{"kind":"Field","name":{"kind":"Name","value":"nextManualRefreshAt"}},{"kind":"Field","name":{"kind":"Name","value":"refreshMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"defaultTimeZone"}},{"kind":"Field","name":{"kind":"Name","value":"recipe"}},{"kind":"Field","name":{"kind":"Name","value":"eventCount"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]} as unknown as DocumentNode<CreateSourceMutation, CreateSourceMutationVariables>;
export const ImportCalendarDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ImportCalendar"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ImportCalendarInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"importCalendar"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SourceFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SourceFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Source"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"detectedKind"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"lastFetchedAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastSuccessAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastError"}},{"kind":"Field","name":{"kind":"Name","value":"warnings"}},{"kind":"Field","name":{"kind":"Name","value":"warningDetails"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"line"}},{"kind":"Field","name":{"kind":"Name","value":"uid"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nextRefreshAt"}},{"kind":"Field","name":{"kind":"Name","value":"nextManualRefreshAt"}},{"kind":"Field","name":{"kind":"Name","value":"refreshMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"defaultTimeZone"}},{"kind":"Field","name":{"kind":"Name","value":"recipe"}},{"kind":"Field","name":{"kind":"Name","value":"eventCount"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]} as unknown as DocumentNode<ImportCalendarMutation, ImportCalendarMutationVariables>;
export const RefreshSourceDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RefreshSource"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"refreshSource"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SourceFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SourceFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Source"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"detectedKind"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"lastFetchedAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastSuccessAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastError"}},{"kind":"Field","name":{"kind":"Name","value":"warnings"}},{"kind":"Field","name":{"kind":"Name","value":"warningDetails"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"line"}},{"kind":"Field","name":{"kind":"Name","value":"uid"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nextRefreshAt"}},{"kind":"Field","name":{"kind":"Name","value":"nextManualRefreshAt"}},{"kind":"Field","name":{"kind":"Name","value":"refreshMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"defaultTimeZone"}},{"kind":"Field","name":{"kind":"Name","value":"recipe"}},{"kind":"Field","name":{"kind":"Name","value":"eventCount"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]} as unknown as DocumentNode<RefreshSourceMutation, RefreshSourceMutationVariables>;
export const UpdateSourceDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateSource"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateSourceInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateSource"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SourceFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SourceFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Source"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"detectedKind"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"lastFetchedAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastSuccessAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastError"}},{"kind":"Field","name":{"kind":"Name","value":"warnings"}},{"kind":"Field","name":{"kind":"Name","value":"warningDetails"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"line"}},{"kind":"Field","name":{"kind":"Name","value":"uid"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nextRefreshAt"}},{"kind":"Field","name":{"kind":"Name","value":"nextManualRefreshAt"}},{"kind":"Field","name":{"kind":"Name","value":"refreshMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"defaultTimeZone"}},{"kind":"Field","name":{"kind":"Name","value":"recipe"}},{"kind":"Field","name":{"kind":"Name","value":"eventCount"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]} as unknown as DocumentNode<UpdateSourceMutation, UpdateSourceMutationVariables>;
export const DeleteSourceDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeleteSource"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteSource"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}]}]}}]} as unknown as DocumentNode<DeleteSourceMutation, DeleteSourceMutationVariables>;
export const CitedEventDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CitedEvent"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"event"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}}]} as unknown as DocumentNode<CitedEventQuery, CitedEventQueryVariables>;
export const CitedCompanyDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CitedCompany"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"company"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<CitedCompanyQuery, CitedCompanyQueryVariables>;
export const CitedContactDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CitedContact"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"contact"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<CitedContactQuery, CitedContactQueryVariables>;
export const CitedInteractionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CitedInteraction"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"interaction"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"occurredAt"}},{"kind":"Field","name":{"kind":"Name","value":"contact"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<CitedInteractionQuery, CitedInteractionQueryVariables>;
export const CitedInterviewDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CitedInterview"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"interview"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"occurredAt"}},{"kind":"Field","name":{"kind":"Name","value":"company"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<CitedInterviewQuery, CitedInterviewQueryVariables>;
export const CitedProjectUpdateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CitedProjectUpdate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"projectUpdate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"url"}}]}}]}}]} as unknown as DocumentNode<CitedProjectUpdateQuery, CitedProjectUpdateQueryVariables>;