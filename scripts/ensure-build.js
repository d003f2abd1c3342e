'use strict';
// Builds dist/ with swc when any source file is newer than the last build,
// so `npm start` and the `topofmind` command work straight after a clone.
const { execFileSync } = require('node:child_process');
const { existsSync, readdirSync, statSync, writeFileSync, mkdirSync } = require('node:fs');
const { join } = require('node:path');

const root = join(__dirname, '..');
const stamp = join(root, 'dist', '.build-stamp');
const SOURCE_DIRS = ['apps', 'libs', 'migrations', 'bench'];

function newestSourceMtime(dir) {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) newest = Math.max(newest, newestSourceMtime(path));
    else if (/\.(ts|html)$/.test(entry.name)) newest = Math.max(newest, statSync(path).mtimeMs);
  }
  return newest;
}

function ensureBuild({ quiet = false } = {}) {
  const sources = Math.max(...SOURCE_DIRS.map((d) => newestSourceMtime(join(root, d))), statSync(join(root, '.swcrc')).mtimeMs);
  if (existsSync(stamp) && statSync(stamp).mtimeMs >= sources) return false;
  if (!quiet) process.stderr.write('building topofmind (swc)...\n');
  const swc = join(root, 'node_modules', '@swc', 'cli', 'bin', 'swc.js');
  execFileSync(
    process.execPath,
    [
      swc,
      ...SOURCE_DIRS,
      '-d',
      'dist',
      '--config-file',
      '.swcrc',
      '--quiet',
      '--copy-files',
      '--ignore',
      '**/*.spec.ts',
      '--ignore',
      '**/*.integration-spec.ts',
      '--ignore',
      '**/*.test-helper.ts',
    ],
    {
      cwd: root,
      stdio: ['ignore', 'ignore', 'inherit'],
    },
  );
  mkdirSync(join(root, 'dist'), { recursive: true });
  writeFileSync(stamp, new Date().toISOString());
  return true;
}

module.exports = { ensureBuild, root };

if (require.main === module) ensureBuild();
