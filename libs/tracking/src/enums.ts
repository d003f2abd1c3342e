import { registerEnumType } from '@nestjs/graphql';

// Keys spelled like their values: GraphQL clients see the keys.

export enum ApplicationStatus {
  RESEARCHING = 'RESEARCHING',
  APPLIED = 'APPLIED',
  INTERVIEWING = 'INTERVIEWING',
  OFFER = 'OFFER',
  REJECTED = 'REJECTED',
  CLOSED = 'CLOSED',
}

export enum ContactRole {
  HIRING_MANAGER = 'HIRING_MANAGER',
  RECRUITER = 'RECRUITER',
  INTERVIEWER = 'INTERVIEWER',
  OTHER = 'OTHER',
}

export enum InteractionKind {
  LINKEDIN_CONNECT = 'LINKEDIN_CONNECT',
  EMAIL = 'EMAIL',
  COFFEE = 'COFFEE',
  PROJECT_UPDATE = 'PROJECT_UPDATE',
  MET_AT_EVENT = 'MET_AT_EVENT',
  CALL = 'CALL',
  INTERVIEW = 'INTERVIEW',
  OTHER = 'OTHER',
}

export enum InteractionDirection {
  /** From the user to the contact. */
  OUTBOUND = 'OUTBOUND',
  /** From the contact to the user (a reply, an invitation). */
  INBOUND = 'INBOUND',
}

registerEnumType(ApplicationStatus, { name: 'ApplicationStatus' });
registerEnumType(ContactRole, { name: 'ContactRole' });
registerEnumType(InteractionKind, { name: 'InteractionKind' });
registerEnumType(InteractionDirection, { name: 'InteractionDirection' });
