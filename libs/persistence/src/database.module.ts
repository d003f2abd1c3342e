import { DynamicModule, Global, Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { DatabaseConnection } from '@app/database';
import { appDataSourceOptions } from './app-data-source';
import { PreparedDatabase } from './prepare-database';

/**
 * The app's single TypeORM connection, on a database already migrated at
 * boot. The embedded server is not stopped here but by whoever prepared it
 * (the graceful shutdown), after the app has closed: as a shutdown hook it
 * stopped before the job queue and this pool had let go of it.
 */
@Global()
@Module({})
export class DatabaseModule {
  static forRoot(database: PreparedDatabase, options: { poolSize: number; statementTimeoutMs: number }, applicationName: string): DynamicModule {
    return {
      module: DatabaseModule,
      imports: [
        TypeOrmModule.forRoot({
          ...appDataSourceOptions(database.url, options.poolSize, applicationName, options.statementTimeoutMs),
          retryAttempts: 3,
          retryDelay: 1000,
        }),
      ],
      providers: [{ provide: DatabaseConnection, useValue: new DatabaseConnection(database.url, database.embedded) }],
      exports: [DatabaseConnection],
    };
  }
}
