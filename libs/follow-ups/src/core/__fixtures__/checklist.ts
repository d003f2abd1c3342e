import {
  DEFAULT_CADENCE_RULES,
  touchEngine,
  type CadenceRules,
  type PlannerContact,
  type PlannerEvent,
  type PlannerInteraction,
  type PlannerInterview,
  type PlannerProjectUpdate,
} from '@app/planner';
import type { ChecklistInput, MetPerson, StoredItem } from '../types';

/**
 * A checklist after “Rust Berlin”, Thursday 10 Dec 2026, 17:00–19:00 in
 * Berlin, where the user met Priya. The contact shapes follow the planner's
 * fixtures (libs/planner/src/core/__fixtures__/workspace.ts).
 */
export const ZONE = 'Europe/Berlin';
export const HOUR = 3_600_000;
export const DAY = 86_400_000;
export const at = (iso: string) => new Date(iso);

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

export function interaction(overrides: Partial<PlannerInteraction> & { id: string; occurredAt: Date }): PlannerInteraction {
  return { contactId: 'priya', kind: 'EMAIL', direction: 'OUTBOUND', notes: '', awaitingReply: true, ...overrides };
}

export function event(overrides: Partial<PlannerEvent> & { startsAt: Date }): PlannerEvent {
  return {
    id: 'ev-rust',
    title: 'Rust Berlin',
    endsAt: new Date(overrides.startsAt.getTime() + 2 * HOUR),
    allDay: false,
    start: overrides.startsAt.toISOString(),
    location: 'c-base',
    url: 'https://example.com/events/rust-berlin',
    onlineUrl: null,
    categories: ['Rust', 'systems programming'],
    status: 'CONFIRMED',
    attendance: 'GOING',
    ...overrides,
  };
}

export function stored(overrides: Partial<StoredItem> & { key: string; kind: StoredItem['kind'] }): StoredItem {
  return {
    contactId: overrides.key.startsWith('-:') ? null : overrides.key.split(':')[0],
    status: 'OPEN',
    text: null,
    promisedBy: null,
    snoozedUntil: null,
    skipReason: null,
    doneAt: null,
    createdAt: at('2026-12-10T20:00:00Z'),
    ...overrides,
  };
}

/** Thursday 10 Dec 2026, 17:00–19:00 in Berlin. */
export const RUST_BERLIN = event({ startsAt: at('2026-12-10T16:00:00Z') });
export const END = at('2026-12-10T18:00:00Z');

export const PRIYA = contact({ id: 'priya' });
/** Connected on LinkedIn already. */
export const ALEX = contact({
  id: 'alex',
  name: 'Alex Kim',
  companyId: 'co-notion',
  companyName: 'Notion Labs',
  email: 'alex.kim@makenotion.com',
  linkedinConnected: true,
  interests: ['CRDTs', 'offline-first'],
});
/** No email address, not connected. */
export const LENA = contact({
  id: 'lena',
  name: 'Lena Fischer',
  companyId: 'co-vercel',
  companyName: 'Vercel',
  email: null,
  linkedinConnected: false,
  interests: ['edge computing', 'WebAssembly'],
});

/** Fits Priya: her interest in PostgreSQL. */
export const PARTITIONING_UPDATE: PlannerProjectUpdate = {
  id: 'pu-partitioning',
  title: 'Zero-downtime table partitioning write-up',
  summary: 'How we partitioned a 2 TB PostgreSQL payments table online, with the migration scripts.',
  url: 'https://example.com/blog/zero-downtime-partitioning',
  tags: ['PostgreSQL', 'payments', 'migrations'],
  occurredOn: '2026-11-17',
};
/** Fits nobody here. */
export const GARDENING_UPDATE: PlannerProjectUpdate = {
  id: 'pu-garden',
  title: 'Balcony tomatoes, season two',
  summary: 'What grew.',
  url: null,
  tags: ['gardening'],
  occurredOn: '2026-11-01',
};

/** A meeting at the event and the MET_AT_EVENT interaction logged for it. */
export function meeting(contactId: string, metAt: Date = END, topics: string[] = []): { met: MetPerson; logged: PlannerInteraction } {
  const meetingId = `met-${contactId}`;
  return {
    met: { contactId, meetingId, metAt, topics },
    logged: interaction({ id: meetingId, contactId, kind: 'MET_AT_EVENT', occurredAt: metAt, awaitingReply: false }),
  };
}

export interface Scenario {
  now?: Date;
  zone?: string;
  rules?: CadenceRules;
  linkedinPremium?: boolean;
  event?: PlannerEvent;
  contacts?: PlannerContact[];
  /** Meetings; their MET_AT_EVENT interactions are logged too. */
  met?: { met: MetPerson; logged: PlannerInteraction }[];
  suggested?: string[];
  interactions?: PlannerInteraction[];
  interviews?: PlannerInterview[];
  projectUpdates?: PlannerProjectUpdate[];
  stored?: StoredItem[];
  attendeesRecordedAt?: Date | null;
}

/** By default: two hours after the event, Priya met and recorded. */
export function checklistInput(scenario: Scenario = {}): ChecklistInput {
  const met = scenario.met ?? [meeting('priya')];
  const engine = touchEngine({
    now: scenario.now ?? new Date(END.getTime() + 2 * HOUR),
    timeZone: scenario.zone ?? ZONE,
    linkedinPremium: scenario.linkedinPremium ?? false,
    rules: scenario.rules ?? DEFAULT_CADENCE_RULES,
    contacts: scenario.contacts ?? [PRIYA, ALEX, LENA],
    interviews: scenario.interviews ?? [],
    interactions: [...met.map((meetingAt) => meetingAt.logged), ...(scenario.interactions ?? [])],
    projectUpdates: scenario.projectUpdates ?? [],
    senderName: 'Jamie Doe',
  });
  return {
    checklistId: 'cl-1',
    event: scenario.event ?? RUST_BERLIN,
    attendeesRecordedAt: scenario.attendeesRecordedAt === undefined ? END : scenario.attendeesRecordedAt,
    met: met.map((meetingAt) => meetingAt.met),
    suggested: scenario.suggested ?? [],
    stored: scenario.stored ?? [],
    engine,
  };
}
