import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { GraphQLSchemaHost } from '@nestjs/graphql';
import { lexicographicSortSchema, printSchema } from 'graphql';
import { createAppDataSource } from '@app/persistence';
import { startTestApp, TestApp } from './utils/test-app';

const SCHEMA_FILE = join(__dirname, '..', 'schema.graphql');

describe('committed artefacts are current', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp('schema');
  });
  afterAll(() => t.close());

  it('schema.graphql matches the code-first schema (run `npm run schema:write` after changing it)', () => {
    const printed = `${printSchema(lexicographicSortSchema(t.app.get(GraphQLSchemaHost).schema))}\n`;
    if (process.env.WRITE_SCHEMA === '1') writeFileSync(SCHEMA_FILE, printed);
    expect(readFileSync(SCHEMA_FILE, 'utf8')).toEqual(printed);
  });

  it('the migrations produce exactly the schema the entities describe (`npm run migration:generate` after changing entities)', async () => {
    const dataSource = createAppDataSource(t.db.url, 1, 'topofmind-schema-check');
    await dataSource.initialize();
    try {
      const pending = await dataSource.driver.createSchemaBuilder().log();
      expect(pending.upQueries.map((q) => q.query)).toEqual([]);
    } finally {
      await dataSource.destroy();
    }
  });

  it('no data source can synchronize the schema', () => {
    expect(createAppDataSource('postgres://unused/db').options.synchronize).toBe(false);
  });
});
