import { TimeSlicer } from '@app/common';
import { EventChangeKind } from '@app/ingestion';
import { createIntegrationDatabase, IntegrationDatabase } from '../../../../../test/utils/integration-database';
import { WorkBudget } from '../../refresh/work-budget';
import { createFeed, storeRead, subscribe, vcalendar, vevent } from './catalogue.test-helper';
import { syncOwnerIn } from './catalogue-writer';
import { cancelAcrossSources, cancelItems, loadItems, removeStillMissing } from './feed-items';
import { typeormSql } from './typeorm-sql';

interface ItemRow {
  id: string;
  uid: string;
  title: string;
  start_local: string;
  status: string;
  missing_count: number;
  removed_at: Date | null;
  first_seen_at: Date;
  last_seen_at: Date;
  content_hash: string;
}
interface ChangeRow {
  item_id: string;
  kind: EventChangeKind;
  old_start: string | null;
  new_start: string | null;
  old_status: string | null;
  new_status: string | null;
  reason: string | null;
}

const PAYMENTS = vevent('payments-12@meetup.example', '20270114T173000Z', 'Berlin Payments Meetup #12', 'LOCATION:Factory Berlin');
const CRDT = vevent('crdt-3@meetup.example', '20270120T180000Z', 'Local-first Berlin: CRDTs in production');
const K8S = vevent('weekly-k8s@meetup.example', '20270105T180000Z', 'Kubernetes office hours', 'RRULE:FREQ=WEEKLY;COUNT=3');

const day = (n: number) => new Date(Date.UTC(2026, 11, n, 9));

describe('the feed item store (feed-items.ts) on PostgreSQL', () => {
  let database: IntegrationDatabase;
  let feedId: string;
  const items = () => database.rows<ItemRow>('SELECT * FROM feed_items WHERE feed_id = $1 ORDER BY start_local, uid', [feedId]);
  const changes = () => database.rows<ChangeRow>('SELECT * FROM feed_item_changes ORDER BY detected_at, kind');
  const inTransaction = <T>(work: (sql: ReturnType<typeof typeormSql>) => Promise<T>) =>
    database.dataSource.transaction((manager) => work(typeormSql(manager)));

  beforeAll(async () => {
    database = await createIntegrationDatabase('feed_items');
  });
  afterAll(() => database.close());

  beforeEach(async () => {
    feedId = await createFeed(database, `feed-${Date.now()}-${Math.random()}`);
  });

  it('stores a first read in bulk: one row per event and occurrence, first seen now', async () => {
    expect(await inTransaction((sql) => loadItems(sql, feedId))).toEqual([]);

    const applied = await storeRead(database, feedId, vcalendar(PAYMENTS, CRDT, K8S), day(1));

    const stored = await items();
    expect(stored.map((i) => [i.uid, i.start_local, i.title])).toEqual([
      ['weekly-k8s@meetup.example', '2027-01-05T18:00:00Z', 'Kubernetes office hours'],
      ['weekly-k8s@meetup.example', '2027-01-12T18:00:00Z', 'Kubernetes office hours'],
      ['payments-12@meetup.example', '2027-01-14T17:30:00Z', 'Berlin Payments Meetup #12'],
      ['weekly-k8s@meetup.example', '2027-01-19T18:00:00Z', 'Kubernetes office hours'],
      ['crdt-3@meetup.example', '2027-01-20T18:00:00Z', 'Local-first Berlin: CRDTs in production'],
    ]);
    expect(applied).toEqual({
      touchedItemIds: expect.arrayContaining(stored.map((i) => i.id)),
      written: expect.any(Map),
      created: new Set(stored.map((i) => i.id)),
      rowsWritten: 5,
    });
    expect(applied.touchedItemIds).toHaveLength(5);
    // What the catalogue sync takes instead of reading the rows back: the fields each row holds.
    expect(stored.map((i) => [i.title, i.content_hash])).toEqual(stored.map((i) => [applied.written.get(i.id)?.title, applied.written.get(i.id)?.contentHash]));
    expect(stored.every((i) => i.first_seen_at.getTime() === day(1).getTime() && i.missing_count === 0 && i.status === 'CONFIRMED')).toBe(true);
    expect(await inTransaction((sql) => loadItems(sql, feedId))).toHaveLength(5);
    expect(await changes()).toEqual([]);
  });

  it('writes nothing when the feed is read again unchanged (only DTSTAMP differs)', async () => {
    await storeRead(database, feedId, vcalendar(PAYMENTS, CRDT), day(1));
    const before = await items();
    const changesBefore = await changes();

    const again = await storeRead(database, feedId, vcalendar(PAYMENTS, CRDT).replace(/DTSTAMP:\S+/g, 'DTSTAMP:20261202T100000Z'), day(2));

    expect(again).toEqual({ touchedItemIds: [], written: new Map(), created: new Set(), rowsWritten: 0 });
    expect(await items()).toEqual(before); // not even last_seen_at moves
    expect(await changes()).toEqual(changesBefore);
  });

  it('updates a moved event in place and records the move', async () => {
    await storeRead(database, feedId, vcalendar(PAYMENTS, CRDT), day(1));
    const [payments] = (await items()).filter((i) => i.uid.startsWith('payments'));

    const moved = vevent('payments-12@meetup.example', '20270115T173000Z', 'Berlin Payments Meetup #12', 'LOCATION:Factory Berlin');
    const applied = await storeRead(database, feedId, vcalendar(moved, CRDT), day(2));

    expect(applied).toEqual({
      touchedItemIds: [payments.id],
      written: new Map([[payments.id, expect.objectContaining({ startLocal: expect.any(String) })]]),
      created: new Set(), // updated, not inserted
      rowsWritten: 2,
    }); // the row and its change record
    const after = (await items()).find((i) => i.id === payments.id);
    expect(after).toMatchObject({ start_local: '2027-01-15T17:30:00Z', first_seen_at: day(1), last_seen_at: day(2) });
    expect(after?.content_hash).not.toBe(payments.content_hash);
    expect((await changes()).filter((c) => c.item_id === payments.id)).toEqual([
      expect.objectContaining({ kind: EventChangeKind.MOVED, old_start: '2027-01-14T17:30:00Z', new_start: '2027-01-15T17:30:00Z' }),
    ]);
  });

  it('cancels an event missing from two good reads in a row, and restores it when it is listed again', async () => {
    await storeRead(database, feedId, vcalendar(PAYMENTS, CRDT), day(1));
    const crdt = (await items()).find((i) => i.uid.startsWith('crdt')) as ItemRow;

    const firstMiss = await storeRead(database, feedId, vcalendar(PAYMENTS), day(2));
    expect(firstMiss).toEqual({ touchedItemIds: [], written: new Map(), created: new Set(), rowsWritten: 1 });
    expect(await items()).toContainEqual(expect.objectContaining({ id: crdt.id, missing_count: 1, removed_at: null, status: 'CONFIRMED' }));

    const secondMiss = await storeRead(database, feedId, vcalendar(PAYMENTS), day(3));
    expect(secondMiss.touchedItemIds).toEqual([crdt.id]);
    expect(await items()).toContainEqual(expect.objectContaining({ id: crdt.id, missing_count: 2, removed_at: day(3), status: 'CANCELLED' }));
    expect((await changes()).filter((c) => c.item_id === crdt.id)).toEqual([
      expect.objectContaining({ kind: EventChangeKind.REMOVED, old_status: 'CONFIRMED', new_status: 'CANCELLED', reason: 'removed from source' }),
    ]);

    const listedAgain = await storeRead(database, feedId, vcalendar(PAYMENTS, CRDT), day(4));
    expect(listedAgain.touchedItemIds).toEqual([crdt.id]);
    expect(await items()).toContainEqual(expect.objectContaining({ id: crdt.id, missing_count: 0, removed_at: null, status: 'CONFIRMED' }));
    expect((await changes()).filter((c) => c.item_id === crdt.id).map((c) => [c.kind, c.reason])).toEqual([
      [EventChangeKind.REMOVED, 'removed from source'],
      [EventChangeKind.RESTORED, 'listed again by the source'],
    ]);
  });

  it('removeStillMissing cancels what the previous read missed once (after an unchanged read), and then has nothing to do', async () => {
    await storeRead(database, feedId, vcalendar(PAYMENTS, CRDT), day(1));
    await storeRead(database, feedId, vcalendar(PAYMENTS), day(2));
    const crdt = (await items()).find((i) => i.uid.startsWith('crdt')) as ItemRow;

    expect(await inTransaction((sql) => removeStillMissing(sql, feedId, day(3)))).toEqual([crdt.id]);
    expect(await items()).toContainEqual(expect.objectContaining({ id: crdt.id, status: 'CANCELLED', removed_at: day(3) }));
    const recorded = (await changes()).length;

    expect(await inTransaction((sql) => removeStillMissing(sql, feedId, day(4)))).toEqual([]);
    expect(await changes()).toHaveLength(recorded);
  });

  it("cancelItems applies an iTIP CANCEL to the feed's own items once", async () => {
    await storeRead(database, feedId, vcalendar(PAYMENTS, CRDT), day(1));
    const payments = (await items()).find((i) => i.uid.startsWith('payments')) as ItemRow;

    const cancelled = await inTransaction((sql) => cancelItems(sql, feedId, 'payments-12@meetup.example', null, day(2)));
    expect(cancelled).toEqual([payments.id]);
    expect(await items()).toContainEqual(expect.objectContaining({ id: payments.id, status: 'CANCELLED' }));
    expect((await items()).find((i) => i.uid.startsWith('crdt'))?.status).toBe('CONFIRMED');
    expect((await changes()).filter((c) => c.item_id === payments.id)).toEqual([
      expect.objectContaining({ kind: EventChangeKind.CANCELLED, old_status: 'CONFIRMED', new_status: 'CANCELLED', new_start: '2027-01-14T17:30:00Z' }),
    ]);

    expect(await inTransaction((sql) => cancelItems(sql, feedId, 'payments-12@meetup.example', null, day(3)))).toEqual([]);
    expect((await changes()).filter((c) => c.item_id === payments.id)).toHaveLength(1);
  });

  it("cancelAcrossSources cancels a subscriber's event that came from another source, once, and only for that feed's subscribers", async () => {
    const alice = await database.createUser();
    const bob = await database.createUser();
    const invitations = await createFeed(database, `invitations-${Date.now()}`);
    await subscribe(database, alice, invitations, 'Invitations');
    await subscribe(database, bob, invitations, 'Invitations');
    await subscribe(database, alice, feedId, 'Organizer updates');
    await storeRead(database, invitations, vcalendar(PAYMENTS), day(1));
    const budget = () => WorkBudget.unlimited(new TimeSlicer());
    await inTransaction((sql) => syncOwnerIn(sql, alice, invitations, null, budget()));
    await inTransaction((sql) => syncOwnerIn(sql, bob, invitations, null, budget()));

    const cancel = { uid: 'payments-12@meetup.example', recurrenceId: null, sequence: 2 };
    const added = await inTransaction((sql) => cancelAcrossSources(sql, feedId, cancel, day(2)));

    expect(added).toHaveLength(1);
    expect(await items()).toEqual([expect.objectContaining({ id: added[0], uid: cancel.uid, status: 'CANCELLED', title: 'Berlin Payments Meetup #12' })]);
    expect((await changes()).filter((c) => c.item_id === added[0])).toEqual([
      expect.objectContaining({ kind: EventChangeKind.CANCELLED, old_status: 'CONFIRMED', new_status: 'CANCELLED' }),
    ]);
    // Bob does not follow the feed that sent the CANCEL: his copy of the event is left alone.
    expect(await inTransaction((sql) => syncOwnerIn(sql, alice, feedId, null, budget()))).toHaveLength(1);
    const statuses = await database.rows<{ owner_id: string; status: string }>('SELECT owner_id, status FROM events WHERE uid = $1', [cancel.uid]);
    expect(statuses).toEqual(
      expect.arrayContaining([
        { owner_id: alice, status: 'CANCELLED' },
        { owner_id: bob, status: 'CONFIRMED' },
      ]),
    );
    expect(statuses).toHaveLength(2);

    expect(await inTransaction((sql) => cancelAcrossSources(sql, feedId, cancel, day(3)))).toEqual([]);
    expect(await items()).toHaveLength(1);
  });
});
