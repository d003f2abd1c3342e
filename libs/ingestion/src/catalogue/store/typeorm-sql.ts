import type { ClientBase } from 'pg';
import { EntityManager } from 'typeorm';
import { returnedRows } from '@app/database';
import { copyFrom } from './copy-from';
import { SqlRunner } from './sql-runner';

/** TypeORM answers UPDATE … RETURNING as [rows, count]: the writers always see rows. */
export function typeormSql(manager: EntityManager): SqlRunner {
  return {
    rows: async <T>(sql: string, params: readonly unknown[] = []) => returnedRows<T>(await manager.query(sql, [...params])),
    copyFrom: async (statement, payload) => {
      // The transaction's own connection: TypeORM has no COPY, its driver (pg) has.
      if (!manager.queryRunner) throw new Error('COPY needs the query runner of a transaction');
      return copyFrom((await manager.queryRunner.connect()) as ClientBase, statement, payload);
    },
  };
}
