import 'reflect-metadata';
import { INestApplicationContext } from '@nestjs/common';
import { AccountsService } from '@app/accounts';
import { UserId } from '@app/common';
import { SourceKind } from '@app/event-model';
import { IngestionModule, SourcesService } from '@app/ingestion';
import { MatchingModule } from '@app/matching';
import { PlannerModule } from '@app/planner';
import { seededRandom } from '@app/testing';
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
import { appOn } from './bench-app';

/** How much one seeded user tracks, and how many events their feed holds in the next `days` days. */
export interface UserSize {
  companies: number;
  contacts: number;
  interviews: number;
  interactions: number;
  projectUpdates: number;
  events: number;
  days: number;
}

/** The plan benchmark's user: 200 companies, 500 people and their history, 20,000 events in 90 days. */
export const LARGE_USER: UserSize = { companies: 200, contacts: 500, interviews: 100, interactions: 1_500, projectUpdates: 20, events: 20_000, days: 90 };

export interface SeededUser {
  id: UserId;
  email: string;
  password: string;
  /** A bearer token for the API. */
  token: string;
  contactIds: string[];
  /** Share of the events that name someone tracked. */
  matchedShare: number;
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

/**
 * Seeds benchmark users through the app's own services (so matches,
 * relevance and every derived row come from the real paths), a few at a
 * time, on an app context of its own that is closed afterwards.
 */
export async function seedUsers(url: string, now: Date, count: number, size: UserSize, prefix = 'bench-user'): Promise<SeededUser[]> {
  const { app, close } = await appOn(url, [TrackingModule, IngestionModule, MatchingModule, PlannerModule]);
  try {
    const users: SeededUser[] = new Array<SeededUser>(count);
    let next = 0;
    const worker = async () => {
      for (let i = next++; i < count; i = next++) {
        users[i] = await seedUser(app, `${prefix}-${i}@example.com`, now, size, seededRandom(20261125 + i));
        process.stderr.write(`\rbench: seeded ${users.filter(Boolean).length} of ${count} users`);
      }
    };
    await Promise.all(Array.from({ length: Math.min(4, count) }, worker));
    process.stderr.write('\n');
    return users;
  } finally {
    await close();
  }
}

async function seedUser(app: INestApplicationContext, email: string, now: Date, size: UserSize, rng: () => number): Promise<SeededUser> {
  const password = 'bench user password';
  const { user, token } = await app.get(AccountsService).register(email, password, 'Europe/Berlin');
  const owner = user.id as UserId;
  const viewer = { id: owner, email, timeZone: 'Europe/Berlin' };
  await app.get(AccountsService).updateProfile(owner, { targetRoles: ['Staff Engineer'], interests: TOPICS.slice(0, 4) });
  const pick = <T>(list: readonly T[]) => list[Math.floor(rng() * list.length)];
  const companies: { id: string; name: string }[] = [];
  for (let i = 0; i < size.companies; i++) {
    const name = `${WORDS[i % WORDS.length]} ${KINDS[Math.floor(i / WORDS.length) % KINDS.length]}`;
    companies.push(await app.get(CompaniesService).create(owner, { name, domains: [`${name.toLowerCase().replace(/\W+/g, '')}.example`] }));
  }
  const contacts: { id: string; name: string; company: string }[] = [];
  const roles = [ContactRole.HIRING_MANAGER, ContactRole.RECRUITER, ContactRole.INTERVIEWER, ContactRole.OTHER];
  for (let i = 0; i < size.contacts; i++) {
    const company = companies[i % companies.length];
    const name = `${FIRST[i % FIRST.length]} ${LAST[Math.floor(i / FIRST.length) % LAST.length]}`;
    const contact = await app.get(ContactsService).create(owner, { name, companyId: company.id, role: roles[i % 4], interests: [pick(TOPICS)] });
    contacts.push({ id: contact.id, name, company: company.name });
  }
  for (let i = 0; i < size.interviews; i++) {
    const contact = contacts[(i * 5) % contacts.length];
    await app.get(InterviewsService).record(owner, {
      companyId: companies[(i * 5) % companies.length].id,
      contactIds: [contact.id],
      occurredAt: new Date(now.getTime() - (5 + (i % 40)) * 86_400_000),
      topics: [pick(TOPICS)],
      questionsAsked: ['How would you design this?'],
      promises: i % 3 === 0 ? ['send the benchmark write-up'] : [],
    });
  }
  for (let i = 0; i < size.interactions; i++) {
    await app.get(InteractionsService).log(owner, {
      contactId: contacts[i % contacts.length].id,
      kind: pick([InteractionKind.EMAIL, InteractionKind.LINKEDIN_CONNECT, InteractionKind.COFFEE, InteractionKind.CALL]),
      direction: rng() < 0.7 ? InteractionDirection.OUTBOUND : InteractionDirection.INBOUND,
      occurredAt: new Date(now.getTime() - Math.floor(rng() * 120) * 86_400_000),
      notes: 'bench',
      awaitingReply: rng() < 0.3,
    });
  }
  for (let i = 0; i < size.projectUpdates; i++) {
    await app
      .get(ProjectUpdatesService)
      .create(viewer, { title: `Write-up ${i} on ${TOPICS[i % TOPICS.length]}`, summary: 'Results and code.', tags: [TOPICS[i % TOPICS.length]] });
  }

  const lines = ['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//topofmind bench//EN'];
  let named = 0;
  for (let i = 0; i < size.events; i++) {
    const start = new Date(now.getTime() + (1 + Math.floor(rng() * (size.days - 2) * 24 * 4)) * 15 * 60_000);
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
  return { id: owner, email, password, token, contactIds: contacts.map((c) => c.id), matchedShare: named / Math.max(1, size.events) };
}
