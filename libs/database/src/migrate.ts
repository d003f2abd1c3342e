import { DataSource, Migration } from 'typeorm';

/** Arbitrary but fixed: every instance serialises migrations on this lock. */
const MIGRATION_LOCK_KEY = 7_316_221_004;

/**
 * Runs pending migrations while holding a PostgreSQL advisory lock, so that
 * several instances starting together apply each migration exactly once.
 */
export async function runMigrations(dataSource: DataSource): Promise<Migration[]> {
  const lock = dataSource.createQueryRunner();
  await lock.connect();
  try {
    await lock.query('SELECT pg_advisory_lock($1)', [MIGRATION_LOCK_KEY]);
    return await dataSource.runMigrations({ transaction: 'each' });
  } finally {
    await lock.query('SELECT pg_advisory_unlock($1)', [MIGRATION_LOCK_KEY]).catch(() => undefined);
    await lock.release();
  }
}
