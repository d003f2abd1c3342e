import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { GraphQLSchemaHost } from '@nestjs/graphql';
import { DataSource } from 'typeorm';
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

  it("every table of owned rows bumps its owner's data version, which keys cached plans (docs/PLAN-CACHE.md)", async () => {
    const rows: { table_name: string; triggers: string[] }[] = await t.app.get(DataSource).query(
      `SELECT c.table_name, coalesce(array_agg(tg.tgname::text ORDER BY tg.tgname) FILTER (WHERE tg.tgname IS NOT NULL), '{}') AS triggers
         FROM information_schema.columns c
         LEFT JOIN pg_trigger tg ON tg.tgrelid = c.table_name::regclass AND tg.tgname LIKE '%\\_bump\\_%'
        WHERE c.table_schema = 'public' AND c.column_name = 'owner_id'
        GROUP BY c.table_name ORDER BY c.table_name`,
    );
    expect(rows.length).toBeGreaterThan(5);
    for (const { table_name: table, triggers } of rows) expect([table, triggers]).toEqual([table, ['del', 'ins', 'upd'].map((e) => `${table}_bump_${e}`)]);
  });

  it('no data source can synchronize the schema', () => {
    expect(createAppDataSource('postgres://unused/db').options.synchronize).toBe(false);
  });
});
