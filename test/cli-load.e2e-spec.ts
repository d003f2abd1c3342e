import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);
const BIN = join(__dirname, '..', 'bin', 'topofmind.js');
const ICS = join(__dirname, '..', 'examples', 'berlin-tech-meetups.ics');

/** The framework, the database and the GraphQL server: what the API loads and the command line must not. */
const SERVER_PACKAGES = ['typeorm', 'graphql', '@nestjs', 'pg-boss', '@apollo', 'pg'];

/**
 * Runs `topofmind inspect` with a preload that writes, as the process exits,
 * every module it loaded (the keys of require.cache).
 */
async function loadedModules(args: string[]): Promise<{ code: number; modules: string[] }> {
  const dir = mkdtempSync(join(tmpdir(), 'cli-load-'));
  try {
    const preload = join(dir, 'preload.js');
    const out = join(dir, 'modules.json');
    writeFileSync(preload, `process.on('exit', () => require('node:fs').writeFileSync(${JSON.stringify(out)}, JSON.stringify(Object.keys(require.cache))));\n`);
    let code = 0;
    try {
      await run(process.execPath, ['-r', preload, BIN, 'inspect', ...args], { env: { ...process.env, DATABASE_URL: '' } });
    } catch (error) {
      code = (error as { code: number }).code;
    }
    return { code, modules: JSON.parse(readFileSync(out, 'utf8')) as string[] };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

describe('topofmind inspect: what it loads', () => {
  it.each([
    ['a file', [ICS], 0],
    ['an address', ['http://127.0.0.1:9/feed.ics'], 2],
  ])('reads %s without loading the framework, the database driver or GraphQL', async (_name, args, expectedCode) => {
    const { code, modules } = await loadedModules(args);
    expect(code).toBe(expectedCode);
    expect(modules.some((path) => path.includes('/libs/source-reader/'))).toBe(true);
    const server = modules.filter((path) => SERVER_PACKAGES.some((name) => path.includes(`/node_modules/${name}/`)));
    expect(server).toEqual([]);
  });
});
