import { randomBytes } from 'node:crypto';
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
