// globalSetup of the integration tier: the database server only (dist/ is built only to start an embedded one).
import { startDatabaseServer } from './database-server.mjs';

export default async function globalSetup() {
  await startDatabaseServer();
}
