import 'reflect-metadata';
import { ChildProcess } from 'node:child_process';
import { Module } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import autocannon from 'autocannon';
import { AccountsModule, AccountsService } from '@app/accounts';
import { UserId } from '@app/common';
import { ConfigModule, loadConfig } from '@app/config';
import { IngestionModule, SourcesService } from '@app/ingestion';
import { SourceKind } from '@app/event-model';
import { JobsModule } from '@app/jobs';
import { MatchingModule } from '@app/matching';
import { PlannerModule } from '@app/planner';
import { DatabaseModule, prepareDatabase } from '@app/persistence';
import {
  CompaniesService,
  ContactRole,
  ContactsService,
  InteractionDirection,
  InteractionKind,
  InteractionsService,
  InterviewsService,
  ProjectUpdatesService,
  TrackingModule,
} from '@app/tracking';
import { benchDatabase, freePort, startBenchApi, stopBenchApi } from './bench-database';
import { seededRandom as random } from '@app/testing';

export interface LatencySummary {
  requests: number;
  rps: number;
  p50: number;
  p90: number;
  p99: number;
  max: number;
  errors: number;
}

export interface PlanBenchResult {
  data: { contacts: number; companies: number; eventsInWindow: number; matchedEvents: number; itemsReturned: number };
  connections: number;
  seconds: number;
  baseline: LatencySummary;
  plan: LatencySummary;
  /** One client, each request a different limit so none is answered from the cache: the cost of computing a plan. */
  uncached: { requests: number; p50: number; p99: number; max: number };
  ratioP99VsBaseline: number;
  target: { p99Ms: number; met: boolean };
}

const FIRST = [
  'Priya',
  'Alex',
  'Sam',
  'Lena',
  'Marcus',
  'Zoë',
  'Jonas',
  'Aiko',
  'Omar',
  'Sofia',
  'Ravi',
  'Elena',
  'Tomás',
  'Chen',
  'Fatima',
  'Noah',
  'Ines',
  'Kwame',
  'Hana',
  'Luca',
];
const LAST = [
  'Raman',
  'Kim',
  'Okafor',
  'Fischer',
  'Chen',
  'Müller',
  'Weber',
  'Tanaka',
  'Haddad',
  'Rossi',
  'Patel',
  'Petrova',
  'García',
  'Wang',
  'Nasser',
  'Smith',
  'Costa',
  'Mensah',
  'Sato',
  'Bianchi',
  'Novak',
  'Lindqvist',
  'Dubois',
  'Kowalski',
  'Oyelaran',
];
const WORDS = [
  'Nimbus',
  'Quartz',
  'Helix',
  'Ledgerly',
  'Orbital',
  'Parcel',
  'Vantage',
  'Kestrel',
  'Lumen',
  'Cobalt',
  'Tessera',
  'Brightline',
  'Fathom',
  'Juniper',
  'Meridian',
  'Solace',
  'Tandem',
  'Verity',
  'Waypoint',
  'Zephyr',
];
const KINDS = ['Labs', 'Systems', 'Analytics', 'Payments', 'Cloud', 'Robotics', 'Health', 'Security', 'Data', 'Networks'];
const TOPICS = ['distributed systems', 'observability', 'payments', 'CRDTs', 'platform engineering', 'data pipelines', 'TypeScript', 'security'];

const pad = (n: number) => String(n).padStart(2, '0');
const icsTime = (d: Date) => `${d.getUTCFullYear()}${pad(d.getUTCMonth() + 1)}${pad(d.getUTCDate())}T${pad(d.getUTCHours())}${pad(d.getUTCMinutes())}00Z`;
const escape = (s: string) => s.replace(/[\\,;]/g, (c) => `\\${c}`);

/** A user with 200 companies, 500 contacts and their history, and 20,000 events in the next 90 days (a tenth naming someone tracked). */
export async function seed(url: string, now: Date, rng: () => number): Promise<{ email: string; password: string; matchedShare: number }> {
  const config = loadConfig({ NODE_ENV: 'test', LOG_LEVEL: 'error', RUN_WORKER: 'false', DATABASE_URL: url, SEED_DEMO: 'false' });
  const prepared = await prepareDatabase(config, () => undefined);

  @Module({
    imports: [
      ConfigModule.forRoot(config),
      DatabaseModule.forRoot(prepared, { poolSize: 10, statementTimeoutMs: 0 }, 'topofmind-bench'),
      JobsModule,
      AccountsModule,
      TrackingModule,
      IngestionModule,
      MatchingModule,
      PlannerModule,
    ],
  })
  class PlanSeedModule {}

  const app = await NestFactory.createApplicationContext(PlanSeedModule, { logger: ['error'] });
  await app.init();
  const email = 'plan-bench@example.com';
  const password = 'plan bench password';
  try {
    const { user } = await app.get(AccountsService).register(email, password, 'Europe/Berlin');
    const owner = user.id as UserId;
    const viewer = { id: owner, email, timeZone: 'Europe/Berlin' };
    await app.get(AccountsService).updateProfile(owner, { targetRoles: ['Staff Engineer'], interests: TOPICS.slice(0, 4) });
    const pick = <T>(list: readonly T[]) => list[Math.floor(rng() * list.length)];
    const companies: { id: string; name: string }[] = [];
    for (let i = 0; i < 200; i++) {
      const name = `${WORDS[i % WORDS.length]} ${KINDS[Math.floor(i / WORDS.length) % KINDS.length]}`;
      companies.push(await app.get(CompaniesService).create(owner, { name, domains: [`${name.toLowerCase().replace(/\W+/g, '')}.example`] }));
    }
    const contacts: { id: string; name: string; company: string }[] = [];
    const roles = [ContactRole.HIRING_MANAGER, ContactRole.RECRUITER, ContactRole.INTERVIEWER, ContactRole.OTHER];
    for (let i = 0; i < 500; i++) {
      const company = companies[i % companies.length];
      const name = `${FIRST[i % FIRST.length]} ${LAST[Math.floor(i / FIRST.length) % LAST.length]}`;
      const contact = await app.get(ContactsService).create(owner, { name, companyId: company.id, role: roles[i % 4], interests: [pick(TOPICS)] });
      contacts.push({ id: contact.id, name, company: company.name });
    }
    for (let i = 0; i < 100; i++) {
      const contact = contacts[i * 5];
      await app.get(InterviewsService).record(owner, {
        companyId: companies[(i * 5) % companies.length].id,
        contactIds: [contact.id],
        occurredAt: new Date(now.getTime() - (5 + (i % 40)) * 86_400_000),
        topics: [pick(TOPICS)],
        questionsAsked: ['How would you design this?'],
        promises: i % 3 === 0 ? ['send the benchmark write-up'] : [],
      });
    }
    for (let i = 0; i < 1_500; i++) {
      await app.get(InteractionsService).log(owner, {
        contactId: contacts[i % contacts.length].id,
        kind: pick([InteractionKind.EMAIL, InteractionKind.LINKEDIN_CONNECT, InteractionKind.COFFEE, InteractionKind.CALL]),
        direction: rng() < 0.7 ? InteractionDirection.OUTBOUND : InteractionDirection.INBOUND,
        occurredAt: new Date(now.getTime() - Math.floor(rng() * 120) * 86_400_000),
        notes: 'bench',
        awaitingReply: rng() < 0.3,
      });
    }
    for (let i = 0; i < 20; i++) {
      await app
        .get(ProjectUpdatesService)
        .create(viewer, { title: `Write-up ${i} on ${TOPICS[i % TOPICS.length]}`, summary: 'Results and code.', tags: [TOPICS[i % TOPICS.length]] });
    }

    const lines = ['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//topofmind bench//EN'];
    let named = 0;
    for (let i = 0; i < 20_000; i++) {
      const start = new Date(now.getTime() + (1 + Math.floor(rng() * 88 * 24 * 4)) * 15 * 60_000);
      let description = `Talks and networking about ${pick(TOPICS)}. Doors open 30 minutes before.`;
      if (rng() < 0.1) {
        named++;
        const contact = pick(contacts);
        description = rng() < 0.5 ? `${contact.name} from ${contact.company} speaks about ${pick(TOPICS)}.` : `Hosted by ${contact.company}. ${description}`;
      }
      lines.push(
        'BEGIN:VEVENT',
        `UID:bench-${i}@example.com`,
        'DTSTAMP:20260101T000000Z',
        `DTSTART:${icsTime(start)}`,
        'DURATION:PT2H',
        `SUMMARY:${escape(`${pick(WORDS)} ${pick(['Meetup', 'Night', 'Forum', 'Summit'])} #${i}`)}`,
        `DESCRIPTION:${escape(description)}`,
        `LOCATION:${escape(`Venue ${i % 300}, Berlin`)}`,
        'END:VEVENT',
      );
    }
    lines.push('END:VCALENDAR');
    await app.get(SourcesService).importText(viewer, { name: 'bench feed', text: lines.join('\r\n'), kind: SourceKind.ICAL }, { untilDone: true });
    return { email, password, matchedShare: named / 20_000 };
  } finally {
    await app.close();
    await prepared.close();
  }
}

function summarise(result: autocannon.Result): LatencySummary {
  return {
    requests: result.requests.total,
    rps: Math.round(result.requests.average),
    p50: result.latency.p50,
    p90: result.latency.p90,
    p99: result.latency.p99,
    max: result.latency.max,
    errors: result.errors + result.non2xx,
  };
}

async function load(url: string, token: string, query: string, connections: number, seconds: number): Promise<autocannon.Result> {
  return autocannon({
    url: `${url}/graphql`,
    method: 'POST',
    connections,
    duration: seconds,
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify({ query }),
  });
}

/**
 * The plan query under load: 20 concurrent clients on loopback against an
 * API process of its own, for a user with 500 contacts, 200 companies and
 * 20,000 events in the window. Baseline: the cheapest authenticated query
 * (`me`) under the same load in the same run.
 */
export async function runPlanBench(connections = 20, seconds = 15): Promise<PlanBenchResult> {
  const db = await benchDatabase('plan');
  const now = new Date();
  const rng = random(20261125);
  let api: ChildProcess | null = null;
  try {
    const seeded = await seed(db.url, now, rng);
    const port = await freePort();
    api = await startBenchApi(db.url, port, { RUN_WORKER: 'false' });
    const base = `http://127.0.0.1:${port}`;
    const login = await fetch(`${base}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: `mutation { login(input: {email: "${seeded.email}", password: "${seeded.password}"}) { token } }` }),
    });
    const token = ((await login.json()) as { data: { login: { token: string } } }).data.login.token;
    const to = new Date(now.getTime() + 90 * 86_400_000).toISOString();
    const planQuery = `{ plan(from: "${now.toISOString()}", to: "${to}", limit: 50) { items { score event { id uid title start end url status }
      matches { kind score role evidence company { id name } contact { id name } } reasons { text }
      meet { contact { id name } why talkingPoints { text sources { kind id } } } conflicts { event { id title } } } } }`;
    const probe = (await (
      await fetch(`${base}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
        body: JSON.stringify({ query: planQuery }),
      })
    ).json()) as { data?: { plan: { items: unknown[] } }; errors?: unknown };
    if (!probe.data) throw new Error(`plan query failed: ${JSON.stringify(probe.errors)}`);

    const uncachedMs: number[] = [];
    for (let limit = 20; limit < 60; limit++) {
      const started = performance.now();
      const response = await fetch(`${base}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
        body: JSON.stringify({ query: planQuery.replace('limit: 50', `limit: ${limit}`) }),
      });
      await response.text();
      uncachedMs.push(performance.now() - started);
    }
    uncachedMs.sort((a, b) => a - b);
    const at = (q: number) => Math.round(uncachedMs[Math.min(uncachedMs.length - 1, Math.floor(q * uncachedMs.length))]);

    await load(base, token, '{ me { id } }', connections, 3); // warm-up: JIT, connection pool
    await load(base, token, planQuery, connections, 3);
    const baseline = summarise(await load(base, token, '{ me { id } }', connections, seconds));
    const plan = summarise(await load(base, token, planQuery, connections, seconds));
    return {
      data: {
        contacts: 500,
        companies: 200,
        eventsInWindow: 20_000,
        matchedEvents: Math.round(seeded.matchedShare * 20_000),
        itemsReturned: probe.data.plan.items.length,
      },
      connections,
      seconds,
      baseline,
      plan,
      uncached: { requests: uncachedMs.length, p50: at(0.5), p99: at(0.99), max: Math.round(uncachedMs[uncachedMs.length - 1]) },
      ratioP99VsBaseline: Math.round((plan.p99 / Math.max(1, baseline.p99)) * 10) / 10,
      target: { p99Ms: 100, met: plan.p99 <= 100 },
    };
  } finally {
    if (api) await stopBenchApi(api, 10_000);
    await db.close();
  }
}
