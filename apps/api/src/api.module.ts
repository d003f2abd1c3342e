import { DynamicModule, Module } from '@nestjs/common';
import { AccountDataModule } from '@app/account-data';
import { AccountsModule } from '@app/accounts';
import { BackgroundModule } from '@app/background';
import { CalendarFeedModule } from '@app/calendar-feed';
import { AppConfig, ConfigModule } from '@app/config';
import { DemoModule } from '@app/demo';
import { GraphqlApiModule } from '@app/graphql-api';
import { HealthModule } from '@app/health';
import { IngestionModule } from '@app/ingestion';
import { JobsModule } from '@app/jobs';
import { MatchingModule } from '@app/matching';
import { PlannerModule } from '@app/planner';
import { DatabaseModule, PreparedDatabase } from '@app/persistence';
import { TrackingModule } from '@app/tracking';
import { WebModule } from '@app/web';

@Module({})
export class ApiModule {
  static forRoot(config: AppConfig, database: PreparedDatabase): DynamicModule {
    return {
      module: ApiModule,
      imports: [
        ConfigModule.forRoot(config),
        DatabaseModule.forRoot(database, config.database, 'topofmind-api'),
        GraphqlApiModule.forRoot(),
        HealthModule,
        AccountsModule,
        TrackingModule,
        JobsModule,
        IngestionModule,
        MatchingModule,
        PlannerModule,
        CalendarFeedModule,
        AccountDataModule,
        DemoModule,
        WebModule,
        ...(config.runWorker ? [BackgroundModule] : []),
      ],
    };
  }
}
