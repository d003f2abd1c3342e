import type { ContactRole, InteractionKind, MatchRole, TouchKind } from './types';

/** How a logged touch reads in a sentence ("your email on 12 Nov"). */
export function interactionLabel(kind: InteractionKind): string {
  switch (kind) {
    case 'LINKEDIN_CONNECT':
      return 'LinkedIn note';
    case 'EMAIL':
      return 'email';
    case 'COFFEE':
      return 'coffee';
    case 'PROJECT_UPDATE':
      return 'project update';
    case 'MET_AT_EVENT':
      return 'meeting at an event';
    case 'CALL':
      return 'call';
    case 'INTERVIEW':
      return 'interview';
    case 'OTHER':
      return 'message';
  }
}

/** "hiring manager"; null for OTHER, where the contact's own title says more. */
export function roleLabel(role: ContactRole): string | null {
  switch (role) {
    case 'HIRING_MANAGER':
      return 'hiring manager';
    case 'RECRUITER':
      return 'recruiter';
    case 'INTERVIEWER':
      return 'interviewer';
    case 'OTHER':
      return null;
  }
}

/** What a person does at an event, as a verb phrase: "is speaking". */
export function personRoleVerb(role: MatchRole): string {
  switch (role) {
    case 'SPEAKER':
      return 'is speaking';
    case 'HOST':
      return 'is hosting';
    case 'ORGANIZER':
      return 'is organising';
    case 'SPONSOR':
      return 'is sponsoring';
    case 'PERFORMER':
      return 'is presenting';
    case 'MENTION':
    case 'TOPIC':
      return 'is mentioned';
  }
}

export function plural(count: number, singular: string, pluralForm = `${singular}s`): string {
  return `${count} ${count === 1 ? singular : pluralForm}`;
}

/** What a company does for an event, before the event's name: "Stripe is hosting “…”". */
export function companyRoleVerb(role: MatchRole): string {
  switch (role) {
    case 'HOST':
      return 'is hosting';
    case 'ORGANIZER':
      return 'is organising';
    case 'SPONSOR':
      return 'is sponsoring';
    case 'SPEAKER':
    case 'PERFORMER':
      return 'has a speaker at';
    case 'MENTION':
    case 'TOPIC':
      return 'features in';
  }
}

export function touchKindLabel(kind: TouchKind): string {
  switch (kind) {
    case 'LINKEDIN_CONNECT':
      return 'LinkedIn connection note';
    case 'PROJECT_UPDATE':
      return 'project update';
    case 'COFFEE_INVITE':
      return 'coffee invitation';
    case 'EVENT_INTRODUCTION':
      return 'event introduction';
    case 'FOLLOW_UP_EMAIL':
      return 'follow-up';
  }
}
