import { DynamicModule, INestApplicationContext, Module, Type } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { DataSource } from 'typeorm';
import { AccountsModule } from '@app/accounts';
import { ConfigModule, loadConfig } from '@app/config';
import { JobsModule } from '@app/jobs';
import { DatabaseModule, prepareDatabase } from '@app/persistence';
import { benchDatabase, BenchDatabase } from './bench-database';

export interface BenchApp {
  db: BenchDatabase;
  app: INestApplicationContext;
  dataSource: DataSource;
  close(): Promise<void>;
}

/** The app's services (no HTTP) on a migrated database at `url`, with the features a benchmark needs. */
export async function appOn(
  url: string,
  features: (Type | DynamicModule)[],
  env: Record<string, string> = {},
): Promise<{ app: INestApplicationContext; dataSource: DataSource; close(): Promise<void> }> {
  const config = loadConfig({ NODE_ENV: 'test', LOG_LEVEL: 'error', RUN_WORKER: 'false', ...env, DATABASE_URL: url });
  const prepared = await prepareDatabase(config, () => undefined);

  @Module({
    imports: [
      ConfigModule.forRoot(config),
      DatabaseModule.forRoot(prepared, { poolSize: 10, statementTimeoutMs: 0 }, 'topofmind-bench'),
      JobsModule,
      AccountsModule,
      ...features,
    ],
  })
  class BenchModule {}

  const app = await NestFactory.createApplicationContext(BenchModule, { logger: ['error'] });
  return {
    app,
    dataSource: app.get(DataSource),
    async close() {
      await app.close();
      await prepared.close();
    },
  };
}

/** The app's services on a fresh, migrated database of its own. */
export async function benchApp(label: string, features: (Type | DynamicModule)[]): Promise<BenchApp> {
  const db = await benchDatabase(label);
  const context = await appOn(db.url, features);
  return {
    db,
    ...context,
    async close() {
      await context.close();
      await db.close();
    },
  };
}

/** Records the SQL statements the app sends (TypeORM hands each to logQuery first). */
export function recordStatements(dataSource: DataSource): { statements: string[]; stop(): void } {
  const statements: string[] = [];
  const original = dataSource.logger.logQuery.bind(dataSource.logger);
  dataSource.logger.logQuery = (query, parameters, runner) => {
    statements.push(query);
    return original(query, parameters, runner);
  };
  return { statements, stop: () => void (dataSource.logger.logQuery = original) };
}
