import { rm } from 'node:fs/promises';

export default async function globalTeardown() {
  const server = globalThis.__TEST_EMBEDDED_PG__;
  if (!server) return;
  await server.stop();
  await rm(server.dataDir, { recursive: true, force: true });
  await rm(`${server.dataDir}.credentials.json`, { force: true });
}
