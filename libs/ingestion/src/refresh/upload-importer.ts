import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { contentHash } from '@app/source-reader';
import { FeedEntity } from '../sources/feed.entity';
import { FeedUploadEntity } from '../sources/feed-upload.entity';
import { withFeedLock } from './feed-lock';
import { FeedRefresher, RefreshOutcome } from './feed-refresher';

/** Reads stored uploads into their feeds: right after the upload, and again (as a job) if that run was cut short. */
@Injectable()
export class UploadImporter {
  constructor(
    private readonly dataSource: DataSource,
    private readonly refresher: FeedRefresher,
  ) {}

  /**
   * Reads the feed's pending upload; null when there is none (another run
   * committed it) or, without `wait`, when another run holds the feed.
   */
  run(feedId: string, options: { wait: boolean }): Promise<RefreshOutcome | null> {
    return withFeedLock(this.dataSource, feedId, options.wait, async () => {
      const upload = await this.dataSource.getRepository(FeedUploadEntity).findOneBy({ feedId });
      const feed = upload && (await this.dataSource.getRepository(FeedEntity).findOneBy({ id: feedId }));
      if (!upload || !feed) return null;
      return this.refresher.ingest(feed, upload.body, upload.contentType, null, { etag: null, lastModified: null, hash: contentHash(upload.body) });
    });
  }

  /** Uploads whose first run should long have ended: their process died. */
  async stalled(olderThanSeconds: number): Promise<string[]> {
    const rows: { feed_id: string }[] = await this.dataSource.query(
      `SELECT feed_id FROM feed_uploads WHERE received_at < now() - make_interval(secs => $1) ORDER BY received_at LIMIT 100`,
      [olderThanSeconds],
    );
    return rows.map((r) => r.feed_id);
  }
}
