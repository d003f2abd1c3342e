import { ChildProcess, spawn } from 'node:child_process';
import { join } from 'node:path';
import { Client } from 'pg';
import { DataSource } from 'typeorm';
import { FeedRefresher } from '@app/ingestion';
import { FeedServer, icsFeed, startFeedServer } from './utils/feed-server';
import { freePort } from './utils/free-port';
import { createTestDatabase, TestDatabase } from './utils/test-database';
import { startTestApp, TestApp } from './utils/test-app';

const MAIN = join(__dirname, '..', 'dist', 'apps', 'api', 'src', 'main.js');

interface SourceState {
  id: string;
  status: string;
  eventCount: number;
  lastError: string | null;
}
const SOURCE = 'id status eventCount lastError';

async function waitFor<T>(what: string, read: () => Promise<T>, done: (value: T) => boolean, withinMs = 30_000): Promise<T> {
  const deadline = Date.now() + withinMs;
  for (;;) {
    const value = await read();
    if (done(value)) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}: ${JSON.stringify(value)}`);
    await new Promise((r) => setTimeout(r, 200));
  }
}

/** Another session holding `feed_items` so no ingest can write to it: an ingest then stalls mid-transaction. */
async function blockItemWrites(url: string): Promise<{ release(): Promise<void> }> {
  const client = new Client({ connectionString: url });
  await client.connect();
  await client.query('BEGIN');
  await client.query('LOCK TABLE feed_items IN EXCLUSIVE MODE');
  return {
    release: async () => {
      await client.query('ROLLBACK');
      await client.end();
    },
  };
}

const threeEvents = (prefix: string) =>
  icsFeed([
    [`a@x`, `${prefix} one`, '20270110T180000Z', 'Berlin'],
    [`b@x`, `${prefix} two`, '20270111T180000Z', 'Berlin'],
    [`c@x`, `${prefix} three`, '20270112T180000Z', 'Berlin'],
  ]);

describe('ingest deadline and atomic commits', () => {
  let t: TestApp;
  let feeds: FeedServer;
  let token: string;

  const gql = async <T>(query: string, variables: Record<string, unknown> = {}): Promise<T> => {
    const result = await t.gql<T>(query, variables, token);
    if (result.errors) throw new Error(JSON.stringify(result.errors));
    return result.data as T;
  };
  const source = (id: string) => gql<{ source: SourceState }>(`query($id: ID!) { source(id: $id) { ${SOURCE} } }`, { id }).then((d) => d.source);
  const titles = (id: string) =>
    gql<{ events: { edges: { node: { title: string } }[] } }>(`query($id: ID!) { events(first: 10, filter: {sourceId: $id}) { edges { node { title } } } }`, {
      id,
    }).then((d) => d.events.edges.map((e) => e.node.title));

  beforeAll(async () => {
    feeds = await startFeedServer();
    t = await startTestApp('ingest_deadline', { FETCH_ALLOW_HOSTS: '127.0.0.1', INGEST_DEADLINE_SECONDS: '5' });
    token = (await t.signUp()).token;
  });
  afterAll(async () => {
    await t.close();
    await feeds.close();
  });

  it('sets statement_timeout and idle_in_transaction_session_timeout on the app connections', async () => {
    const [{ statement_timeout }] = await t.app.get(DataSource).query('SHOW statement_timeout');
    const [{ idle_in_transaction_session_timeout }] = await t.app.get(DataSource).query('SHOW idle_in_transaction_session_timeout');
    expect(statement_timeout).toBe('1min');
    expect(idle_in_transaction_session_timeout).toBe('1min');
  });

  it('keeps the previous catalogue visible while a refresh is PENDING, and past the deadline keeps it whole with an actionable ERROR', async () => {
    feeds.set('/deadline.ics', { body: threeEvents('First') });
    const created = await gql<{ createSource: SourceState }>(`mutation($u: String!) { createSource(input: {url: $u}) { ${SOURCE} } }`, {
      u: feeds.url('/deadline.ics'),
    });
    const first = await gql<{ refreshSource: SourceState }>(`mutation($id: ID!) { refreshSource(id: $id) { ${SOURCE} } }`, { id: created.createSource.id });
    expect(first.refreshSource).toMatchObject({ status: 'OK', eventCount: 3 });

    feeds.set('/deadline.ics', { body: threeEvents('Second') });
    const blocker = await blockItemWrites(t.db.url);
    try {
      const feedId = (await t.app.get(DataSource).query('SELECT feed_id FROM sources WHERE id = $1', [created.createSource.id]))[0].feed_id;
      const started = Date.now();
      const refreshing = t.app.get(FeedRefresher).refresh(feedId, { wait: true });
      const pending = await waitFor(
        'PENDING',
        () => source(created.createSource.id),
        (s) => s.status === 'PENDING',
        4_000,
      );
      expect(pending.eventCount).toBe(3);
      expect(await titles(created.createSource.id)).toEqual(['First one', 'First two', 'First three']);
      const outcome = await refreshing;
      expect(Date.now() - started).toBeGreaterThanOrEqual(4_500);
      expect(outcome?.status).toBe('ERROR');
    } finally {
      await blocker.release();
    }
    const failed = await source(created.createSource.id);
    expect(failed.status).toBe('ERROR');
    expect(failed.lastError).toMatch(/took longer than the 5 s allowed.*nothing was changed.*Split it into smaller calendars/);
    expect(await titles(created.createSource.id)).toEqual(['First one', 'First two', 'First three']);
    // Nothing of the cut-short read was committed: not a single item row of the second version.
    const [{ second }] = await t.app.get(DataSource).query(`SELECT count(*)::int AS second FROM feed_items WHERE title LIKE 'Second%'`);
    expect(second).toBe(0);
  });
});

describe('an upload whose import is cut short by a crash', () => {
  let db: TestDatabase;
  let api: ChildProcess | null = null;
  let worker: TestApp | null = null;

  afterAll(async () => {
    api?.kill('SIGKILL');
    await worker?.close();
    await db.drop();
  });

  it('leaves nothing half-written, stays PENDING, and is read by a worker afterwards', async () => {
    db = await createTestDatabase('ingest_crash');
    const port = await freePort();
    api = spawn(process.execPath, [MAIN], {
      env: { ...process.env, NODE_ENV: 'test', DATABASE_URL: db.url, PORT: String(port), HOST: '127.0.0.1', RUN_WORKER: 'false', LOG_LEVEL: 'warn' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    api.stdout?.on('data', (c: Buffer) => (output += c.toString()));
    api.stderr?.on('data', (c: Buffer) => (output += c.toString()));
    const gql = async <T>(query: string, variables: Record<string, unknown>, token?: string) => {
      const response = await fetch(`http://127.0.0.1:${port}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...(token && { authorization: `Bearer ${token}` }) },
        body: JSON.stringify({ query, variables }),
      });
      return (await response.json()) as { data?: T; errors?: unknown[] };
    };
    await waitFor(
      'the API to start',
      () =>
        fetch(`http://127.0.0.1:${port}/health`).then(
          (r) => r.status,
          () => 0,
        ),
      (status) => status === 200,
      60_000,
    ).catch((error) => {
      throw new Error(`${error}\n${output}`);
    });
    const registered = await gql<{ register: { token: string } }>('mutation($i: RegisterInput!) { register(input: $i) { token } }', {
      i: { email: 'crash@example.com', password: 'correct horse battery', timeZone: 'Europe/Berlin' },
    });
    const token = registered.data!.register.token;

    const blocker = await blockItemWrites(db.url);
    const admin = new Client({ connectionString: db.url });
    await admin.connect();
    try {
      const imported = await gql<{ importCalendar: SourceState }>(
        `mutation($i: ImportCalendarInput!) { importCalendar(input: $i) { ${SOURCE} } }`,
        {
          i: { name: 'Upload', ics: threeEvents('Uploaded') },
        },
        token,
      );
      expect(imported.data?.importCalendar.status).toBe('PENDING');
      // The import is inside its transaction, waiting to write the items: now the process dies.
      await waitFor(
        'the import to wait on the lock',
        () =>
          admin.query(
            `SELECT count(*)::int AS n FROM pg_stat_activity WHERE datname = $1 AND wait_event_type = 'Lock' AND query ~ '^(INSERT INTO|COPY) feed_items'`,
            [db.name],
          ),
        (r) => r.rows[0].n > 0,
      );
      api.kill('SIGKILL');
      await new Promise((r) => api!.once('exit', r));
      await admin.query(`SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = $1 AND application_name LIKE 'topofmind-api%'`, [db.name]);
    } finally {
      await blocker.release();
    }
    const [state] = (
      await admin.query(
        `SELECT f.status, (SELECT count(*)::int FROM feed_items fi WHERE fi.feed_id = f.id) AS items,
                (SELECT count(*)::int FROM feed_uploads u WHERE u.feed_id = f.id) AS uploads, (SELECT count(*)::int FROM events) AS events
           FROM feeds f`,
      )
    ).rows;
    expect(state).toEqual({ status: 'PENDING', items: 0, uploads: 1, events: 0 });

    worker = await startTestApp('ingest_crash', { RUN_WORKER: 'true' }, db);
    const done = await waitFor(
      'the worker to read the upload',
      () => admin.query(`SELECT f.status, (SELECT count(*)::int FROM events) AS events, (SELECT count(*)::int FROM feed_uploads) AS uploads FROM feeds f`),
      (r) => r.rows[0].status !== 'PENDING',
    );
    await admin.end();
    expect(done.rows[0]).toEqual({ status: 'OK', events: 3, uploads: 0 });
  });
});
