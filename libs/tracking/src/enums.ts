// Each enum is declared once, as a value whose type is the union of its
// values; enums.graphql.ts registers the same objects as GraphQL enums. Keys
// are spelled like their values: GraphQL clients see the keys.

export const ApplicationStatus = {
  RESEARCHING: 'RESEARCHING',
  APPLIED: 'APPLIED',
  INTERVIEWING: 'INTERVIEWING',
  OFFER: 'OFFER',
  REJECTED: 'REJECTED',
  CLOSED: 'CLOSED',
} as const;
export type ApplicationStatus = (typeof ApplicationStatus)[keyof typeof ApplicationStatus];

export const ContactRole = {
  HIRING_MANAGER: 'HIRING_MANAGER',
  RECRUITER: 'RECRUITER',
  INTERVIEWER: 'INTERVIEWER',
  OTHER: 'OTHER',
} as const;
export type ContactRole = (typeof ContactRole)[keyof typeof ContactRole];

export const InteractionKind = {
  LINKEDIN_CONNECT: 'LINKEDIN_CONNECT',
  EMAIL: 'EMAIL',
  COFFEE: 'COFFEE',
  PROJECT_UPDATE: 'PROJECT_UPDATE',
  MET_AT_EVENT: 'MET_AT_EVENT',
  CALL: 'CALL',
  INTERVIEW: 'INTERVIEW',
  OTHER: 'OTHER',
} as const;
export type InteractionKind = (typeof InteractionKind)[keyof typeof InteractionKind];

export const InteractionDirection = {
  /** From the user to the contact. */
  OUTBOUND: 'OUTBOUND',
  /** From the contact to the user (a reply, an invitation). */
  INBOUND: 'INBOUND',
} as const;
export type InteractionDirection = (typeof InteractionDirection)[keyof typeof InteractionDirection];
