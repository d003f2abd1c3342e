import { randomUUID } from 'node:crypto';
import { ProfileChanges, ProfileReader, UserEntity } from '@app/accounts';
import { CatalogueChanges, EventReader } from '@app/ingestion';
import { MatchingChanges, MatchingModule, MatchingService } from '@app/matching';
import { Metrics } from '@app/metrics';
import { CompaniesService, CompanyEntity, ContactEntity, ContactRole, ContactsService, RelationshipReader, TrackingChanges } from '@app/tracking';
import { createIntegrationDatabase, IntegrationDatabase } from '../../../test/utils/integration-database';

interface MatchRow {
  owner_id: string;
  event_id: string;
  kind: 'PERSON' | 'COMPANY' | 'TOPIC';
  contact_id: string | null;
  company_id: string | null;
  topic: string | null;
  score: number;
  reason: string;
  evidence: { field: string }[];
}

const DAY = 24 * 3600 * 1000;

/**
 * MatchingService stores each user's matches between their events and what
 * they track, wired as MatchingModule wires it: the catalogue's changes
 * match new events, tracking and profile changes re-match upcoming ones.
 */
describe('MatchingService on PostgreSQL', () => {
  let database: IntegrationDatabase;
  let matching: MatchingService;
  let catalogue: CatalogueChanges;
  let profiles: ProfileChanges;
  let companies: CompaniesService;
  let contacts: ContactsService;
  let rewritten: [string, readonly string[]][];

  const matchesOf = (owner: string, eventId?: string) =>
    database.rows<MatchRow>(
      `SELECT owner_id, event_id, kind, contact_id, company_id, topic, score, reason, evidence FROM event_matches
        WHERE owner_id = $1 AND ($2::uuid IS NULL OR event_id = $2) ORDER BY event_id, kind, contact_id, company_id, topic`,
      [owner, eventId ?? null],
    );
  const summary = (rows: MatchRow[]) => rows.map((m) => [m.event_id, m.kind, m.contact_id ?? m.company_id ?? m.topic]);

  async function insertEvent(owner: string, title: string, startsAt: Date, description: string | null = null): Promise<string> {
    const [{ id }] = await database.rows<{ id: string }>(
      `INSERT INTO events (owner_id, uid, title, description, all_day, start_local, starts_at) VALUES ($1, $2, $3, $4, false, $5, $6) RETURNING id`,
      [owner, `${randomUUID()}@test`, title, description, startsAt.toISOString(), startsAt],
    );
    return id;
  }

  /** A user tracking Stripe and Priya Raman (an engineering manager there), with two upcoming events and one past. */
  async function trackingUser() {
    const owner = await database.createUser();
    const stripe = await companies.create(owner, { name: 'Stripe', domains: ['stripe.com'] });
    const priya = await contacts.create(owner, { name: 'Priya Raman', companyId: stripe.id, title: 'Engineering Manager' });
    const now = Date.now();
    const paymentsNight = await insertEvent(owner, 'Payments night at Stripe', new Date(now + 10 * DAY), 'Priya Raman talks about ledgers.');
    const jsMeetup = await insertEvent(owner, 'Monthly JS meetup', new Date(now + 12 * DAY), 'Bundlers and pizza.');
    const pastDatadog = await insertEvent(owner, 'Datadog observability evening', new Date(now - 10 * DAY));
    return { owner, stripe, priya, paymentsNight, jsMeetup, pastDatadog };
  }

  beforeAll(async () => {
    database = await createIntegrationDatabase('matching');
    const { dataSource } = database;
    const changes = new MatchingChanges();
    changes.subscribe(async (owner, eventIds) => void rewritten.push([owner, eventIds]));
    matching = new MatchingService(
      dataSource,
      changes,
      new EventReader(dataSource),
      new RelationshipReader(dataSource),
      new ProfileReader(dataSource.getRepository(UserEntity)),
      new Metrics(),
    );
    const tracking = new TrackingChanges();
    companies = new CompaniesService(dataSource.getRepository(CompanyEntity), tracking);
    contacts = new ContactsService(dataSource.getRepository(ContactEntity), companies, tracking);
    catalogue = new CatalogueChanges();
    profiles = new ProfileChanges();
    new MatchingModule(matching, catalogue, tracking, profiles).onModuleInit();
  });
  afterAll(() => database.close());
  beforeEach(() => {
    rewritten = [];
  });

  it("stores the owner's matches for the events the catalogue publishes, and says which events it rewrote", async () => {
    const { owner, stripe, priya, paymentsNight, jsMeetup } = await trackingUser();
    rewritten = [];

    await catalogue.publish(owner, [paymentsNight, jsMeetup]);

    const stored = await matchesOf(owner);
    expect(summary(stored).sort()).toEqual(
      [
        [paymentsNight, 'COMPANY', stripe.id],
        [paymentsNight, 'PERSON', priya.id],
      ].sort(),
    );
    for (const match of stored) {
      expect(match.score).toBeGreaterThan(0);
      expect(match.score).toBeLessThanOrEqual(1);
      expect(match.reason).not.toBe('');
      expect(match.evidence.length).toBeGreaterThan(0);
    }
    expect(rewritten).toEqual([[owner, [paymentsNight, jsMeetup]]]);
  });

  it("replaces an event's matches when it is matched again, and drops them when the event no longer mentions anyone", async () => {
    const { owner, paymentsNight } = await trackingUser();
    expect(await matching.matchEvents(owner, [paymentsNight])).toBe(2);
    const first = summary(await matchesOf(owner));

    expect(await matching.matchEvents(owner, [paymentsNight])).toBe(2);
    expect(summary(await matchesOf(owner))).toEqual(first);
    expect(await database.count('event_matches', 'owner_id = $1', [owner])).toBe(2);

    await database.rows("UPDATE events SET title = 'Payments night', description = 'Ledgers and pizza.' WHERE id = $1", [paymentsNight]);
    expect(await matching.matchEvents(owner, [paymentsNight])).toBe(0);
    expect(await matchesOf(owner)).toEqual([]);
  });

  it('re-matches when an edit changes what matching reads of a contact (name, title, role), not for notes or interests', async () => {
    const { owner, priya, paymentsNight } = await trackingUser();
    await catalogue.publish(owner, [paymentsNight]);
    rewritten = [];

    await contacts.update(owner, priya.id, { notes: 'Met at the payments night; send the write-up.', interests: ['ledgers'], linkedinConnected: true });
    expect(rewritten).toEqual([]);

    await contacts.update(owner, priya.id, { name: 'Priya R. Raman' });
    expect(rewritten.map(([who]) => who)).toEqual([owner]);
    rewritten = [];
    await contacts.update(owner, priya.id, { title: 'Director of Engineering' });
    await contacts.update(owner, priya.id, { role: ContactRole.HIRING_MANAGER });
    expect(rewritten.map(([who]) => who)).toEqual([owner, owner]);
  });

  it('re-matches upcoming events (not past ones) when the user changes what they track or their interests', async () => {
    const { owner, stripe, priya, paymentsNight, pastDatadog } = await trackingUser();
    const datadogMeetup = await insertEvent(owner, 'Datadog meetup: tracing at scale', new Date(Date.now() + 20 * DAY));
    await matching.rematchUpcoming(owner);
    expect(summary(await matchesOf(owner, datadogMeetup))).toEqual([]);

    const datadog = await companies.create(owner, { name: 'Datadog', domains: ['datadoghq.com'] });
    expect(summary(await matchesOf(owner, datadogMeetup))).toEqual([[datadogMeetup, 'COMPANY', datadog.id]]);
    expect(await matchesOf(owner, pastDatadog)).toEqual([]);

    await contacts.update(owner, priya.id, { name: 'Priya Sharma' });
    expect(summary(await matchesOf(owner, paymentsNight))).toEqual([[paymentsNight, 'COMPANY', stripe.id]]);

    await database.rows("UPDATE users SET interests = '{tracing}' WHERE id = $1", [owner]);
    await profiles.publish(owner);
    expect(summary(await matchesOf(owner, datadogMeetup)).sort()).toEqual(
      [
        [datadogMeetup, 'COMPANY', datadog.id],
        [datadogMeetup, 'TOPIC', 'tracing'],
      ].sort(),
    );
  });

  it("keeps users apart: matches only with the owner's own companies and contacts, and never touches another user's matches", async () => {
    const alice = await trackingUser();
    const bob = await trackingUser(); // tracks a Stripe and a Priya Raman of his own
    await matching.rematchUpcoming(alice.owner);
    await matching.rematchUpcoming(bob.owner);
    const aliceMatches = await matchesOf(alice.owner);
    expect(aliceMatches.map((m) => m.contact_id ?? m.company_id).sort()).toEqual([alice.priya.id, alice.stripe.id].sort());
    expect(
      summary(await matchesOf(bob.owner))
        .map((m) => m[2])
        .sort(),
    ).toEqual([bob.priya.id, bob.stripe.id].sort());

    // Bob asking for Alice's event: her event is not his, so nothing is read, stored or deleted.
    rewritten = [];
    expect(await matching.matchEvents(bob.owner, [alice.paymentsNight])).toBe(0);
    expect(await matchesOf(bob.owner, alice.paymentsNight)).toEqual([]);
    expect(await matchesOf(alice.owner)).toEqual(aliceMatches);

    const crossed = await database.count(
      'event_matches m',
      `EXISTS (SELECT 1 FROM events e WHERE e.id = m.event_id AND e.owner_id <> m.owner_id)
        OR EXISTS (SELECT 1 FROM companies c WHERE c.id = m.company_id AND c.owner_id <> m.owner_id)
        OR EXISTS (SELECT 1 FROM contacts c WHERE c.id = m.contact_id AND c.owner_id <> m.owner_id)`,
    );
    expect(crossed).toBe(0);
  });
});
