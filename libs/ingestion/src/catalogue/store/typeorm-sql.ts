import { EntityManager } from 'typeorm';
import { returnedRows } from '@app/database';
import { SqlRunner } from './sql-runner';

/** TypeORM answers UPDATE … RETURNING as [rows, count]: the writers always see rows. */
export function typeormSql(manager: EntityManager): SqlRunner {
  return { rows: async <T>(sql: string, params: readonly unknown[] = []) => returnedRows<T>(await manager.query(sql, [...params])) };
}
