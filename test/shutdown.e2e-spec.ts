import { Agent, request } from 'node:http';
import { chmodSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client } from 'pg';
import { AppProcess, startApiProcess } from './utils/app-process';
import { FeedServer, icsFeed, startFeedServer } from './utils/feed-server';
import { freePort } from './utils/free-port';

/**
 * SIGTERM under load, as an orchestrator sends it on a deploy: the built API
 * on the embedded database, with workers, 20 clients on keep-alive
 * connections and a refresh job running.
 */

interface Answer {
  status: number;
  body: string;
  sentAt: number;
  answeredAt: number;
}

/** One HTTP request on the client's own keep-alive agent (as a browser or a load balancer would reuse connections). */
function send(agent: Agent, port: number, method: 'GET' | 'POST', path: string, body?: unknown, token?: string): Promise<Answer> {
  const sentAt = Date.now();
  const payload = body === undefined ? undefined : JSON.stringify(body);
  return new Promise((resolve, reject) => {
    const req = request(
      {
        host: '127.0.0.1',
        port,
        method,
        path,
        agent,
        headers: { ...(payload && { 'content-type': 'application/json' }), ...(token && { authorization: `Bearer ${token}` }) },
      },
      (res) => {
        let text = '';
        res.setEncoding('utf8');
        res.on('data', (chunk: string) => (text += chunk));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body: text, sentAt, answeredAt: Date.now() }));
        res.on('error', reject);
      },
    );
    req.on('error', reject);
    req.end(payload);
  });
}

const QUICK = '{ me { id } sources { id name status } }';
const IMPORT = 'mutation($input: ImportCalendarInput!) { importCalendar(input: $input) { id status } }';
const bigCalendar = (n: number) =>
  icsFeed(Array.from({ length: n }, (_, i) => [`load-${i}@x`, `Load test evening ${i}`, `2027${String((i % 12) + 1).padStart(2, '0')}10T180000Z`, 'Berlin']));

describe('graceful shutdown on SIGTERM', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'topofmind-shutdown-'));
  chmodSync(dataDir, 0o755); // the `postgres` user must reach it when tests run as root
  let feeds: FeedServer;
  let env: NodeJS.ProcessEnv;
  let port: number;
  let app: AppProcess | null = null;
  let token: string;

  const gql = async <T>(query: string, variables?: Record<string, unknown>) => {
    const answer = await send(new Agent(), port, 'POST', '/graphql', { query, variables }, token);
    return JSON.parse(answer.body) as { data?: T; errors?: { message: string }[] };
  };
  const sourceStatus = async (id: string) =>
    (await gql<{ source: { status: string; eventCount: number } }>('query($id: ID!) { source(id: $id) { status eventCount } }', { id })).data?.source;
  const waitFor = async (check: () => boolean | Promise<boolean>, ms = 30_000) => {
    const deadline = Date.now() + ms;
    while (!(await check())) {
      if (Date.now() > deadline) throw new Error('timed out');
      await new Promise((r) => setTimeout(r, 100));
    }
  };
  /** The embedded server, read directly: the job queue's own table. */
  const embeddedQuery = async <T>(sql: string): Promise<T[]> => {
    const { password } = JSON.parse(readFileSync(join(dataDir, 'postgres.credentials.json'), 'utf8')) as { password: string };
    const client = new Client({ host: '127.0.0.1', port: Number(env.EMBEDDED_PG_PORT), user: 'postgres', password, database: 'topofmind' });
    await client.connect();
    try {
      return (await client.query(sql)).rows as T[];
    } finally {
      await client.end();
    }
  };

  beforeAll(async () => {
    feeds = await startFeedServer();
    port = await freePort();
    const { DATABASE_URL: _ignored, ...rest } = process.env;
    env = {
      ...rest,
      DATA_DIR: dataDir,
      PORT: String(port),
      EMBEDDED_PG_PORT: String(await freePort()),
      RUN_WORKER: 'true',
      SEED_DEMO: 'false',
      LOG_LEVEL: 'log',
      FETCH_ALLOW_HOSTS: '127.0.0.1',
      SHUTDOWN_DEADLINE_SECONDS: '20',
    };
  });
  afterAll(async () => {
    if (app && app.child.exitCode === null) {
      app.child.kill('SIGKILL');
      await app.exit;
    }
    await feeds.close();
    rmSync(dataDir, { recursive: true, force: true });
  });

  let slowSourceId: string;

  it('answers every accepted request, lets the running refresh finish, says /ready 503, and exits 0 within the deadline', async () => {
    app = await startApiProcess(env);
    const registered = await gql<{ register: { token: string } }>('mutation($input: RegisterInput!) { register(input: $input) { token } }', {
      input: { email: 'shutdown@example.com', password: 'correct horse battery', timeZone: 'Europe/Berlin' },
    });
    token = registered.data!.register.token;

    const calendar = bigCalendar(1_500);
    const answers: (Answer & { kind: string })[] = [];
    const failures: string[] = [];
    const client = async (kind: 'quick' | 'import', index: number) => {
      const agent = new Agent({ keepAlive: true, maxSockets: 1 });
      for (let i = 0; ; i++) {
        try {
          const answer =
            kind === 'import'
              ? await send(agent, port, 'POST', '/graphql', { query: IMPORT, variables: { input: { name: `Load ${index}-${i}`, ics: calendar } } }, token)
              : await send(agent, port, 'POST', '/graphql', { query: QUICK }, token);
          answers.push({ ...answer, kind });
        } catch (error) {
          // Refused once the server stopped listening: expected. Anything else lost an accepted request.
          if ((error as NodeJS.ErrnoException).code !== 'ECONNREFUSED') failures.push(`${kind}: ${(error as Error).message}`);
          agent.destroy();
          return;
        }
      }
    };
    const clients = [...Array.from({ length: 19 }, (_, i) => client('quick', i)), client('import', 19)];
    // A load balancer's health probe, on a keep-alive connection it opened before SIGTERM.
    const probe = new Agent({ keepAlive: true, maxSockets: 1 });

    await waitFor(() => answers.filter((a) => a.kind === 'import').length >= 1 && answers.length > 100);
    // Right after an import was answered, so the next one is in flight at SIGTERM.
    const imports = answers.filter((a) => a.kind === 'import').length;
    await waitFor(() => answers.filter((a) => a.kind === 'import').length > imports, 30_000).catch(() => undefined);
    // A refresh job that is still fetching when SIGTERM arrives.
    feeds.set('/slow.ics', { body: icsFeed([['slow-1@x', 'Slow feed evening', '20270301T170000Z', 'Online']]), delayMs: 4_000 });
    const created = await gql<{ createSource: { id: string } }>('mutation($u: String!) { createSource(input: {url: $u}) { id } }', {
      u: feeds.url('/slow.ics'),
    });
    slowSourceId = created.data!.createSource.id;
    await waitFor(() => feeds.hits('/slow.ics') === 1);
    expect((await send(probe, port, 'GET', '/ready')).status).toBe(200);
    const sigtermAt = Date.now();
    app.child.kill('SIGTERM');
    await waitFor(() => app!.output().includes('SIGTERM: shutting down'), 5_000);
    const probed = await send(probe, port, 'GET', '/ready');
    const { code, signal } = await app.exit;
    const stoppedIn = Date.now() - sigtermAt;
    await Promise.all(clients);

    // The output is part of the comparison so that a failure shows it.
    expect({ code, signal, output: code === 0 ? '' : app.output() }).toEqual({ code: 0, signal: null, output: '' });
    expect(stoppedIn).toBeLessThan(20_000);
    expect(failures).toEqual([]);
    expect(answers.filter((a) => a.status !== 200 || /INTERNAL_SERVER_ERROR/.test(a.body))).toEqual([]);
    // Requests that were running when SIGTERM came were answered, not cut.
    expect(answers.filter((a) => a.sentAt < sigtermAt && a.answeredAt > sigtermAt).length).toBeGreaterThan(0);
    // The probe is told to send traffic elsewhere.
    expect(probed.status).toBe(503);
    expect(JSON.parse(probed.body)).toMatchObject({ status: 'error', error: { shutdown: { status: 'down' } } });

    const output = app.output();
    expect(output).toMatch(/SIGTERM: shutting down/);
    expect(output).toMatch(/stopped cleanly/);
    expect(output).not.toMatch(/terminating connection/);
    expect(output).not.toMatch(/ERROR/);
    // The refresh that was fetching at SIGTERM finished before the queue closed.
    expect(output.indexOf('slow.ics: OK')).toBeGreaterThan(output.indexOf('SIGTERM: shutting down'));
    app = null;
  }, 120_000);

  it('kept the refresh that was running: after a restart the slow source is up to date', async () => {
    app = await startApiProcess(env);
    expect(await sourceStatus(slowSourceId)).toEqual({ status: 'OK', eventCount: 1 });
    expect(feeds.hits('/slow.ics')).toBe(1);
  }, 120_000);

  it('retries a refresh cut off at the deadline, after the restart', async () => {
    app!.child.kill('SIGTERM');
    await app!.exit;
    app = await startApiProcess({ ...env, SHUTDOWN_DEADLINE_SECONDS: '1' });
    feeds.set('/cut.ics', { body: icsFeed([['cut-1@x', 'Cut-off evening', '20270302T170000Z', 'Online']]), delayMs: 8_000 });
    const created = await gql<{ createSource: { id: string } }>('mutation($u: String!) { createSource(input: {url: $u}) { id } }', {
      u: feeds.url('/cut.ics'),
    });
    const id = created.data!.createSource.id;
    await waitFor(() => feeds.hits('/cut.ics') === 1);
    app.child.kill('SIGTERM');
    const { code } = await app.exit;
    expect({ code, output: code === 0 ? '' : app.output() }).toEqual({ code: 0, output: '' });
    expect(app.output()).not.toMatch(/terminating connection/);

    feeds.set('/cut.ics', { body: icsFeed([['cut-1@x', 'Cut-off evening', '20270302T170000Z', 'Online']]) });
    app = await startApiProcess(env);
    // pg-boss failed the job as the queue stopped; it waits for its retry, with backoff (30 s and more): skip the wait.
    const [job] = await embeddedQuery<{ state: string }>(`SELECT state FROM pgboss.job WHERE name = 'ingestion.refresh-feed' AND state <> 'completed'`);
    expect(job?.state).toBe('retry');
    await embeddedQuery(`UPDATE pgboss.job SET start_after = now() WHERE name = 'ingestion.refresh-feed' AND state = 'retry'`);
    await waitFor(async () => (await sourceStatus(id))?.status === 'OK', 30_000);
    expect(await sourceStatus(id)).toEqual({ status: 'OK', eventCount: 1 });
    expect(feeds.hits('/cut.ics')).toBe(2);
  }, 180_000);
});
