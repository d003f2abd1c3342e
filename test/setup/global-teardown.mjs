import net from 'node:net';
import { rm } from 'node:fs/promises';

// globalTeardown of the integration and e2e tiers (it runs once per tier selected: the second finds nothing to stop).
export default async function globalTeardown() {
  // A run in band leaves the last test file's network policy on this process: stand the guard down (test/setup/network-guard.ts).
  const guard = net[Symbol.for('topofmind.network-guard')];
  if (guard) guard.policy = 'any';
  const server = globalThis.__TEST_EMBEDDED_PG__;
  if (!server) return;
  globalThis.__TEST_EMBEDDED_PG__ = undefined;
  await server.stop();
  await rm(server.dataDir, { recursive: true, force: true });
  await rm(`${server.dataDir}.credentials.json`, { force: true });
}
