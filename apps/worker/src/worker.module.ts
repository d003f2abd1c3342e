import { DynamicModule, Module } from '@nestjs/common';
import { BackgroundModule } from '@app/background';
import { AppConfig, ConfigModule } from '@app/config';
import { JobsModule } from '@app/jobs';
import { DatabaseModule, PreparedDatabase } from '@app/persistence';

@Module({})
export class WorkerModule {
  static forRoot(config: AppConfig, database: PreparedDatabase): DynamicModule {
    return {
      module: WorkerModule,
      imports: [ConfigModule.forRoot(config), DatabaseModule.forRoot(database, config.database, 'topofmind-worker'), JobsModule, BackgroundModule],
    };
  }
}
