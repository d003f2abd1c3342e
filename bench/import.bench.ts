import { ChildProcess } from 'node:child_process';
import autocannon from 'autocannon';
import { benchDatabase, freePort, startBenchApi, stopBenchApi } from './bench-database';
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
    (_, i) =>
      `BEGIN:VEVENT\r\nUID:bomb-${i}@example.com\r\nDTSTAMP:20261201T000000Z\r\nDTSTART:20261210T000000Z\r\nRRULE:FREQ=SECONDLY\r\nSUMMARY:Bomb ${i}\r\nEND:VEVENT\r\n`,
  );
  return `BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//bench//EN\r\n${events.join('')}END:VCALENDAR\r\n`;
}

function summarise(result: autocannon.Result): ImportLatency {
  return { requests: result.requests.total, p50: result.latency.p50, p99: result.latency.p99, max: result.latency.max, errors: result.errors + result.non2xx };
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
    // The laptop set-up: one process serving requests and running the background work.
    api = await startBenchApi(db.url, port, { RUN_WORKER: 'true' });
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
      gql<{ register: { token: string } }>('mutation($i: RegisterInput!) { register(input: $i) { token } }', {
        i: { email, password: 'correct horse battery', timeZone: 'Europe/Berlin' },
      }).then((d) => d.register.token);
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
          const source = await gql<{ importCalendar: { id: string; status: string } }>(
            'mutation($i: ImportCalendarInput!) { importCalendar(input: $i) { id status } }',
            { i: { name: label, ics } },
            importer,
          );
          answeredMs = performance.now() - started;
          answered = source.importCalendar.status;
          for (;;) {
            const { source: now } = await gql<{ source: { status: string; eventCount: number } }>(
              'query($id: ID!) { source(id: $id) { status eventCount } }',
              { id: source.importCalendar.id },
              importer,
            );
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
      return {
        label,
        bytes: Buffer.byteLength(ics),
        events,
        importMs: Math.round(importMs),
        answered,
        answeredMs: Math.round(answeredMs),
        latency: summarise(result),
      };
    };

    const scenarios = [
      await scenario('the FREQ=SECONDLY calendar (200 series from one instant)', secondlyBomb()),
      await scenario('a conference export (8,000 VEVENTs, a tenth weekly series, 5 zones)', generateFeed(new Date(), { events: 8_000 }).text),
    ];
    return { database: db.kind, connections, idle, scenarios };
  } finally {
    if (api) await stopBenchApi(api);
    await db.close();
  }
}
