import { DataSource } from 'typeorm';
import { Clock } from '@app/common';
import { FollowUpSweep } from '@app/follow-ups';
import { startTestApp, TestApp } from './utils/test-app';

const BEFORE = new Date('2027-02-01T09:00:00Z');
const AFTER = new Date('2027-02-10T09:00:00Z');
const USERS = 6;
const EVENTS = 5;

function calendar(user: number): string {
  const events = Array.from({ length: EVENTS }, (_, i) =>
    [
      'BEGIN:VEVENT',
      `UID:u${user}-e${i}@x`,
      'DTSTAMP:20270101T000000Z',
      `DTSTART:2027020${i + 2}T170000Z`,
      'DURATION:PT2H',
      `SUMMARY:Meetup ${i}`,
      'END:VEVENT',
    ].join('\r\n'),
  );
  return ['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//tests//EN', ...events, 'END:VCALENDAR', ''].join('\r\n');
}

/** Two worker instances on one database sweep the same ended events: each gets exactly one checklist. */
describe('follow-up checklists across workers', () => {
  let first: TestApp;
  let second: TestApp;
  let now = BEFORE;

  beforeAll(async () => {
    first = await startTestApp('follow-up-workers', { RUN_WORKER: 'true' });
    second = await startTestApp('follow-up-workers', { RUN_WORKER: 'true' }, first.db);
    first.app.get(Clock).now = () => now;
    second.app.get(Clock).now = () => now;
    for (let user = 0; user < USERS; user++) {
      const { token } = await first.signUp();
      const imported = await first.gql<{ importCalendar: { id: string } }>(
        'mutation($i: ImportCalendarInput!) { importCalendar(input: $i) { id } }',
        { i: { name: 'Meetups', ics: calendar(user) } },
        token,
      );
      if (!imported.data) throw new Error(JSON.stringify(imported.errors));
      const { data } = await first.gql<{ events: { edges: { node: { id: string } }[] } }>('{ events(first: 20) { edges { node { id } } } }', {}, token);
      for (const { node } of data!.events.edges) {
        await first.gql('mutation($e: ID!) { setAttendance(eventId: $e, status: GOING) { id } }', { e: node.id }, token);
      }
    }
  });
  afterAll(async () => {
    await second.close();
    await first.close();
  });

  it('creates each ended event’s checklist once, whichever worker sweeps and however often', async () => {
    const db = first.app.get(DataSource);
    const count = async () => (await db.query('SELECT count(*)::int AS n, count(DISTINCT (owner_id, event_id))::int AS distinct FROM follow_up_checklists'))[0];
    expect(await count()).toEqual({ n: 0, distinct: 0 });

    now = AFTER;
    const sweeps = [first, second, first, second].map((app) => app.app.get(FollowUpSweep));
    // Small batches interleave the two workers' reads and inserts.
    const created = await Promise.all(sweeps.map((sweep) => sweep.sweep(AFTER, 4)));
    expect(created.reduce((a, b) => a + b, 0)).toBe(USERS * EVENTS);
    expect(await count()).toEqual({ n: USERS * EVENTS, distinct: USERS * EVENTS });

    // Re-runs and a restart's first sweep add nothing.
    expect(await Promise.all([first, second].map((app) => app.app.get(FollowUpSweep).sweep(AFTER)))).toEqual([0, 0]);
    expect(await count()).toEqual({ n: USERS * EVENTS, distinct: USERS * EVENTS });
  });
});
