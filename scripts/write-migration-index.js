'use strict';
// Rewrites migrations/index.ts: every migration file, oldest first.
const { readdirSync, readFileSync, writeFileSync } = require('node:fs');
const { join } = require('node:path');

const dir = join(__dirname, '..', 'migrations');
const files = readdirSync(dir)
  .filter((f) => /^\d+-\w+\.ts$/.test(f))
  .sort();
const entries = files.map((f) => ({ file: f.replace(/\.ts$/, ''), cls: readFileSync(join(dir, f), 'utf8').match(/export class (\w+)/)[1] }));
writeFileSync(
  join(dir, 'index.ts'),
  `import type { MigrationInterface } from 'typeorm';
${entries.map((e) => `import { ${e.cls} } from './${e.file}';`).join('\n')}

/** Every migration, oldest first. Listed explicitly so bundlers and tests need no globbing (scripts/write-migration-index.js). */
export const MIGRATIONS: (new () => MigrationInterface)[] = [
${entries.map((e) => `  ${e.cls},`).join('\n')}
];
`,
);
