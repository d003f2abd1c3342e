import { spawn } from 'node:child_process';
import { chmodSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { freePort } from './bench-database';

export interface StartupBenchResult {
  runs: number;
  /** `npm start` on the data folder of an earlier run: from the command to the first GraphQL answer. */
  start: { medianMs: number; minMs: number; maxMs: number };
  /** `npm start` of a package whose start script only answers HTTP: npm's and Node's own share. */
  floor: { medianMs: number };
  firstStartMs: number;
  target: { ms: number; met: boolean };
}

const root = join(__dirname, '..', '..');
const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

/** Runs `npm start` in `cwd` as its own process group, times the first answer to `probe`, then stops the group. */
async function timeStart(cwd: string, env: Record<string, string>, probe: (port: number) => Promise<boolean>): Promise<number> {
  const port = await freePort();
  const started = performance.now();
  const child = spawn('npm', ['start', '--silent'], {
    cwd,
    env: { ...process.env, ...env, PORT: String(port) },
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true,
  });
  let output = '';
  child.stdout?.on('data', (c: Buffer) => (output += c.toString()));
  child.stderr?.on('data', (c: Buffer) => (output += c.toString()));
  const exited = new Promise((resolve) => child.once('exit', resolve));
  try {
    for (;;) {
      if (await probe(port).catch(() => false)) return performance.now() - started;
      if (child.exitCode !== null || performance.now() - started > 60_000) throw new Error(`npm start did not answer:\n${output}`);
      await new Promise((r) => setTimeout(r, 5));
    }
  } finally {
    process.kill(-child.pid!, 'SIGTERM'); // npm and the app it started
    await Promise.race([exited, new Promise((r) => setTimeout(r, 30_000))]);
    await new Promise((r) => setTimeout(r, 500)); // the embedded server's last files
  }
}

const answersGraphql = async (port: number) => {
  const response = await fetch(`http://127.0.0.1:${port}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: '{ __typename }' }),
  });
  return response.ok && (await response.text()).includes('Query');
};

/**
 * Start-up as a user meets it: `npm start` on a data folder that already
 * holds the embedded database and the demo (made by a first start, timed
 * apart), until GraphQL answers. Baseline, in the same run: `npm start` of
 * a package whose start script is a bare Node HTTP server.
 */
export async function runStartupBench(runs = 5): Promise<StartupBenchResult> {
  const folder = mkdtempSync(join(tmpdir(), 'topofmind-startup-'));
  chmodSync(folder, 0o755); // PostgreSQL runs as its own user when we are root
  const floorPackage = mkdtempSync(join(tmpdir(), 'topofmind-floor-'));
  writeFileSync(
    join(floorPackage, 'package.json'),
    JSON.stringify({
      name: 'floor',
      private: true,
      scripts: { start: `node -e "require('http').createServer((q, s) => s.end('{}')).listen(process.env.PORT)"` },
    }),
  );
  const env = { DATA_DIR: folder, LOG_LEVEL: 'warn', NODE_ENV: 'development' };
  try {
    const firstStartMs = await timeStart(root, { ...env, EMBEDDED_PG_PORT: String(await freePort()) }, answersGraphql);
    const starts: number[] = [];
    const floors: number[] = [];
    for (let i = 0; i < runs; i++) {
      floors.push(await timeStart(floorPackage, {}, async (port) => (await fetch(`http://127.0.0.1:${port}/`)).ok));
      starts.push(await timeStart(root, { ...env, EMBEDDED_PG_PORT: String(await freePort()) }, answersGraphql));
    }
    const startMedian = Math.round(median(starts));
    return {
      runs,
      start: { medianMs: startMedian, minMs: Math.round(Math.min(...starts)), maxMs: Math.round(Math.max(...starts)) },
      floor: { medianMs: Math.round(median(floors)) },
      firstStartMs: Math.round(firstStartMs),
      target: { ms: 3_000, met: startMedian <= 3_000 },
    };
  } finally {
    rmSync(folder, { recursive: true, force: true });
    rmSync(floorPackage, { recursive: true, force: true });
  }
}
