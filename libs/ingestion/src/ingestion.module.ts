import { Inject, Module, OnModuleInit } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { APP_CONFIG, AppConfig } from '@app/config';
import { SafeFetcher } from '@app/fetcher';
import { JobsService } from '@app/jobs';
import { CatalogueChanges } from './catalogue/catalogue-changes';
import { CatalogueSync } from './catalogue/catalogue-sync';
import { EventsResolver } from './catalogue/events.resolver';
import { EventsService } from './catalogue/events.service';
import { FeedItemStore } from './catalogue/feed-item.store';
import { INGESTION_ENTITIES } from './ingestion.entities';
import { FeedRefresher } from './refresh/feed-refresher';
import { REFRESH_QUEUE_DEFINITION } from './refresh/refresh.queue';
import { SourcesResolver } from './sources/sources.resolver';
import { FeedSubscriptions } from './sources/feed-subscriptions';
import { SourcesService } from './sources/sources.service';

/** Sources, the event catalogue and its GraphQL API; refreshing runs where IngestionWorkerModule is loaded. */
@Module({
  imports: [TypeOrmModule.forFeature(INGESTION_ENTITIES)],
  providers: [
    {
      provide: SafeFetcher,
      inject: [APP_CONFIG],
      useFactory: (config: AppConfig) =>
        new SafeFetcher({
          allowHosts: config.ingestion.fetchAllowHosts,
          maxBytes: config.ingestion.fetchMaxBytes,
          totalTimeoutMs: config.ingestion.fetchTimeoutMs,
        }),
    },
    FeedItemStore,
    CatalogueChanges,
    CatalogueSync,
    FeedRefresher,
    SourcesService,
    FeedSubscriptions,
    EventsService,
    SourcesResolver,
    EventsResolver,
  ],
  exports: [SourcesService, FeedSubscriptions, EventsService, FeedRefresher, CatalogueChanges, CatalogueSync],
})
export class IngestionModule implements OnModuleInit {
  constructor(@Inject(JobsService) private readonly jobs: JobsService) {}

  /** Every instance may enqueue refreshes, so every instance declares the queue. */
  onModuleInit(): Promise<void> {
    return this.jobs.defineQueue(REFRESH_QUEUE_DEFINITION);
  }
}
