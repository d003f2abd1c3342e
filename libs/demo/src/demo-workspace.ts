import { ApplicationStatus, ContactRole, InteractionDirection, InteractionKind } from '@app/tracking';

/**
 * The demo workspace seeded on first start: a job seeker who interviewed at
 * a few companies. Dates are relative to the seeding day so the demo never
 * goes stale.
 */
export const DEMO_USER = { email: 'demo@topofmind.local', password: 'topofmind-demo', timeZone: 'Europe/Berlin' };

/** What the demo user is aiming for (events on these topics are matched), and the name drafts sign with. */
export const DEMO_PROFILE = {
  displayName: 'Sam Rivera',
  targetRoles: ['Staff Backend Engineer', 'Engineering Manager'],
  interests: ['distributed systems', 'CRDTs', 'payments', 'observability', 'edge computing'],
};

export interface DemoCompany {
  key: string;
  name: string;
  aliases: string[];
  domains: string[];
  status: ApplicationStatus;
  roleTitle: string;
  notes: string;
}

export interface DemoContact {
  key: string;
  company: string;
  name: string;
  title: string;
  role: ContactRole;
  email?: string;
  linkedinUrl?: string;
  linkedinConnected: boolean;
  interests: string[];
  notes: string;
}

export interface DemoInterview {
  company: string;
  contacts: string[];
  daysAgo: number;
  title: string;
  topics: string[];
  questionsAsked: string[];
  concerns: string[];
  promises: string[];
}

export interface DemoInteraction {
  contact: string;
  kind: InteractionKind;
  direction: InteractionDirection;
  daysAgo: number;
  notes: string;
  awaitingReply: boolean;
}

export const DEMO_COMPANIES: DemoCompany[] = [
  {
    key: 'stripe',
    name: 'Stripe',
    aliases: [],
    domains: ['stripe.com'],
    status: ApplicationStatus.INTERVIEWING,
    roleTitle: 'Senior Backend Engineer, Payments Infrastructure',
    notes: 'Team owns the ledger and idempotency layer. Strong on API design and reliability.',
  },
  {
    key: 'notion',
    name: 'Notion Labs',
    aliases: ['Notion'],
    domains: ['notion.so', 'makenotion.com'],
    status: ApplicationStatus.INTERVIEWING,
    roleTitle: 'Staff Engineer, Sync & Offline',
    notes: 'Working on offline-first sync; they mentioned CRDT experiments.',
  },
  {
    key: 'datadog',
    name: 'Datadog',
    aliases: [],
    domains: ['datadoghq.com'],
    status: ApplicationStatus.APPLIED,
    roleTitle: 'Software Engineer, Observability Pipelines',
    notes: 'Referral through a former colleague.',
  },
  {
    key: 'vercel',
    name: 'Vercel',
    aliases: [],
    domains: ['vercel.com'],
    status: ApplicationStatus.RESEARCHING,
    roleTitle: 'Platform Engineer, Edge Runtime',
    notes: 'Follows the Next.js conference circuit.',
  },
];

export const DEMO_CONTACTS: DemoContact[] = [
  {
    key: 'priya',
    company: 'stripe',
    name: 'Priya Raman',
    title: 'Engineering Manager, Payments Infrastructure',
    role: ContactRole.HIRING_MANAGER,
    email: 'priya.raman@stripe.com',
    linkedinUrl: 'https://www.linkedin.com/in/priya-raman-example',
    linkedinConnected: false,
    interests: ['distributed systems', 'idempotency', 'PostgreSQL'],
    notes: 'Asked great questions about exactly-once delivery. Speaks at payments meetups.',
  },
  {
    key: 'marcus',
    company: 'stripe',
    name: 'Marcus Chen',
    title: 'Staff Engineer',
    role: ContactRole.INTERVIEWER,
    linkedinConnected: false,
    interests: ['Ruby', 'API design'],
    notes: 'Ran the system design round.',
  },
  {
    key: 'alex',
    company: 'notion',
    name: 'Alex Kim',
    title: 'Engineering Manager, Sync',
    role: ContactRole.HIRING_MANAGER,
    email: 'alex.kim@makenotion.com',
    linkedinConnected: true,
    interests: ['CRDTs', 'offline-first', 'local-first software'],
    notes: 'Very interested in how I handled conflict resolution in the mobile app.',
  },
  {
    key: 'sam',
    company: 'datadog',
    name: 'Sam Okafor',
    title: 'Technical Recruiter',
    role: ContactRole.RECRUITER,
    email: 'sam.okafor@datadoghq.com',
    linkedinConnected: true,
    interests: ['observability', 'OpenTelemetry'],
    notes: 'Said the team hires again in the new quarter.',
  },
  {
    key: 'lena',
    company: 'vercel',
    name: 'Lena Fischer',
    title: 'Director of Engineering',
    role: ContactRole.HIRING_MANAGER,
    linkedinConnected: false,
    interests: ['edge computing', 'WebAssembly'],
    notes: 'Met briefly at a Berlin JS meetup; no interview yet.',
  },
];

export const DEMO_INTERVIEWS: DemoInterview[] = [
  {
    company: 'stripe',
    contacts: ['priya', 'marcus'],
    daysAgo: 9,
    title: 'Onsite: system design and hiring manager chat',
    topics: ['idempotency keys in payment APIs', 'ledger consistency', 'PostgreSQL partitioning'],
    questionsAsked: ['How would you make a payment retry safe?', 'How do you migrate a hot table without downtime?'],
    concerns: ['Limited experience with Ruby'],
    promises: ['Send the write-up on our zero-downtime partition migration'],
  },
  {
    company: 'notion',
    contacts: ['alex'],
    daysAgo: 4,
    title: 'Hiring manager interview',
    topics: ['offline sync', 'CRDTs', 'conflict resolution'],
    questionsAsked: ['What would you change in how the team ships sync fixes?'],
    concerns: ['Whether I have led a team through a rewrite'],
    promises: ['Share the conflict-resolution benchmark numbers'],
  },
];

export const DEMO_INTERACTIONS: DemoInteraction[] = [
  {
    contact: 'priya',
    kind: InteractionKind.EMAIL,
    direction: InteractionDirection.OUTBOUND,
    daysAgo: 8,
    notes: 'Thank-you email after the onsite.',
    awaitingReply: true,
  },
  {
    contact: 'alex',
    kind: InteractionKind.LINKEDIN_CONNECT,
    direction: InteractionDirection.OUTBOUND,
    daysAgo: 20,
    notes: 'Connected after the recruiter call.',
    awaitingReply: false,
  },
  {
    contact: 'sam',
    kind: InteractionKind.CALL,
    direction: InteractionDirection.INBOUND,
    daysAgo: 12,
    notes: 'Intro call; role fits, waiting for the team to reopen headcount.',
    awaitingReply: false,
  },
];

export const DEMO_PROJECT_UPDATES = [
  {
    title: 'Zero-downtime table partitioning write-up',
    summary: 'How we partitioned a 2 TB PostgreSQL payments table online, with the migration scripts.',
    url: 'https://example.com/blog/zero-downtime-partitioning',
    tags: ['PostgreSQL', 'payments', 'migrations'],
    daysAgo: 3,
  },
  {
    title: 'CRDT sync benchmark',
    summary: 'Benchmarked three CRDT libraries on 10k-document offline sync; results and code.',
    url: 'https://example.com/blog/crdt-benchmark',
    tags: ['CRDTs', 'offline-first', 'sync'],
    daysAgo: 1,
  },
];

/** The past evening of examples/edge-evening.ics, as the demo user logged it. */
export const DEMO_CHECKLIST = {
  eventTitle: 'Edge & WebAssembly Evening',
  met: {
    contact: 'lena',
    notes: 'Her team measures cold starts per region; she is hiring a staff engineer in the new year.',
    topics: ['cold starts of WebAssembly functions at the edge'],
    promises: ['send the cold-start benchmark notes'],
  },
  newPerson: {
    name: 'Jonas Weber',
    companyName: 'Vercel',
    title: 'Staff Engineer, Edge Runtime',
    email: 'jonas.weber@vercel.example',
    notes: 'Works on the edge runtime.',
    topics: ['partitioning large PostgreSQL tables online'],
  },
  /** The LinkedIn note to Lena went out the evening after. */
  noteSentHoursAfter: 2,
};

/** The demo user's digest settings: daily from midnight, so one is due (and sent) as soon as the demo is seeded. */
export const DEMO_DIGEST = { frequency: 'DAILY', localTime: '00:00' } as const;
