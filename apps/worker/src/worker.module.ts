import { DynamicModule, Module } from '@nestjs/common';
import { BackgroundModule } from '@app/background';
import { AppConfig, ConfigModule } from '@app/config';
import { HealthModule } from '@app/health';
import { JobsModule } from '@app/jobs';
import { MetricsEndpointModule } from '@app/metrics';
import { DatabaseModule, PreparedDatabase } from '@app/persistence';

@Module({})
export class WorkerModule {
  /** With `config.workerPort`, the worker also answers /health, /ready and /metrics (for probes and scrapes; nothing else). */
  static forRoot(config: AppConfig, database: PreparedDatabase): DynamicModule {
    return {
      module: WorkerModule,
      imports: [
        ConfigModule.forRoot(config),
        DatabaseModule.forRoot(database, config.database, 'topofmind-worker'),
        JobsModule,
        BackgroundModule,
        ...(config.workerPort ? [HealthModule, MetricsEndpointModule] : []),
      ],
    };
  }
}
