// globalSetup of the e2e tier: dist/ (the CLI, worker processes and ingest threads run from it) and the database server.
import { createRequire } from 'node:module';
import { startDatabaseServer } from './database-server.mjs';

const require = createRequire(import.meta.url);

export default async function globalSetup() {
  require('../../scripts/ensure-build.js').ensureBuild({ quiet: true });
  await startDatabaseServer();
}
