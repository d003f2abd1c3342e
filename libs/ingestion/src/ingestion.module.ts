import { Inject, Module, OnApplicationShutdown, OnModuleInit } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { APP_CONFIG, AppConfig } from '@app/config';
import { SafeFetcher } from '@app/fetcher';
import { JobsService } from '@app/jobs';
import { MetricsModule } from '@app/metrics';
import { CatalogueChanges } from './catalogue/sync/catalogue-changes';
import { CatalogueSync } from './catalogue/sync/catalogue-sync';
import { EventsResolver } from './catalogue/graphql/events.resolver';
import { EventReader } from './catalogue/event-reader';
import { EventsService } from './catalogue/events.service';
import { INGESTION_ENTITIES } from './ingestion.entities';
import { BackgroundWork } from './refresh/background-work';
import { FeedRefresher } from './refresh/feed-refresher';
import { IMPORT_QUEUE_DEFINITION } from './refresh/import.queue';
import { IngestPool } from './refresh/ingest-pool';
import { REFRESH_QUEUE_DEFINITION } from './refresh/refresh.queue';
import { UploadImporter } from './refresh/upload-importer';
import { SourcesResolver } from './sources/sources.resolver';
import { FeedSubscriptions } from './sources/feed-subscriptions';
import { SourcesService } from './sources/sources.service';

/** Sources, the event catalogue and its GraphQL API; refreshing runs where IngestionWorkerModule is loaded. */
@Module({
  imports: [TypeOrmModule.forFeature(INGESTION_ENTITIES), MetricsModule],
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
    CatalogueChanges,
    CatalogueSync,
    IngestPool,
    FeedRefresher,
    UploadImporter,
    BackgroundWork,
    SourcesService,
    FeedSubscriptions,
    EventsService,
    EventReader,
    SourcesResolver,
    EventsResolver,
  ],
  exports: [SourcesService, FeedSubscriptions, EventsService, EventReader, FeedRefresher, UploadImporter, CatalogueChanges, CatalogueSync],
})
export class IngestionModule implements OnModuleInit, OnApplicationShutdown {
  constructor(
    @Inject(JobsService) private readonly jobs: JobsService,
    @Inject(SafeFetcher) private readonly fetcher: SafeFetcher,
  ) {}

  /** Every instance may enqueue refreshes and imports, so every instance declares the queues. */
  async onModuleInit(): Promise<void> {
    await this.jobs.defineQueue(REFRESH_QUEUE_DEFINITION);
    await this.jobs.defineQueue(IMPORT_QUEUE_DEFINITION);
  }

  /** Last of the hooks, so a refresh finishing in another module's destroy hook still has its connections. */
  async onApplicationShutdown(): Promise<void> {
    await this.fetcher.close();
  }
}
