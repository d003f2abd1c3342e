/**
 * What the catalogue's writers need of a connection inside a transaction:
 * rows back from a statement, and bulk loads with COPY. The request thread
 * adapts TypeORM's manager (typeorm-sql.ts); the ingest worker threads
 * adapt a plain pg client.
 */
export interface SqlRunner {
  rows<T>(sql: string, params?: readonly unknown[]): Promise<T[]>;
  /** Runs a `COPY … FROM STDIN` with a text-format payload; the rows loaded. */
  copyFrom(statement: string, payload: string): Promise<number>;
}
