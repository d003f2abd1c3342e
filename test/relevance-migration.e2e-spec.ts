import { DataSource } from 'typeorm';
import { buildDataSourceOptions } from '@app/database';
import { MIGRATIONS } from '../migrations';
import { MoveRelevanceToPlanner1796594066422 } from '../migrations/1796594066422-MoveRelevanceToPlanner';
import { createTestDatabase, TestDatabase } from './utils/test-database';

const upTo = (db: TestDatabase, migrations: typeof MIGRATIONS) =>
  new DataSource(buildDataSourceOptions({ url: db.url, entities: [], migrations, applicationName: 'topofmind-migration-test', poolSize: 1 }));

/** events.relevance moves to the planner's event_relevance with the data it held, and back. */
describe('MoveRelevanceToPlanner', () => {
  let db: TestDatabase;
  let ds: DataSource;
  const ids = { user: '', ranked: '', unranked: '', unmatched: '' };

  beforeAll(async () => {
    db = await createTestDatabase('relevance-migration');
    ds = upTo(db, MIGRATIONS.slice(0, MIGRATIONS.indexOf(MoveRelevanceToPlanner1796594066422)));
    await ds.initialize();
    await ds.runMigrations();
    [{ id: ids.user }] = await ds.query(`INSERT INTO users (email, password_hash) VALUES ('m@example.com', 'x') RETURNING id`);
    const event = async (uid: string, relevance: number): Promise<string> =>
      (
        await ds.query(
          `INSERT INTO events (owner_id, uid, title, all_day, start_local, starts_at, relevance) VALUES ($1, $2, $2, false, '2027-01-01T10:00:00Z', '2027-01-01T10:00:00Z', $3) RETURNING id`,
          [ids.user, uid, relevance],
        )
      )[0].id;
    ids.ranked = await event('ranked', 0.5);
    ids.unranked = await event('unranked', 0); // matched, but never ranked before the upgrade
    ids.unmatched = await event('unmatched', 0);
    for (const [eventId, kind, role, score] of [
      [ids.ranked, 'TOPIC', 'TOPIC', 1],
      [ids.unranked, 'COMPANY', 'HOST', 1],
      [ids.unranked, 'TOPIC', 'TOPIC', 0.5],
    ] as const) {
      await ds.query(`INSERT INTO event_matches (owner_id, event_id, kind, role, score, evidence, reason) VALUES ($1, $2, $3, $4, $5, '[]', 'test')`, [
        ids.user,
        eventId,
        kind,
        role,
        score,
      ]);
    }
    await ds.destroy();
    // Up to this migration and no further, so that undoing the last one undoes this one.
    ds = upTo(db, MIGRATIONS.slice(0, MIGRATIONS.indexOf(MoveRelevanceToPlanner1796594066422) + 1));
    await ds.initialize();
  });
  afterAll(async () => {
    if (ds.isInitialized) await ds.destroy();
    await db.drop();
  });

  it('keeps the relevance of ranked events, ranks matched ones, leaves unmatched ones out, and moves it all back on the way down', async () => {
    const versionBefore = (await ds.query('SELECT data_version FROM users'))[0].data_version;
    await ds.runMigrations();
    const rows: { event_id: string; owner_id: string; relevance: number }[] = await ds.query('SELECT event_id, owner_id, relevance FROM event_relevance');
    const relevance = Object.fromEntries(rows.map((r) => [r.event_id, r.relevance]));
    expect(rows.every((r) => r.owner_id === ids.user)).toBe(true);
    expect(Object.keys(relevance).sort()).toEqual([ids.ranked, ids.unranked].sort());
    expect(relevance[ids.ranked]).toBeCloseTo(0.5, 6);
    // Noisy-OR of a hosting company (0.75) and a topic at half score (0.3 × 0.5).
    expect(relevance[ids.unranked]).toBeCloseTo(1 - (1 - 0.75) * (1 - 0.15), 6);
    expect((await ds.query(`SELECT 1 FROM information_schema.columns WHERE table_name = 'events' AND column_name = 'relevance'`)).length).toBe(0);

    // A write to the new table bumps the owner's data version, like every owned table.
    await ds.query('UPDATE event_relevance SET relevance = 0.25 WHERE event_id = $1', [ids.ranked]);
    expect(BigInt((await ds.query('SELECT data_version FROM users'))[0].data_version)).toBeGreaterThan(BigInt(versionBefore));

    // And back on the way down.
    await ds.undoLastMigration();
    const events: { id: string; relevance: number }[] = await ds.query('SELECT id, relevance FROM events');
    expect(Object.fromEntries(events.map((r) => [r.id, r.relevance]))).toEqual({ [ids.ranked]: 0.25, [ids.unranked]: expect.any(Number), [ids.unmatched]: 0 });
    expect((await ds.query(`SELECT 1 FROM information_schema.tables WHERE table_name = 'event_relevance'`)).length).toBe(0);
  });
});
