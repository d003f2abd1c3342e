import { Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { Cron, CronExpression } from '@nestjs/schedule';
import { DataSource } from 'typeorm';
import { JobsService } from '@app/jobs';
import { FeedRefresher } from './feed-refresher';
import { REFRESH_QUEUE, RefreshJob } from './refresh.queue';

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
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    await this.jobs.work<RefreshJob>(REFRESH_QUEUE, async ({ feedId }) => {
      await this.refresher.refresh(feedId);
    });
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
