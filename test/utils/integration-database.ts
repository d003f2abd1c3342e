import { randomBytes } from 'node:crypto';
import { DataSource } from 'typeorm';
import { UserId } from '@app/common';
import { runMigrations } from '@app/database';
import { appDataSourceOptions } from '@app/persistence';
import { createTestDatabase, TestDatabase } from './test-database';

/** A fresh database for one integration test file, migrated with the real migrations, and the app's DataSource on it. */
export interface IntegrationDatabase {
  db: TestDatabase;
  /** Initialised; closed by close(). */
  dataSource: DataSource;
  /** Rows of a query, for assertions. */
  rows<T = Record<string, unknown>>(sql: string, params?: unknown[]): Promise<T[]>;
  /** The number of rows of a table matching an optional condition. */
  count(table: string, where?: string, params?: unknown[]): Promise<number>;
  /** A user row (what every owned row refers to), created directly: integration tests do not sign up through the API. */
  createUser(fields?: { email?: string; timeZone?: string; interests?: string[]; targetRoles?: string[] }): Promise<UserId>;
  close(): Promise<void>;
}

export async function createIntegrationDatabase(label: string, poolSize = 4): Promise<IntegrationDatabase> {
  const db = await createTestDatabase(label);
  const dataSource = new DataSource(appDataSourceOptions(db.url, poolSize, `test-${label}`));
  try {
    await dataSource.initialize();
    await runMigrations(dataSource);
  } catch (error) {
    if (dataSource.isInitialized) await dataSource.destroy();
    await db.drop();
    throw error;
  }
  const rows = <T>(sql: string, params: unknown[] = []): Promise<T[]> => dataSource.query(sql, params);
  return {
    db,
    dataSource,
    rows,
    async count(table, where = 'true', params = []) {
      const [{ n }] = await rows<{ n: number }>(`SELECT count(*)::int AS n FROM ${table} WHERE ${where}`, params);
      return n;
    },
    async createUser({ email, timeZone = 'UTC', interests = [], targetRoles = [] } = {}) {
      const [{ id }] = await rows<{ id: UserId }>(
        'INSERT INTO users (email, password_hash, time_zone, interests, target_roles) VALUES ($1, $2, $3, $4, $5) RETURNING id',
        [email ?? `user-${randomBytes(4).toString('hex')}@example.com`, 'not-a-real-hash', timeZone, interests, targetRoles],
      );
      return id;
    },
    async close() {
      await dataSource.destroy();
      await db.drop();
    },
  };
}
