import { Inject, Injectable, Logger } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { TimeSlicer } from '@app/common';
import { APP_CONFIG, AppConfig } from '@app/config';
import { DatabaseConnection } from '@app/database';
import { FetchError, FetchErrorCode, SafeFetcher } from '@app/fetcher';
import { SelectorRecipe } from '@app/html-events';
import { decodeBody, contentHash, expansionWindow } from '@app/source-reader';
import { SourceKind } from '@app/event-model';
import { Metrics } from '@app/metrics';
import { CatalogueSync } from '../catalogue/sync/catalogue-sync';
import { syncFeedIn } from '../catalogue/store/catalogue-writer';
import { removeStillMissing } from '../catalogue/store/feed-items';
import { typeormSql } from '../catalogue/store/typeorm-sql';
import { FeedEntity } from '../sources/feed.entity';
import { FeedUploadEntity } from '../sources/feed-upload.entity';
import { SourceStatus } from '../sources/source.enums';
import { withFeedLock } from './feed-lock';
import { IngestPool } from './ingest-pool';
import { deadlineMessage, WorkBudget } from './work-budget';

export interface RefreshOutcome {
  status: SourceStatus;
  /** False when the server said 304 or the content hash was unchanged. */
  changed: boolean;
  itemsWritten: number;
  eventsSynced: number;
  warnings: number;
  error: string | null;
  /** When the body was read: the ingest thread's time reading it into events, the rest being fetch and storage. */
  readMs?: number;
}

const MAX_BACKOFF_MS = 24 * 3600 * 1000;
/** Past its own deadline, an ingest thread that has not answered is stopped. */
const THREAD_KILL_GRACE_MS = 15_000;

/**
 * Fetches a feed, reads it and stores the difference, then brings the
 * subscribers' catalogues up to date. A feed that fails keeps every stored
 * event and gets status ERROR with a message the user can act on; a fixed
 * feed recovers on its next refresh. Refreshes of one feed never overlap,
 * across instances: each holds a PostgreSQL advisory lock on the feed.
 */
@Injectable()
export class FeedRefresher {
  private readonly logger = new Logger('Refresh');

  constructor(
    private readonly dataSource: DataSource,
    private readonly fetcher: SafeFetcher,
    private readonly catalogue: CatalogueSync,
    private readonly threads: IngestPool,
    private readonly database: DatabaseConnection,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly metrics: Metrics,
  ) {}

  /** Fetches and ingests one feed now. `wait`: queue behind a refresh in progress instead of skipping. */
  async refresh(feedId: string, options: { wait: boolean } = { wait: false }): Promise<RefreshOutcome | null> {
    const requestedAt = new Date();
    return withFeedLock(this.dataSource, feedId, options.wait, async () => {
      const feed = await this.dataSource.getRepository(FeedEntity).findOneBy({ id: feedId });
      if (!feed?.url) return null;
      // Somebody refreshed it while we waited for the lock: that answer is fresh enough.
      if (options.wait && feed.lastFetchedAt && feed.lastFetchedAt >= requestedAt) return this.outcomeOf(feed, false);
      // A scheduled refresh queued while another was under way finds the feed no longer due.
      if (!options.wait && feed.nextRefreshAt && feed.nextRefreshAt.getTime() > Date.now()) return null;
      const started = Date.now();
      let fetched;
      try {
        fetched = await this.fetcher.fetch(feed.url, { etag: feed.etag, lastModified: feed.lastModified });
      } catch (error) {
        // The error kind (timeout, dns_failure, http_error...): a closed set, unlike the message.
        this.metrics.feedFetches.inc({ outcome: error instanceof FetchError ? error.code.toLowerCase() : 'other' });
        if (error instanceof FetchError)
          return this.recordFailure(feed, error.message, error.code === FetchErrorCode.RateLimited ? error.retryAfterSeconds : undefined);
        throw error;
      }
      if (fetched.kind === 'not-modified') {
        this.metrics.feedFetches.inc({ outcome: 'not_modified' });
        return this.recordUnchanged(feed, fetched);
      }
      const text = decodeBody(fetched.body, fetched.contentType);
      const hash = contentHash(text);
      this.metrics.feedFetches.inc({ outcome: hash === feed.contentHash ? 'unchanged' : 'ok' });
      if (hash === feed.contentHash) return this.recordUnchanged(feed, fetched);
      const outcome = await this.ingest(feed, text, fetched.contentType, fetched.finalUrl, { etag: fetched.etag, lastModified: fetched.lastModified, hash });
      this.logger.log(
        `${feed.url}: ${outcome.status}${outcome.error ? ` (${outcome.error})` : ''}, ${outcome.itemsWritten} item row(s) written, ` +
          `${outcome.eventsSynced} catalogue event(s) updated, ${outcome.warnings} warning(s), ${Date.now() - started} ms` +
          (outcome.readMs === undefined ? '' : ` (${outcome.readMs} ms of it reading)`),
      );
      return outcome;
    });
  }

  /**
   * Reads a calendar's text into a feed (uploads, and fetched bodies) on an
   * ingest thread: the feed's items, every subscriber's catalogue and the
   * feed's new state commit in one transaction there, so a crash or the
   * deadline leaves the previous state whole. While it runs, the feed is
   * PENDING; afterwards the changed events are published (matching).
   */
  async ingest(
    feed: FeedEntity,
    text: string,
    contentType: string | null,
    baseUrl: string | null,
    meta: { etag: string | null; lastModified: string | null; hash: string },
  ): Promise<RefreshOutcome> {
    const now = new Date();
    const { expansionPastDays, expansionFutureDays, deadlineMs } = this.config.ingestion;
    if (feed.status !== SourceStatus.PENDING) await this.dataSource.getRepository(FeedEntity).update({ id: feed.id }, { status: SourceStatus.PENDING });
    // Once AUTO has seen what the address serves, a different kind of content
    // (a sign-in or error page instead of the calendar) is a failure, not an empty feed.
    const kind = feed.kind === SourceKind.AUTO && feed.detectedKind ? feed.detectedKind : feed.kind;
    let result;
    try {
      result = await this.threads.run(
        {
          database: { url: this.database.url, idleInTransactionMs: this.config.database.statementTimeoutMs },
          deadlineMs,
          feedId: feed.id,
          text,
          contentType,
          settings: { kind, defaultTimeZone: feed.defaultTimeZone, recipe: feed.recipe as SelectorRecipe | null, baseUrl },
          window: expansionWindow(now, expansionPastDays, expansionFutureDays),
          now,
          meta,
          nextRefreshAt: feed.url ? this.nextRefresh(now, feed.refreshMinutes) : null,
        },
        AbortSignal.timeout(deadlineMs + THREAD_KILL_GRACE_MS),
      );
    } catch (error) {
      if ((error as Error).name === 'AbortError') return this.recordFailure(feed, deadlineMessage(deadlineMs, null));
      if ((error as { code?: string }).code === 'ERR_WORKER_OUT_OF_MEMORY') {
        return this.recordFailure(feed, 'This calendar is too large to read: it needs more memory than one source may use. Split it into smaller calendars.');
      }
      throw error;
    }
    if (result.outcome === 'unreadable') return this.recordFailure(feed, result.message);
    if (result.outcome === 'deadline') return this.recordFailure(feed, deadlineMessage(deadlineMs, result.itemCount));
    if (result.outcome === 'gone')
      return {
        status: SourceStatus.ERROR,
        changed: false,
        itemsWritten: 0,
        eventsSynced: 0,
        warnings: 0,
        error: 'The source was deleted while it was being read.',
      };
    this.metrics.eventsIngested.inc(result.itemCount);
    const eventsSynced = await this.catalogue.publish(result.affected);
    return {
      status: SourceStatus.OK,
      changed: true,
      itemsWritten: result.written,
      eventsSynced,
      warnings: result.warnings,
      error: null,
      readMs: result.readMs,
    };
  }

  private async recordUnchanged(feed: FeedEntity, meta: { etag: string | null; lastModified: string | null }): Promise<RefreshOutcome> {
    const now = new Date();
    const { removed, affected } = await this.dataSource.transaction(async (manager) => {
      // Items missing from the previous good fetch are missing from this one too.
      const sql = typeormSql(manager);
      const removed = await removeStillMissing(sql, feed.id, now);
      const affected = await syncFeedIn(sql, feed.id, removed, WorkBudget.unlimited(new TimeSlicer()));
      await manager.getRepository(FeedEntity).update(
        { id: feed.id },
        {
          status: SourceStatus.OK,
          lastError: null,
          consecutiveFailures: 0,
          etag: meta.etag ?? feed.etag,
          lastModified: meta.lastModified ?? feed.lastModified,
          lastFetchedAt: now,
          lastSuccessAt: now,
          nextRefreshAt: this.nextRefresh(now, feed.refreshMinutes),
        },
      );
      return { removed, affected };
    });
    const eventsSynced = await this.catalogue.publish(affected);
    return { status: SourceStatus.OK, changed: false, itemsWritten: removed.length, eventsSynced, warnings: feed.warnings.length, error: null };
  }

  private async recordFailure(feed: FeedEntity, message: string, retryAfterSeconds?: number): Promise<RefreshOutcome> {
    const now = new Date();
    const failures = feed.consecutiveFailures + 1;
    const backoff = Math.min(feed.refreshMinutes * 60_000 * 2 ** (failures - 1), MAX_BACKOFF_MS);
    const next = new Date(now.getTime() + Math.max(backoff, (retryAfterSeconds ?? 0) * 1000));
    await this.dataSource.transaction(async (manager) => {
      await manager
        .getRepository(FeedEntity)
        .update(
          { id: feed.id },
          { status: SourceStatus.ERROR, lastError: message, consecutiveFailures: failures, lastFetchedAt: now, nextRefreshAt: feed.url ? next : null },
        );
      // The same upload would fail the same way again: it is not retried.
      await manager.getRepository(FeedUploadEntity).delete({ feedId: feed.id });
    });
    this.logger.warn(`${feed.url ?? `upload ${feed.id}`}: ${message} (failure ${failures}; stored events kept; next try ${next.toISOString()})`);
    return { status: SourceStatus.ERROR, changed: false, itemsWritten: 0, eventsSynced: 0, warnings: 0, error: message };
  }

  private outcomeOf(feed: FeedEntity, changed: boolean): RefreshOutcome {
    return { status: feed.status, changed, itemsWritten: 0, eventsSynced: 0, warnings: feed.warnings.length, error: feed.lastError };
  }

  /** The next refresh, spread by up to a tenth of the interval so feeds added together do not all fetch together. */
  private nextRefresh(now: Date, minutes: number): Date {
    return new Date(now.getTime() + minutes * 60_000 * (1 + Math.random() * 0.1));
  }
}
