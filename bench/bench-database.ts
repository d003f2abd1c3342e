import { ChildProcess, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import { createServer } from 'node:net';
import { Client } from 'pg';
import { RunningEmbeddedPostgres, scratchDataDir, startEmbeddedPostgres } from '@app/database';

export interface BenchDatabase {
  url: string;
  kind: 'server' | 'embedded';
  close(): Promise<void>;
}

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
  });
}

/** A fresh database for one benchmark: on DATABASE_URL's server when set, else on an embedded server. */
export async function benchDatabase(label: string): Promise<BenchDatabase> {
  let embedded: RunningEmbeddedPostgres | null = null;
  let admin = process.env.DATABASE_URL;
  if (!admin) {
    embedded = await startEmbeddedPostgres({ dataDir: scratchDataDir('bench-pg'), port: await freePort(), database: 'postgres', log: () => undefined });
    admin = embedded.url;
  }
  const name = `tom_bench_${label}_${randomBytes(3).toString('hex')}`;
  const client = new Client({ connectionString: admin });
  await client.connect();
  await client.query(`CREATE DATABASE ${name}`);
  await client.end();
  const url = new URL(admin);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    kind: embedded ? 'embedded' : 'server',
    async close() {
      const c = new Client({ connectionString: admin });
      await c.connect();
      await c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await c.end();
      if (embedded) await embedded.stop();
    },
  };
}

/** The built API as a process of its own on `port` (NODE_ENV=production, no demo), once its health check answers. */
export async function startBenchApi(databaseUrl: string, port: number, env: Record<string, string> = {}): Promise<ChildProcess> {
  const main = join(__dirname, '..', 'apps', 'api', 'src', 'main.js');
  // BENCH_NODE_ARGS (e.g. "--cpu-prof") profiles the API under load.
  const extra = (process.env.BENCH_NODE_ARGS ?? process.env.PLAN_BENCH_NODE_ARGS ?? '').split(' ').filter(Boolean);
  const child = spawn(process.execPath, [...extra, main], {
    env: { ...process.env, DATABASE_URL: databaseUrl, PORT: String(port), SEED_DEMO: 'false', LOG_LEVEL: 'warn', NODE_ENV: 'production', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout?.on('data', (c: Buffer) => (output += c.toString()));
  child.stderr?.on('data', (c: Buffer) => (output += c.toString()));
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    if (
      await fetch(`http://127.0.0.1:${port}/health`).then(
        (r) => r.ok,
        () => false,
      )
    )
      return child;
    if (child.exitCode !== null) break;
    await new Promise((r) => setTimeout(r, 200));
  }
  child.kill();
  throw new Error(`the API did not start for the benchmark:\n${output}`);
}

/** Stops an API started by startBenchApi, as an orchestrator would (SIGTERM, then waiting). */
export async function stopBenchApi(api: ChildProcess, waitMs = 30_000): Promise<void> {
  const exited = new Promise((r) => api.once('exit', r));
  api.kill('SIGTERM');
  await Promise.race([exited, new Promise((r) => setTimeout(r, waitMs))]);
}
