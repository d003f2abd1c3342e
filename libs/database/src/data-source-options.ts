import { DataSourceOptions, MigrationInterface } from 'typeorm';
import { SnakeNamingStrategy } from './snake-naming.strategy';

type MigrationClass = new () => MigrationInterface;

export interface DataSourceInputs {
  url: string;
  poolSize?: number;
  entities: NonNullable<DataSourceOptions['entities']>;
  migrations: MigrationClass[];
  applicationName?: string;
  logging?: boolean;
  /** statement_timeout of every connection, and idle_in_transaction_session_timeout (0: none). */
  statementTimeoutMs?: number;
}

/**
 * The one place data-source options are written. `synchronize` is fixed to
 * false: the schema changes only through migrations.
 */
export function buildDataSourceOptions(inputs: DataSourceInputs): DataSourceOptions {
  return {
    type: 'postgres',
    url: inputs.url,
    entities: inputs.entities,
    migrations: inputs.migrations,
    migrationsTableName: 'typeorm_migrations',
    migrationsTransactionMode: 'each',
    namingStrategy: new SnakeNamingStrategy(),
    synchronize: false,
    // gen_random_uuid() is built into PostgreSQL 13+; no extension to install.
    uuidExtension: 'pgcrypto',
    installExtensions: false,
    migrationsRun: false,
    // Failed queries are not logged here: expected ones (a unique violation
    // turned into BAD_USER_INPUT) are noise, and unexpected ones reach the
    // exception filter, which logs them with a reference.
    logging: inputs.logging ? ['error', 'warn', 'migration'] : ['warn'],
    applicationName: inputs.applicationName ?? 'topofmind',
    poolSize: inputs.poolSize ?? 10,
    extra: {
      // Fail fast instead of hanging when the server is unreachable.
      connectionTimeoutMillis: 10_000,
      idleTimeoutMillis: 30_000,
      // No query runs for ever, and a transaction left open by a stuck or
      // killed request is ended by the server, releasing its locks.
      ...(inputs.statementTimeoutMs && {
        statement_timeout: inputs.statementTimeoutMs,
        idle_in_transaction_session_timeout: inputs.statementTimeoutMs,
      }),
    },
  };
}
