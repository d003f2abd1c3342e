import type { EvidenceField, MatchRole, TopicInterest } from './types';

const ACTING: Record<Exclude<MatchRole, 'MENTION' | 'TOPIC'>, string> = {
  SPEAKER: 'is speaking',
  PERFORMER: 'is performing',
  HOST: 'is hosting',
  ORGANIZER: 'is organizing',
  SPONSOR: 'is sponsoring',
};

function acting(role: MatchRole, mention: string): string {
  return role === 'MENTION' || role === 'TOPIC' ? mention : ACTING[role];
}

const FIELD_NAMES: Record<EvidenceField, string> = {
  title: 'title',
  description: 'description',
  location: 'location',
  organizer: 'organizer',
  people: 'people list',
  categories: 'categories',
  url: 'event link',
};

/** "Priya Raman is speaking", "Alex Kim is mentioned in the description (name shared by several tracked contacts)". */
export function personReason(name: string, role: MatchRole, field: EvidenceField, opts: { attendee?: boolean; shared?: boolean } = {}): string {
  const what = opts.attendee ? 'is attending' : acting(role, `is mentioned in the ${FIELD_NAMES[field]}`);
  return `${name} ${what}${opts.shared ? ' (name shared by several tracked contacts)' : ''}`;
}

// An organisation does not speak or perform; its people do.
const COMPANY_ACTING: Record<Exclude<MatchRole, 'MENTION' | 'TOPIC'>, string> = {
  ...ACTING,
  SPEAKER: 'is among the speakers',
  PERFORMER: 'is among the performers',
};

/** "Stripe is organizing", "Stripe is mentioned in the title", "Stripe is hosting (per the description)". */
export function companyReason(company: string, role: MatchRole, field: EvidenceField): string {
  if (role === 'MENTION' || role === 'TOPIC') return `${company} is mentioned in the ${FIELD_NAMES[field]}`;
  if (field === 'description' || field === 'title') return `${company} ${COMPANY_ACTING[role]} (per the ${FIELD_NAMES[field]})`;
  if (field === 'location') return `${company} is the venue`;
  return `${company} ${COMPANY_ACTING[role]}`;
}

/** "Priya Raman from Stripe is speaking": a listed person's organisation. */
export function affiliationReason(company: string, person: string, role: MatchRole, attendee: boolean): string {
  return `${person} from ${company} ${attendee ? 'is attending' : acting(role, 'is listed')}`;
}

export function domainReason(company: string, host: string, via: 'organizer' | 'url' | 'person' | 'link', person?: string): string {
  switch (via) {
    case 'organizer':
      return `${company} is organizing (organizer e-mail at ${host})`;
    case 'url':
      return `${company} hosts the event page (${host})`;
    case 'person':
      return `${person ?? 'a listed person'} has a ${company} e-mail (${host})`;
    case 'link':
      return `the description links to ${company} (${host})`;
  }
}

const TOPIC_SOURCES: Record<TopicInterest['source'], string> = {
  TARGET_ROLE: 'your target role',
  INTEREST: 'your interest',
  COMPANY_ROLE: 'a role at a company you track',
};

export function topicReason(topic: TopicInterest): string {
  return `the event is about ${topic.phrase} (${TOPIC_SOURCES[topic.source]})`;
}
