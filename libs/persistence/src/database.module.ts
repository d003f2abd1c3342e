import { DynamicModule, Global, Module, OnApplicationShutdown } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { DatabaseConnection } from '@app/database';
import { appDataSourceOptions } from './app-data-source';
import { PreparedDatabase } from './prepare-database';

class DatabaseLifecycle implements OnApplicationShutdown {
  constructor(private readonly database: PreparedDatabase) {}

  /** Stops the embedded server, if this process started one, when the app shuts down. */
  async onApplicationShutdown(): Promise<void> {
    await this.database.close();
  }
}

/** The app's single TypeORM connection, on a database already migrated at boot. */
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
      providers: [
        { provide: DatabaseLifecycle, useFactory: () => new DatabaseLifecycle(database) },
        { provide: DatabaseConnection, useValue: new DatabaseConnection(database.url, database.embedded) },
      ],
      exports: [DatabaseConnection],
    };
  }
}
