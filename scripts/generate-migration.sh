#!/usr/bin/env bash
# Writes migrations/<timestamp>-<Name>.ts from the difference between the
# entities and a scratch database migrated to the current head.
# usage: scripts/generate-migration.sh VerbNoun   (needs DATABASE_URL's server)
set -euo pipefail
cd "$(dirname "$0")/.."
name=${1:?usage: scripts/generate-migration.sh VerbNoun}
server=${DATABASE_URL:-postgres://postgres@127.0.0.1:5432/test}
scratch="tom_migration_$$"
node scripts/ensure-build.js
psql "$server" -qc "CREATE DATABASE $scratch"
trap 'psql "$server" -qc "DROP DATABASE IF EXISTS $scratch WITH (FORCE)"' EXIT
url="${server%/*}/$scratch"
DATABASE_URL="$url" node -e "
  require('reflect-metadata');
  const ds = require('./dist/libs/persistence/src').createAppDataSource(process.env.DATABASE_URL);
  ds.initialize().then(() => ds.runMigrations()).then(() => ds.destroy());"
DATABASE_URL="$url" npx typeorm migration:generate -d dist/libs/persistence/src/data-source.js --pretty "migrations/$name"
node scripts/write-migration-index.js
