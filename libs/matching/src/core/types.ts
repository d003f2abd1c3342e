import type { PersonRole } from '@app/event-model';

/** The event as the matcher sees it: content fields only, never UIDs, PRODID or X- properties. */
export interface MatchableEvent {
  id: string;
  title: string;
  /** Plain text (markup stripped, entities decoded once upstream); leftover entities are decoded once more here. */
  description: string | null;
  location: string | null;
  organizer: { name: string | null; email: string | null } | null;
  people: EventPerson[];
  categories: string[];
  /** The event page. */
  url: string | null;
}

/** As the readers give it (@app/event-model). */
export type { PersonRole };

export interface EventPerson {
  name: string;
  role: PersonRole;
  affiliation: string | null;
  email: string | null;
  url: string | null;
}

export interface TrackedCompany {
  id: string;
  name: string;
  aliases: string[];
  /** Bare hosts, lower-case ("stripe.com"); subdomains of these count. */
  domains: string[];
}

export interface TrackedContact {
  id: string;
  name: string;
  aliases: string[];
  companyId: string | null;
  email: string | null;
  title: string | null;
}

export interface TopicInterest {
  id: string;
  phrase: string;
  source: 'TARGET_ROLE' | 'INTEREST' | 'COMPANY_ROLE';
}

// Each enum is declared once, as a value whose type is the union of its
// values: the pure core uses the strings, the entity and the GraphQL enum
// (match.enums.ts) use the object.
export const MatchKind = { PERSON: 'PERSON', COMPANY: 'COMPANY', TOPIC: 'TOPIC' } as const;
export type MatchKind = (typeof MatchKind)[keyof typeof MatchKind];
export const MatchRole = {
  SPEAKER: 'SPEAKER',
  HOST: 'HOST',
  ORGANIZER: 'ORGANIZER',
  SPONSOR: 'SPONSOR',
  PERFORMER: 'PERFORMER',
  MENTION: 'MENTION',
  TOPIC: 'TOPIC',
} as const;
export type MatchRole = (typeof MatchRole)[keyof typeof MatchRole];
export type EvidenceField = 'title' | 'description' | 'location' | 'organizer' | 'people' | 'categories' | 'url';

export interface Evidence {
  field: EvidenceField;
  /** The matched words with a little context, at most 160 characters. */
  snippet: string;
}

export interface EventMatch {
  kind: MatchKind;
  role: MatchRole;
  /** In [0, 1]; structured roles outrank domains, which outrank mentions, which outrank topics. */
  score: number;
  contactId: string | null;
  companyId: string | null;
  topicId: string | null;
  evidence: Evidence[];
  /** One readable sentence fragment, e.g. "Priya Raman is speaking". */
  reason: string;
}

export interface MatcherInput {
  companies: TrackedCompany[];
  contacts: TrackedContact[];
  topics: TopicInterest[];
}

export interface Matcher {
  /** Deterministic; sorted by score descending; at most one match per (kind, id) with its evidence merged. */
  match(event: MatchableEvent): EventMatch[];
}
