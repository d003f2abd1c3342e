import { ChildProcess, spawn } from 'node:child_process';
import { chmodSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { freePort } from './utils/free-port';

/**
 * The two-command set-up on the embedded database, as a user runs it: the
 * built app started as a process with no DATABASE_URL. A start killed with
 * SIGKILL leaves its PostgreSQL running (or a stale postmaster.pid); the
 * next start must come up cleanly on the same data folder.
 */
const root = join(__dirname, '..');
const MAIN = join(root, 'dist', 'apps', 'api', 'src', 'main.js');

interface Started {
  child: ChildProcess;
  output: () => string;
}

/** The built app by default; `npm start` as its own process group (so a test can clean up whatever it leaves behind). */
function startApp(env: NodeJS.ProcessEnv, how: 'node' | 'npm start' = 'node'): Promise<Started> {
  const child =
    how === 'node'
      ? spawn(process.execPath, [MAIN], { cwd: root, env, stdio: ['ignore', 'pipe', 'pipe'] })
      : spawn('npm', ['start', '--silent'], { cwd: root, env, stdio: ['ignore', 'pipe', 'pipe'], detached: true });
  let output = '';
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`app did not start in 60 s:\n${output}`)), 60_000);
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      if (output.includes('topofmind is up')) {
        clearTimeout(timer);
        resolve({ child, output: () => output });
      }
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', onData);
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`app exited with ${code}:\n${output}`));
    });
  });
}

function exited(child: ChildProcess): Promise<void> {
  return child.exitCode !== null || child.signalCode !== null ? Promise.resolve() : new Promise((r) => child.once('exit', () => r()));
}

function postmasterPid(dataDir: string): number | null {
  const file = join(dataDir, 'postgres', 'postmaster.pid');
  return existsSync(file) ? Number(readFileSync(file, 'utf8').split('\n')[0]) : null;
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

describe('npm start on the embedded database', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'topofmind-restart-'));
  // mkdtemp makes a private folder, which the `postgres` user could not enter when tests run as root.
  chmodSync(dataDir, 0o755);
  let env: NodeJS.ProcessEnv;
  let current: Started | null = null;

  const gql = async (query: string, token?: string) => {
    const response = await fetch(`http://127.0.0.1:${env.PORT}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(token && { authorization: `Bearer ${token}` }) },
      body: JSON.stringify({ query }),
    });
    return (await response.json()) as { data?: Record<string, any>; errors?: { extensions: { code: string } }[] };
  };
  const demoContacts = async () => {
    const login = await gql('mutation { login(input: {email: "demo@topofmind.local", password: "topofmind-demo"}) { token } }');
    const contacts = await gql('{ contacts(first: 50) { edges { node { name company { name } } } } }', login.data?.login.token);
    return contacts.data?.contacts.edges.map((e: { node: { name: string } }) => e.node.name) as string[];
  };

  beforeAll(async () => {
    const { DATABASE_URL: _ignored, ...rest } = process.env;
    env = { ...rest, DATA_DIR: dataDir, PORT: String(await freePort()), EMBEDDED_PG_PORT: String(await freePort()), RUN_WORKER: 'false', LOG_LEVEL: 'log' };
  });
  afterAll(async () => {
    if (current) {
      current.child.kill('SIGTERM');
      await exited(current.child);
    }
    const pid = postmasterPid(dataDir);
    if (pid && alive(pid)) process.kill(pid, 'SIGINT');
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('starts on a fresh folder, seeds the demo workspace and answers UNAUTHENTICATED', async () => {
    current = await startApp(env);
    const anonymous = await gql('{ me { id } }');
    expect(anonymous.errors?.[0].extensions.code).toBe('UNAUTHENTICATED');
    expect(await demoContacts()).toEqual(expect.arrayContaining(['Priya Raman', 'Alex Kim']));
    expect(current.output()).toMatch(/demo workspace: sign in/);
    // With no SMTP_URL, digests go to the outbox, and the start says where; the demo user's first one is there.
    const outbox = join(dataDir, 'outbox');
    expect(current.output()).toContain(`digests are written as .eml files to ${outbox}`);
    const [digest] = readdirSync(outbox);
    expect(digest).toMatch(/^DAILY-\d{4}-\d{2}-\d{2}-.+\.eml$/);
    const eml = readFileSync(join(outbox, digest), 'utf8');
    expect(eml).toMatch(/^List-Unsubscribe-Post: List-Unsubscribe=One-Click$/m);
    expect(eml).toContain('Edge & WebAssembly Evening');
  });

  it('restarts cleanly after SIGKILL left its PostgreSQL server running', async () => {
    const before = await demoContacts();
    const orphan = postmasterPid(dataDir);
    current!.child.kill('SIGKILL');
    await exited(current!.child);
    expect(orphan && alive(orphan)).toBe(true);

    current = await startApp(env);
    expect(current.output()).toMatch(/left running by an earlier run/);
    expect(await demoContacts()).toEqual(before);
  });

  it('restarts cleanly after the server was killed too (stale postmaster.pid)', async () => {
    const server = postmasterPid(dataDir)!;
    current!.child.kill('SIGKILL');
    process.kill(server, 'SIGKILL');
    await exited(current!.child);
    while (alive(server)) await new Promise((r) => setTimeout(r, 50));
    expect(postmasterPid(dataDir)).toBe(server);

    current = await startApp(env);
    expect((await demoContacts()).length).toBeGreaterThan(0);
  });

  it('stops its PostgreSQL server on SIGTERM', async () => {
    const server = postmasterPid(dataDir)!;
    current!.child.kill('SIGTERM');
    await exited(current!.child);
    current = null;
    const deadline = Date.now() + 15_000;
    while (alive(server) && Date.now() < deadline) await new Promise((r) => setTimeout(r, 50));
    expect(alive(server)).toBe(false);
  });

  it('shuts down cleanly when SIGTERM reaches `npm start` (as a process manager sends it), leaving nothing running', async () => {
    current = await startApp(env, 'npm start');
    const npm = current.child;
    const server = postmasterPid(dataDir)!;
    try {
      // Only npm gets the signal, not its process group: npm must pass it on to the app.
      npm.kill('SIGTERM');
      await exited(npm);
      const deadline = Date.now() + 15_000;
      while ((alive(server) || !current.output().includes('stopped cleanly')) && Date.now() < deadline) await new Promise((r) => setTimeout(r, 50));
      expect(current.output()).toMatch(/SIGTERM: shutting down/);
      expect(current.output()).toMatch(/stopped cleanly/);
      expect(alive(server)).toBe(false);
      await expect(fetch(`http://127.0.0.1:${env.PORT}/health`)).rejects.toThrow();
    } finally {
      // Whatever npm left behind (an app it did not stop) goes with its group.
      try {
        process.kill(-npm.pid!, 'SIGKILL');
      } catch {
        // the group is gone already
      }
      current = null;
    }
  });
});
