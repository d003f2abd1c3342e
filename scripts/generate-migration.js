'use strict';
// Writes migrations/<timestamp>-<Name>.ts from the difference between the
// entities and a scratch database migrated to the current head, then
// rewrites migrations/index.ts. Needs only Node and a PostgreSQL server.
// usage: DATABASE_URL=postgres://… npm run migration:generate -- VerbNoun
const { execFileSync } = require('node:child_process');
const { join } = require('node:path');
const { Client } = require('pg');
const { ensureBuild, root } = require('./ensure-build');

const name = process.argv[2];
if (!name || !/^[A-Z][A-Za-z0-9]+$/.test(name)) {
  process.stderr.write("usage: npm run migration:generate -- VerbNoun   (a name like AddDisplayName; needs DATABASE_URL's server)\n");
  process.exit(2);
}
const server = process.env.DATABASE_URL || 'postgres://postgres@127.0.0.1:5432/test';
const scratch = `tom_migration_${process.pid}`;
const scratchUrl = `${server.replace(/\/[^/]*$/, '')}/${scratch}`;

async function admin(sql) {
  const client = new Client({ connectionString: server });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

async function main() {
  ensureBuild();
  await admin(`CREATE DATABASE "${scratch}"`);
  try {
    require('reflect-metadata');
    const dataSource = require(join(root, 'dist/libs/persistence/src')).createAppDataSource(scratchUrl);
    await dataSource.initialize();
    await dataSource.runMigrations();
    await dataSource.destroy();
    const typeorm = join(root, 'node_modules', 'typeorm', 'cli.js');
    execFileSync(process.execPath, [typeorm, 'migration:generate', '-d', 'dist/libs/persistence/src/data-source.js', '--pretty', `migrations/${name}`], {
      cwd: root,
      stdio: 'inherit',
      env: { ...process.env, DATABASE_URL: scratchUrl },
    });
    require('./write-migration-index');
  } finally {
    await admin(`DROP DATABASE IF EXISTS "${scratch}" WITH (FORCE)`);
  }
}

main().catch((error) => {
  // typeorm has already said why it failed ("No changes in database schema…").
  if (typeof error.status !== 'number') process.stderr.write(`${error.message}\n`);
  process.exit(typeof error.status === 'number' ? error.status : 1);
});
