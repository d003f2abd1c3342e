import { DynamicModule, Module } from '@nestjs/common';
import { HttpAdapterHost } from '@nestjs/core';
import { AccountDataModule } from '@app/account-data';
import { AccountsModule } from '@app/accounts';
import { BackgroundModule } from '@app/background';
import { CalendarFeedModule } from '@app/calendar-feed';
import { AppConfig, ConfigModule } from '@app/config';
import { DemoModule } from '@app/demo';
import { DigestsModule } from '@app/digests';
import { FollowUpsModule } from '@app/follow-ups';
import { GraphqlApiModule } from '@app/graphql-api';
import { HealthModule } from '@app/health';
import { IngestionModule } from '@app/ingestion';
import { JobsModule } from '@app/jobs';
import { requestLogging } from '@app/logging';
import { MatchingModule } from '@app/matching';
import { MetricsEndpointModule } from '@app/metrics';
import { PlannerModule } from '@app/planner';
import { DatabaseModule, PreparedDatabase } from '@app/persistence';
import { TrackingModule } from '@app/tracking';
import { WebModule } from '@app/web';
import { requestBody, requestBodyErrors } from './request-body';
import { securityHeaders } from './security-headers';

/** The calendar feed's and unsubscribe links' paths are credentials; health and metrics polls are noise. */
const ACCESS_LOG = { secretPathPrefixes: ['/calendar/', '/unsubscribe/'], quietPaths: ['/health', '/ready', '/metrics'] };

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
        MetricsEndpointModule,
        AccountsModule,
        TrackingModule,
        JobsModule,
        IngestionModule,
        MatchingModule,
        PlannerModule,
        FollowUpsModule,
        DigestsModule,
        CalendarFeedModule,
        AccountDataModule,
        DemoModule,
        ...(config.runWorker ? [BackgroundModule] : []),
        WebModule,
      ],
    };
  }

  /**
   * The request id and access log, security headers on every response, and
   * the body parser with its size limit, from here so that every app built
   * from this module (the tests' too) has them. Registered while the module
   * is created, before Nest adds its own body parser at init, so that even
   * the 400 for a malformed body carries the headers (and is logged).
   */
  constructor(adapterHost: HttpAdapterHost) {
    adapterHost.httpAdapter.use(requestLogging(ACCESS_LOG));
    adapterHost.httpAdapter.use(securityHeaders());
    adapterHost.httpAdapter.use(requestBody());
    adapterHost.httpAdapter.use(requestBodyErrors());
  }
}
