'use strict';
// Builds dist/ with swc when any source file is newer than the last build,
// and the web app (apps/web, with Vite) into dist/web when its sources are,
// so `npm start` and the `topofmind` command work straight after a clone.
const { execFileSync } = require('node:child_process');
const { existsSync, readdirSync, statSync, writeFileSync, mkdirSync } = require('node:fs');
const { join } = require('node:path');

const root = join(__dirname, '..');
const stamp = join(root, 'dist', '.build-stamp');
const SOURCE_DIRS = ['apps', 'libs', 'migrations', 'bench'];
const WEB_DIR = join(root, 'apps', 'web');
const webStamp = join(root, 'dist', 'web', '.build-stamp');

function newestSourceMtime(dir, skip = null) {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (path === skip) continue;
    if (entry.isDirectory()) newest = Math.max(newest, newestSourceMtime(path, skip));
    else if (/\.(ts|tsx|html|css)$/.test(entry.name)) newest = Math.max(newest, statSync(path).mtimeMs);
  }
  return newest;
}

function ensureBuild({ quiet = false } = {}) {
  const server = ensureServerBuild(quiet);
  const web = ensureWebBuild(quiet);
  return server || web;
}

/** The web app: `vite build` into dist/web when apps/web changed since the last build. */
function ensureWebBuild(quiet) {
  if (existsSync(webStamp) && statSync(webStamp).mtimeMs >= newestSourceMtime(WEB_DIR)) return false;
  if (!quiet) process.stderr.write('building the web app (vite)...\n');
  const vite = join(root, 'node_modules', 'vite', 'bin', 'vite.js');
  execFileSync(process.execPath, [vite, 'build', '--config', join(WEB_DIR, 'vite.config.ts'), '--logLevel', 'error'], {
    cwd: root,
    // Vite keeps an inherited NODE_ENV (jest's "test"), which would ship React's development build.
    env: { ...process.env, NODE_ENV: 'production' },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  writeFileSync(webStamp, new Date().toISOString());
  return true;
}

function ensureServerBuild(quiet) {
  const sources = Math.max(...SOURCE_DIRS.map((d) => newestSourceMtime(join(root, d), WEB_DIR)), statSync(join(root, '.swcrc')).mtimeMs);
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
      '--ignore',
      'apps/web/**',
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
