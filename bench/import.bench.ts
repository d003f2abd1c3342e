import { ChildProcess, spawn } from 'node:child_process';
import { join } from 'node:path';
import autocannon from 'autocannon';
import { benchDatabase, freePort } from './bench-database';
import { generateFeed } from './ical-parse.bench';

export interface ImportLatency {
  requests: number;
  p50: number;
  p99: number;
  max: number;
  errors: number;
}

export interface ImportScenario {
  label: string;
  bytes: number;
  events: number;
  /** From the import mutation to the source leaving PENDING. */
  importMs: number;
  /** What the mutation answered (OK for small uploads, PENDING for large ones). */
  answered: string;
  answeredMs: number;
  latency: ImportLatency;
}

export interface ImportBenchResult {
  database: 'server' | 'embedded';
  connections: number;
  idle: ImportLatency;
  scenarios: ImportScenario[];
}

/** The 26 KB calendar that once stalled the server for minutes: 200 series, each FREQ=SECONDLY from one instant. */
export function secondlyBomb(): string {
  const events = Array.from(
    { length: 200 },
    (_, i) => `BEGIN:VEVENT\r\nUID:bomb-${i}@example.com\r\nDTSTAMP:20261201T000000Z\r\nDTSTART:20261210T000000Z\r\nRRULE:FREQ=SECONDLY\r\nSUMMARY:Bomb ${i}\r\nEND:VEVENT\r\n`,
  );
  return `BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//bench//EN\r\n${events.join('')}END:VCALENDAR\r\n`;
}

function summarise(result: autocannon.Result): ImportLatency {
  return { requests: result.requests.total, p50: result.latency.p50, p99: result.latency.p99, max: result.latency.max, errors: result.errors + result.non2xx };
}

async function startApi(databaseUrl: string, port: number): Promise<ChildProcess> {
  const main = join(__dirname, '..', 'apps', 'api', 'src', 'main.js');
  // The laptop set-up: one process serving requests and running the background work.
  const child = spawn(process.execPath, [main], {
    env: { ...process.env, DATABASE_URL: databaseUrl, PORT: String(port), RUN_WORKER: 'true', SEED_DEMO: 'false', LOG_LEVEL: 'warn', NODE_ENV: 'production' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout?.on('data', (c: Buffer) => (output += c.toString()));
  child.stderr?.on('data', (c: Buffer) => (output += c.toString()));
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    if (await fetch(`http://127.0.0.1:${port}/health`).then((r) => r.ok, () => false)) return child;
    if (child.exitCode !== null) break;
    await new Promise((r) => setTimeout(r, 200));
  }
  child.kill();
  throw new Error(`the API did not start for the import benchmark:\n${output}`);
}

/**
 * What one user's import costs everyone else: another user's `{ me { id } }`
 * under steady load (autocannon) while the API is idle, and again while a
 * user imports a calendar, from the mutation until the source leaves
 * PENDING. The API runs as one process with its background work, as
 * `npm start` does.
 */
export async function runImportBench(connections = 10): Promise<ImportBenchResult> {
  const db = await benchDatabase('import');
  let api: ChildProcess | null = null;
  try {
    const port = await freePort();
    api = await startApi(db.url, port);
    const base = `http://127.0.0.1:${port}`;
    const gql = async <T>(query: string, variables: Record<string, unknown>, token?: string): Promise<T> => {
      const response = await fetch(`${base}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...(token && { authorization: `Bearer ${token}` }) },
        body: JSON.stringify({ query, variables }),
      });
      const body = (await response.json()) as { data?: T; errors?: unknown };
      if (!body.data) throw new Error(`import bench: ${JSON.stringify(body.errors)}`);
      return body.data;
    };
    const signUp = (email: string) =>
      gql<{ register: { token: string } }>('mutation($i: RegisterInput!) { register(input: $i) { token } }', { i: { email, password: 'correct horse battery', timeZone: 'Europe/Berlin' } }).then(
        (d) => d.register.token,
      );
    const importer = await signUp('importer@example.com');
    const bystander = await signUp('bystander@example.com');
    const load = (run: (instance: autocannon.Instance) => void = () => undefined, seconds = 10) =>
      new Promise<autocannon.Result>((resolve, reject) => {
        const instance = autocannon(
          {
            url: `${base}/graphql`,
            method: 'POST',
            connections,
            duration: seconds,
            headers: { 'content-type': 'application/json', authorization: `Bearer ${bystander}` },
            body: JSON.stringify({ query: '{ me { id } }' }),
          },
          (error, result) => (error ? reject(error) : resolve(result)),
        );
        run(instance);
      });

    await load(undefined, 3); // warm-up: JIT, connection pool
    const idle = summarise(await load());

    const scenario = async (label: string, ics: string): Promise<ImportScenario> => {
      let answered = '';
      let answeredMs = 0;
      let importMs = 0;
      let events = 0;
      const result = await load((instance) => {
        void (async () => {
          const started = performance.now();
          const source = await gql<{ importCalendar: { id: string; status: string } }>('mutation($i: ImportCalendarInput!) { importCalendar(input: $i) { id status } }', { i: { name: label, ics } }, importer);
          answeredMs = performance.now() - started;
          answered = source.importCalendar.status;
          for (;;) {
            const { source: now } = await gql<{ source: { status: string; eventCount: number } }>('query($id: ID!) { source(id: $id) { status eventCount } }', { id: source.importCalendar.id }, importer);
            if (now.status !== 'PENDING') {
              importMs = performance.now() - started;
              events = now.eventCount;
              break;
            }
            await new Promise((r) => setTimeout(r, 100));
          }
          instance.stop();
        })();
      }, 120);
      return { label, bytes: Buffer.byteLength(ics), events, importMs: Math.round(importMs), answered, answeredMs: Math.round(answeredMs), latency: summarise(result) };
    };

    const scenarios = [
      await scenario('the FREQ=SECONDLY calendar (200 series from one instant)', secondlyBomb()),
      await scenario('a conference export (8,000 VEVENTs, a tenth weekly series, 5 zones)', generateFeed(new Date(), { events: 8_000 }).text),
    ];
    return { database: db.kind, connections, idle, scenarios };
  } finally {
    if (api) {
      const exited = new Promise((r) => api?.once('exit', r));
      api.kill('SIGTERM');
      await Promise.race([exited, new Promise((r) => setTimeout(r, 30_000))]);
    }
    await db.close();
  }
}
