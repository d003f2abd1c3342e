import type { UpdateFit } from '../project-fit';
import type { CadenceRules } from '../rules';
import type { MatchRole, PlannerContact, PlannerEvent, PlannerInteraction, PlannerInterview, SourceRef } from '../types';

export type DraftKind =
  | 'LINKEDIN_CONNECT'
  | 'THANK_YOU'
  | 'CHECK_IN'
  | 'COFFEE_INVITE'
  | 'PROJECT_UPDATE'
  | 'EVENT_INTRODUCTION'
  | 'MET_AT_EVENT_FOLLOW_UP'
  | 'KEEP_IN_TOUCH'
  /** Keeping a promise made when meeting someone at an event ("send the deck"). */
  | 'KEEP_PROMISE';

/** A connection note has a character cap; a message to a connection and an email have a word budget. */
export const DraftChannel = {
  LINKEDIN_NOTE: 'LINKEDIN_NOTE',
  LINKEDIN_MESSAGE: 'LINKEDIN_MESSAGE',
  EMAIL: 'EMAIL',
} as const;
export type DraftChannel = (typeof DraftChannel)[keyof typeof DraftChannel];

/** Text for the user to review and send themselves; nothing is ever sent for them. */
export interface Draft {
  kind: DraftKind;
  channel: DraftChannel;
  /** Emails only. */
  subject: string | null;
  body: string;
  sources: SourceRef[];
}

/** What a draft may recall. Everything is optional; the templates use what is there. */
export interface DraftInput {
  contact: PlannerContact;
  timeZone: string;
  /** Signs emails; left out when unknown. */
  senderName?: string | null;
  /** The interview to recall (the latest with this contact). */
  interview?: PlannerInterview | null;
  /** The event met at, or the upcoming one to introduce oneself at. */
  event?: PlannerEvent | null;
  /** What the contact does at `event` (speaker, host…), from a PERSON match. */
  eventRole?: MatchRole | null;
  /** What the contact's company does at `event`, from a COMPANY match. */
  companyEventRole?: MatchRole | null;
  /** The logged meeting at an event. */
  metAt?: PlannerInteraction | null;
  /** The user met the contact at `event` (a draft for after the event, before the meeting is logged). */
  metAtEvent?: boolean;
  /** What the user and the contact talked about when they met (short phrases, as recorded with the meeting). */
  talkedAbout?: readonly string[];
  /** A met-at-event follow-up asks for a coffee unless false (the checklist asks in an item of its own). */
  askForCoffee?: boolean;
  /** A project update worth sharing, with why it fits. */
  update?: UpdateFit | null;
  /** The unanswered message this one follows up (check-in, reminder, coffee follow-up). */
  previous?: PlannerInteraction | null;
  /** The last logged touch, for keep-in-touch notes. */
  lastTouch?: PlannerInteraction | null;
  /** A promise made when meeting at `event`, as the user wrote it ("send the deck"): KEEP_PROMISE keeps it. */
  promise?: string | null;
}

export interface DraftOptions {
  rules?: CadenceRules;
  linkedinPremium?: boolean;
  /** Defaults to EMAIL for messages, LINKEDIN_NOTE for connection requests. */
  channel?: DraftChannel;
}

/** One sentence or paragraph with shorter fallbacks, longest first. */
export interface Piece {
  variants: string[];
  sources: SourceRef[];
  /** Kept (in its shortest form) however tight the limit. */
  required?: boolean;
}

/** A draft before it meets a channel's limit. */
export interface DraftPlan {
  kind: DraftKind;
  greetingName: string;
  subjects: string[];
  pieces: Piece[];
}
