/**
 * What the catalogue's writers need of a connection inside a transaction:
 * rows back from a statement. The request thread adapts TypeORM's manager
 * (typeorm-sql.ts); the ingest worker threads adapt a plain pg client.
 */
export interface SqlRunner {
  rows<T>(sql: string, params?: readonly unknown[]): Promise<T[]>;
}
