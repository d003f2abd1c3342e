import 'reflect-metadata';
import { UserId } from '@app/common';
import { ChecklistStore, FollowUpsReader, FollowUpsWorkerModule, FollowUpSweep } from '@app/follow-ups';
import { benchApp, recordStatements } from './bench-app';

export interface FollowUpBenchResult {
  database: 'server' | 'embedded';
  users: number;
  endedEvents: number;
  sweep: { ms: number; statements: number; created: number };
  oneAtATime: { ms: number; statements: number; created: number };
  ratio: number;
  /** Statements and time to read one user's checklists, by how many checklists they have. */
  reads: { checklists: number; statements: number; ms: number }[];
  constantStatements: boolean;
}

const DAY_MS = 86_400_000;

/**
 * Creating the checklists of 10,000 ended events across 1,000 users: the
 * sweep (one read and one insert per batch of 5,000) against creating them
 * one at a time (one insert per checklist, as a job per event would), on
 * the same rows; then the statements one user's checklist read takes as the
 * number of checklists grows.
 */
export async function runFollowUpBench(users = 1_000, eventsPerUser = 10): Promise<FollowUpBenchResult> {
  const { db, app, dataSource, close } = await benchApp('followups', [FollowUpsWorkerModule]);
  try {
    const now = new Date();
    // Users and their ended, attended events, written in bulk (the benchmark is about checklists, not sign-ups).
    await dataSource.query(`INSERT INTO users (email, password_hash) SELECT 'bench-' || g || '@example.com', 'x' FROM generate_series(1, $1) g`, [users]);
    await dataSource.query(
      `INSERT INTO events (owner_id, uid, title, all_day, start_local, starts_at, ends_at)
       SELECT u.id, 'bench-' || g || '@x', 'Meetup ' || g, false, '2026-01-01T18:00:00',
              $2::timestamptz - (g * interval '1 hour') - interval '3 hours', $2::timestamptz - (g * interval '1 hour') - interval '1 hour'
         FROM users u CROSS JOIN generate_series(1, $1) g`,
      [eventsPerUser, now],
    );
    await dataSource.query(`INSERT INTO event_attendance (owner_id, event_id, status) SELECT owner_id, id, 'GOING' FROM events`);
    const endedEvents = users * eventsPerUser;

    const { statements } = recordStatements(dataSource);
    const measure = async (run: () => Promise<number>) => {
      statements.splice(0);
      const started = performance.now();
      const created = await run();
      return { ms: Math.round(performance.now() - started), statements: statements.length, created };
    };

    const sweep = app.get(FollowUpSweep);
    const store = app.get(ChecklistStore);
    const swept = await measure(() => sweep.sweep(now));
    const pairs: { ownerId: string; eventId: string }[] = await dataSource.query(
      'SELECT owner_id AS "ownerId", event_id AS "eventId" FROM follow_up_checklists',
    );
    await dataSource.query('DELETE FROM follow_up_checklists');
    const oneAtATime = await measure(async () => {
      let created = 0;
      for (const pair of pairs) created += await store.createMany([pair]);
      return created;
    });

    // One user's read, with more and more checklists: the statements stay the same.
    const reader = app.get(FollowUpsReader);
    const [{ id: owner }] = await dataSource.query(`SELECT id FROM users ORDER BY email LIMIT 1`);
    await dataSource.query(
      `INSERT INTO events (owner_id, uid, title, all_day, start_local, starts_at, ends_at)
       SELECT $1, 'more-' || g || '@x', 'Evening ' || g, false, '2026-01-01T18:00:00', $2::timestamptz - g * interval '1 day', $2::timestamptz - g * interval '1 day' + interval '2 hours'
         FROM generate_series(1, 100) g`,
      [owner, now],
    );
    await dataSource.query(
      `INSERT INTO event_attendance (owner_id, event_id, status) SELECT owner_id, id, 'GOING' FROM events WHERE owner_id = $1 ON CONFLICT DO NOTHING`,
      [owner],
    );
    const ownEvents: { id: string }[] = await dataSource.query(`SELECT id FROM events WHERE owner_id = $1 ORDER BY starts_at DESC`, [owner]);
    const reads: FollowUpBenchResult['reads'] = [];
    for (const checklists of [1, 10, 100]) {
      await dataSource.query('DELETE FROM follow_up_checklists WHERE owner_id = $1', [owner]);
      await store.createMany(ownEvents.slice(0, checklists).map((e) => ({ ownerId: owner, eventId: e.id })));
      await reader.read(owner as UserId, new Date(now.getTime() + DAY_MS)); // warm
      const read = await measure(async () => (await reader.read(owner as UserId, new Date(now.getTime() + DAY_MS))).computed.length);
      reads.push({ checklists: read.created, statements: read.statements, ms: read.ms });
    }
    return {
      database: db.kind,
      users,
      endedEvents,
      sweep: swept,
      oneAtATime,
      ratio: Math.round((oneAtATime.ms / Math.max(1, swept.ms)) * 10) / 10,
      reads,
      constantStatements: new Set(reads.map((r) => r.statements)).size === 1,
    };
  } finally {
    await close();
  }
}
