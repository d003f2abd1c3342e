import type {
  PlannerContact,
  PlannerEvent,
  PlannerInteraction,
  PlannerInterview,
  PlannerMatch,
  PlannerProjectUpdate,
} from '../types';

/**
 * A small workspace shaped like the demo seed (libs/demo), pinned to a fixed
 * clock so every expectation is exact. Wednesday 20 Nov 2024, 11:00 in Berlin.
 */
export const NOW = new Date('2024-11-20T10:00:00Z');
export const ZONE = 'Europe/Berlin';

const DAY = 86_400_000;
export const daysAgo = (days: number, from: Date = NOW) => new Date(from.getTime() - days * DAY);
export const daysAhead = (days: number, from: Date = NOW) => new Date(from.getTime() + days * DAY);

export function contact(overrides: Partial<PlannerContact> & { id: string }): PlannerContact {
  return {
    name: 'Priya Raman',
    role: 'HIRING_MANAGER',
    title: 'Engineering Manager, Payments Infrastructure',
    companyId: 'co-stripe',
    companyName: 'Stripe',
    linkedinConnected: false,
    linkedinUrl: 'https://www.linkedin.com/in/priya-raman-example',
    email: 'priya.raman@stripe.com',
    interests: ['distributed systems', 'idempotency', 'PostgreSQL'],
    ...overrides,
  };
}

export function interview(overrides: Partial<PlannerInterview> & { id: string; occurredAt: Date }): PlannerInterview {
  return {
    companyId: 'co-stripe',
    contactIds: ['priya'],
    title: 'Onsite: system design and hiring manager chat',
    topics: ['idempotency keys in payment APIs', 'ledger consistency', 'PostgreSQL partitioning'],
    questionsAsked: ['How would you make a payment retry safe?', 'How do you migrate a hot table without downtime?'],
    concerns: ['Limited experience with Ruby'],
    promises: ['Send the write-up on our zero-downtime partition migration'],
    ...overrides,
  };
}

export function interaction(overrides: Partial<PlannerInteraction> & { id: string; occurredAt: Date }): PlannerInteraction {
  return {
    contactId: 'priya',
    kind: 'EMAIL',
    direction: 'OUTBOUND',
    notes: '',
    awaitingReply: true,
    ...overrides,
  };
}

export function event(overrides: Partial<PlannerEvent> & { id: string; startsAt: Date }): PlannerEvent {
  return {
    title: 'Payments Engineering Meetup Berlin',
    endsAt: new Date(overrides.startsAt.getTime() + 3 * 3_600_000),
    allDay: false,
    start: overrides.startsAt.toISOString(),
    location: 'Factory Berlin',
    url: 'https://example.com/events/payments',
    onlineUrl: null,
    categories: ['payments', 'PostgreSQL'],
    status: 'CONFIRMED',
    attendance: null,
    ...overrides,
  };
}

export function match(overrides: Partial<PlannerMatch> & { eventId: string }): PlannerMatch {
  return {
    kind: 'PERSON',
    role: 'SPEAKER',
    score: 0.95,
    contactId: 'priya',
    companyId: null,
    topicId: null,
    topicPhrase: null,
    evidence: [{ field: 'performers', snippet: 'Priya Raman (Stripe)' }],
    reason: 'Priya Raman is listed as a speaker',
    ...overrides,
  };
}

export const PRIYA = contact({ id: 'priya' });
export const MARCUS = contact({
  id: 'marcus',
  name: 'Marcus Chen',
  role: 'INTERVIEWER',
  title: 'Staff Engineer',
  email: null,
  linkedinUrl: null,
  interests: ['Ruby', 'API design'],
});
export const ALEX = contact({
  id: 'alex',
  name: 'Alex Kim',
  title: 'Engineering Manager, Sync',
  companyId: 'co-notion',
  companyName: 'Notion Labs',
  email: 'alex.kim@makenotion.com',
  linkedinConnected: true,
  interests: ['CRDTs', 'offline-first', 'local-first software'],
});
export const SAM = contact({
  id: 'sam',
  name: 'Sam Okafor',
  role: 'RECRUITER',
  title: 'Technical Recruiter',
  companyId: 'co-datadog',
  companyName: 'Datadog',
  email: 'sam.okafor@datadoghq.com',
  linkedinConnected: true,
  interests: ['observability', 'OpenTelemetry'],
});
export const LENA = contact({
  id: 'lena',
  name: 'Lena Fischer',
  role: 'HIRING_MANAGER',
  title: 'Director of Engineering',
  companyId: 'co-vercel',
  companyName: 'Vercel',
  email: null,
  linkedinConnected: false,
  interests: ['edge computing', 'WebAssembly'],
});

export const STRIPE_ONSITE = interview({ id: 'iv-stripe', occurredAt: daysAgo(9), contactIds: ['priya', 'marcus'] });
export const NOTION_INTERVIEW = interview({
  id: 'iv-notion',
  companyId: 'co-notion',
  contactIds: ['alex'],
  occurredAt: daysAgo(4),
  title: 'Hiring manager interview',
  topics: ['offline sync', 'CRDTs', 'conflict resolution'],
  questionsAsked: ['What would you change in how the team ships sync fixes?'],
  concerns: ['Whether I have led a team through a rewrite'],
  promises: ['Share the conflict-resolution benchmark numbers'],
});

export const PARTITIONING_UPDATE: PlannerProjectUpdate = {
  id: 'pu-partitioning',
  title: 'Zero-downtime table partitioning write-up',
  summary: 'How we partitioned a 2 TB PostgreSQL payments table online, with the migration scripts.',
  url: 'https://example.com/blog/zero-downtime-partitioning',
  tags: ['PostgreSQL', 'payments', 'migrations'],
  occurredOn: '2024-11-17',
};
export const CRDT_UPDATE: PlannerProjectUpdate = {
  id: 'pu-crdt',
  title: 'CRDT sync benchmark',
  summary: 'Benchmarked three CRDT libraries on 10k-document offline sync; results and code.',
  url: 'https://example.com/blog/crdt-benchmark',
  tags: ['CRDTs', 'offline-first', 'sync'],
  occurredOn: '2024-11-19',
};

export const DEMO = {
  contacts: [PRIYA, MARCUS, ALEX, SAM, LENA],
  interviews: [STRIPE_ONSITE, NOTION_INTERVIEW],
  interactions: [
    interaction({ id: 'ix-priya-thanks', occurredAt: daysAgo(8), notes: 'Thank-you email after the onsite.' }),
    interaction({ id: 'ix-alex-connect', contactId: 'alex', kind: 'LINKEDIN_CONNECT', occurredAt: daysAgo(20), awaitingReply: false }),
    interaction({ id: 'ix-sam-call', contactId: 'sam', kind: 'CALL', direction: 'INBOUND', occurredAt: daysAgo(12), awaitingReply: false }),
  ],
  projectUpdates: [PARTITIONING_UPDATE, CRDT_UPDATE],
};
