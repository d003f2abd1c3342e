import { CatalogueChanges, CatalogueSync } from '@app/ingestion';
import { createIntegrationDatabase, IntegrationDatabase } from '../../../../../test/utils/integration-database';
import { createFeed, storeRead, subscribe, vcalendar, vevent } from '../store/catalogue.test-helper';

interface EventRow {
  id: string;
  owner_id: string;
  uid: string;
  title: string;
  start_local: string;
  location: string | null;
  status: string;
  merge_reasons: string[];
}

const PAYMENTS = vevent('payments-12@meetup.example', '20270114T173000Z', 'Berlin Payments Meetup #12', 'LOCATION:Factory Berlin');
const CRDT = vevent('crdt-3@meetup.example', '20270120T180000Z', 'Local-first Berlin: CRDTs in production', 'LOCATION:Betahaus');
const day = (n: number) => new Date(Date.UTC(2026, 11, n, 9));

/**
 * CatalogueSync keeps each subscriber's events in step with a feed's items,
 * in a transaction of its own, and tells the other features (matching) what
 * changed after the commit.
 */
describe('CatalogueSync on PostgreSQL', () => {
  let database: IntegrationDatabase;
  let sync: CatalogueSync;
  let published: [string, string[]][];

  const eventsOf = (owner: string) =>
    database.rows<EventRow>(
      'SELECT id, owner_id, uid, title, start_local, location, status, merge_reasons FROM events WHERE owner_id = $1 ORDER BY start_local, id',
      [owner],
    );
  const linksOf = (owner: string) =>
    database.rows<{ item_id: string; event_id: string; merge_reason: string | null; feed_id: string }>(
      `SELECT ei.item_id, ei.event_id, ei.merge_reason, fi.feed_id FROM event_items ei JOIN feed_items fi ON fi.id = ei.item_id
        WHERE ei.owner_id = $1 ORDER BY ei.event_id, ei.merge_reason NULLS FIRST`,
      [owner],
    );
  const dataVersion = async (owner: string) =>
    (await database.rows<{ data_version: string }>('SELECT data_version FROM users WHERE id = $1', [owner]))[0].data_version;

  beforeAll(async () => {
    database = await createIntegrationDatabase('catalogue_sync');
    const changes = new CatalogueChanges();
    changes.subscribe(async (owner, eventIds) => void published.push([owner, eventIds]));
    sync = new CatalogueSync(database.dataSource, changes);
  });
  afterAll(() => database.close());
  beforeEach(() => {
    published = [];
  });

  /** A feed of the two meetups that alice and bob both follow, read once; carol follows nothing. */
  async function sharedFeed() {
    const [alice, bob, carol] = [await database.createUser(), await database.createUser(), await database.createUser()];
    const feed = await createFeed(database, `meetups-${Date.now()}-${Math.random()}`);
    await subscribe(database, alice, feed, 'Meetups');
    await subscribe(database, bob, feed, 'Meetups');
    await storeRead(database, feed, vcalendar(PAYMENTS, CRDT), day(1));
    return { alice, bob, carol, feed };
  }

  it("gives every subscriber an event of their own per item, and publishes each one's events after the commit", async () => {
    const { alice, bob, carol, feed } = await sharedFeed();

    expect(await sync.syncFeed(feed, null)).toBe(4);

    const [aliceEvents, bobEvents] = [await eventsOf(alice), await eventsOf(bob)];
    for (const events of [aliceEvents, bobEvents]) {
      expect(events.map((e) => [e.uid, e.title, e.location, e.status, e.merge_reasons])).toEqual([
        ['payments-12@meetup.example', 'Berlin Payments Meetup #12', 'Factory Berlin', 'CONFIRMED', []],
        ['crdt-3@meetup.example', 'Local-first Berlin: CRDTs in production', 'Betahaus', 'CONFIRMED', []],
      ]);
    }
    // Per user: the same feed item backs a different event row for each subscriber.
    expect(aliceEvents.filter((e) => bobEvents.some((b) => b.id === e.id))).toEqual([]);
    expect((await linksOf(alice)).map((l) => [l.event_id, l.merge_reason]).sort()).toEqual(aliceEvents.map((e) => [e.id, null]).sort());
    expect(await eventsOf(carol)).toEqual([]);
    expect(await database.count('event_items', 'owner_id = $1', [carol])).toBe(0);

    expect(new Map(published)).toEqual(
      new Map([
        [alice, expect.arrayContaining(aliceEvents.map((e) => e.id))],
        [bob, expect.arrayContaining(bobEvents.map((e) => e.id))],
      ]),
    );
    expect(published.flatMap(([, ids]) => ids)).toHaveLength(4);
  });

  it('creates nothing and changes no event when the same items are synced again', async () => {
    const { alice, bob, feed } = await sharedFeed();
    await sync.syncFeed(feed, null);
    const [events, links] = [
      [...(await eventsOf(alice)), ...(await eventsOf(bob))],
      [...(await linksOf(alice)), ...(await linksOf(bob))],
    ];
    const eventCount = await database.count('events');

    expect(await sync.syncFeed(feed, null)).toBe(4);
    expect(await sync.syncOwner(alice, feed, null)).toBe(2);

    expect([...(await eventsOf(alice)), ...(await eventsOf(bob))]).toEqual(events);
    expect([...(await linksOf(alice)), ...(await linksOf(bob))]).toEqual(links);
    expect(await database.count('events')).toBe(eventCount);
  });

  it('writes and publishes nothing for an empty list of items (what a read that changed nothing hands over)', async () => {
    const { alice, bob, feed } = await sharedFeed();
    await sync.syncFeed(feed, null);
    published = [];
    const versions = [await dataVersion(alice), await dataVersion(bob)];

    expect(await sync.syncFeed(feed, [])).toBe(0);
    expect(await sync.syncOwner(alice, feed, [])).toBe(0);

    // Every write to a user's rows bumps users.data_version (a trigger): none happened.
    expect([await dataVersion(alice), await dataVersion(bob)]).toEqual(versions);
    expect(published).toEqual([]);
  });

  it('merges a changed item into the event it already backs, for every subscriber', async () => {
    const { alice, bob, feed } = await sharedFeed();
    await sync.syncFeed(feed, null);
    const before = await eventsOf(alice);

    const renamed = vevent('payments-12@meetup.example', '20270114T173000Z', 'Payments Meetup Berlin, edition 12', 'LOCATION:Factory Berlin');
    const { touchedItemIds } = await storeRead(database, feed, vcalendar(renamed, CRDT), day(2));
    expect(touchedItemIds).toHaveLength(1);
    published = [];

    expect(await sync.syncFeed(feed, touchedItemIds)).toBe(2);

    const after = await eventsOf(alice);
    expect(after.map((e) => e.id)).toEqual(before.map((e) => e.id));
    expect(after.map((e) => e.title)).toEqual(['Payments Meetup Berlin, edition 12', 'Local-first Berlin: CRDTs in production']);
    expect((await eventsOf(bob)).map((e) => e.title)).toEqual(['Payments Meetup Berlin, edition 12', 'Local-first Berlin: CRDTs in production']);
    expect(published).toEqual(expect.arrayContaining([[alice, [before[0].id]]]));
    expect(published).toHaveLength(2);
  });

  it("joins an item with the UID of one from another of the user's sources to that event, and keeps it when one source goes", async () => {
    const { alice, bob, feed } = await sharedFeed();
    await sync.syncFeed(feed, null);
    const [payments, crdt] = await eventsOf(alice);
    const bobBefore = await eventsOf(bob);

    // Alice also uploads an export of the same calendar with the first meetup renamed.
    const upload = await createFeed(database, `upload-${Date.now()}`);
    await subscribe(database, alice, upload, 'Exported copy');
    const renamed = vevent('payments-12@meetup.example', '20270114T173000Z', 'Payments Meetup Berlin, edition 12', 'LOCATION:Factory Berlin');
    await storeRead(database, upload, vcalendar(renamed), day(2));

    expect(await sync.syncOwner(alice, upload, null)).toBe(1);

    const merged = await eventsOf(alice);
    expect(merged.map((e) => e.id)).toEqual([payments.id, crdt.id]);
    expect(merged[0].merge_reasons).toEqual(['same UID as another of your sources']);
    expect((await linksOf(alice)).filter((l) => l.event_id === payments.id).map((l) => [l.feed_id, l.merge_reason])).toEqual([
      [feed, null],
      [upload, 'same UID as another of your sources'],
    ]);
    expect(await eventsOf(bob)).toEqual(bobBefore);

    // Unfollowing the feed: the meetup only it listed goes, the one the upload also lists stays, backed by the upload alone.
    published = [];
    await sync.unlinkFeed(alice, feed);

    const kept = await eventsOf(alice);
    // One listing is left, so nothing is merged any more: no merge reason is shown.
    expect(kept.map((e) => [e.id, e.title, e.merge_reasons])).toEqual([[payments.id, 'Payments Meetup Berlin, edition 12', []]]);
    expect((await linksOf(alice)).map((l) => [l.event_id, l.feed_id])).toEqual([[payments.id, upload]]);
    expect(await database.count('events', 'id = $1', [crdt.id])).toBe(0);
    expect(published).toEqual([[alice, [payments.id]]]);
    expect(await eventsOf(bob)).toEqual(bobBefore);
  });
});
