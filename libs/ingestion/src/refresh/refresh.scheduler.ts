import { Inject, Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { Cron, CronExpression } from '@nestjs/schedule';
import { DataSource } from 'typeorm';
import { APP_CONFIG, AppConfig } from '@app/config';
import { JobsService } from '@app/jobs';
import { FeedRefresher } from './feed-refresher';
import { IMPORT_QUEUE, ImportJob } from './import.queue';
import { REFRESH_QUEUE, RefreshJob } from './refresh.queue';
import { UploadImporter } from './upload-importer';

const MAX_ENQUEUED_PER_TICK = 1_000;

/**
 * Worker side of refreshing: a cron that only finds due feeds and enqueues
 * one job each (a job already waiting for a feed absorbs the new one), and
 * the job handler. Any number of worker instances can run this.
 */
@Injectable()
export class RefreshScheduler implements OnApplicationBootstrap {
  private readonly logger = new Logger('RefreshScheduler');

  constructor(
    private readonly dataSource: DataSource,
    private readonly jobs: JobsService,
    private readonly refresher: FeedRefresher,
    private readonly uploads: UploadImporter,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    await this.jobs.work<RefreshJob>(REFRESH_QUEUE, async ({ feedId }) => {
      await this.refresher.refresh(feedId);
    });
    // Without waiting: a run holding the feed is the run that will read it.
    await this.jobs.work<ImportJob>(
      IMPORT_QUEUE,
      async ({ feedId }) => {
        await this.uploads.run(feedId, { wait: false });
      },
      1,
    );
  }

  /** Uploads whose import should have ended long ago (the process reading them died) are read again. */
  @Cron(CronExpression.EVERY_MINUTE, { name: 'ingestion.retry-stalled-uploads', waitForCompletion: true })
  async retryStalledUploads(): Promise<number> {
    const stalled = await this.uploads.stalled(this.config.ingestion.deadlineMs / 1000 + 60);
    let enqueued = 0;
    for (const feedId of stalled) if (await this.jobs.send(IMPORT_QUEUE, { feedId }, { singletonKey: feedId })) enqueued++;
    if (enqueued) this.logger.log(`re-enqueued ${enqueued} stalled upload import(s)`);
    return enqueued;
  }

  @Cron(CronExpression.EVERY_MINUTE, { name: 'ingestion.enqueue-due-feeds', waitForCompletion: true })
  async enqueueDueFeeds(): Promise<number> {
    const due: { id: string }[] = await this.dataSource.query(
      `SELECT id FROM feeds WHERE url IS NOT NULL AND (next_refresh_at IS NULL OR next_refresh_at <= now())
        ORDER BY next_refresh_at NULLS FIRST LIMIT $1`,
      [MAX_ENQUEUED_PER_TICK],
    );
    let enqueued = 0;
    for (const { id } of due) if (await this.jobs.send(REFRESH_QUEUE, { feedId: id }, { singletonKey: id })) enqueued++;
    if (enqueued) this.logger.log(`enqueued ${enqueued} feed refresh(es) of ${due.length} due`);
    return enqueued;
  }
}
