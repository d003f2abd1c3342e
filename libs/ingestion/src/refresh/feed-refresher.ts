import { Inject, Injectable, Logger } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { APP_CONFIG, AppConfig } from '@app/config';
import { FetchError, FetchErrorCode, SafeFetcher } from '@app/fetcher';
import { ParseWarning, UnreadableSourceError } from '../core';
import { CatalogueSync } from '../catalogue/catalogue-sync';
import { diffFeed } from '../catalogue/diff';
import { FeedItemStore } from '../catalogue/feed-item.store';
import { toItemFields } from '../catalogue/item-fields';
import { SelectorRecipe } from '../html';
import { contentHash, decodeBody, expansionWindow, readSource } from '../parse';
import { FeedEntity } from '../sources/feed.entity';
import { SourceKind, SourceStatus } from '../sources/source.enums';

export interface RefreshOutcome {
  status: SourceStatus;
  /** False when the server said 304 or the content hash was unchanged. */
  changed: boolean;
  itemsWritten: number;
  eventsSynced: number;
  warnings: number;
  error: string | null;
}

const MAX_STORED_WARNINGS = 50;
const MAX_BACKOFF_MS = 24 * 3600 * 1000;

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
    private readonly items: FeedItemStore,
    private readonly catalogue: CatalogueSync,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** Fetches and ingests one feed now. `wait`: queue behind a refresh in progress instead of skipping. */
  async refresh(feedId: string, options: { wait: boolean } = { wait: false }): Promise<RefreshOutcome | null> {
    const requestedAt = new Date();
    return this.withFeedLock(feedId, options.wait, async () => {
      const feed = await this.dataSource.getRepository(FeedEntity).findOneBy({ id: feedId });
      if (!feed?.url) return null;
      // Somebody refreshed it while we waited for the lock: that answer is fresh enough.
      if (options.wait && feed.lastFetchedAt && feed.lastFetchedAt >= requestedAt) return this.outcomeOf(feed, false);
      const started = Date.now();
      let fetched;
      try {
        fetched = await this.fetcher.fetch(feed.url, { etag: feed.etag, lastModified: feed.lastModified });
      } catch (error) {
        if (error instanceof FetchError) return this.recordFailure(feed, error.message, error.code === FetchErrorCode.RateLimited ? error.retryAfterSeconds : undefined);
        throw error;
      }
      if (fetched.kind === 'not-modified') return this.recordUnchanged(feed, fetched);
      const text = decodeBody(fetched.body, fetched.contentType);
      const hash = contentHash(text);
      if (hash === feed.contentHash) return this.recordUnchanged(feed, fetched);
      const outcome = await this.ingest(feed, text, fetched.contentType, fetched.finalUrl, { etag: fetched.etag, lastModified: fetched.lastModified, hash });
      this.logger.log(
        `${feed.url}: ${outcome.status}${outcome.error ? ` (${outcome.error})` : ''}, ${outcome.itemsWritten} item row(s) written, ` +
          `${outcome.eventsSynced} catalogue event(s) updated, ${outcome.warnings} warning(s), ${Date.now() - started} ms`,
      );
      return outcome;
    });
  }

  /** Reads a calendar's text into a feed (uploads, and fetched bodies). */
  async ingest(
    feed: FeedEntity,
    text: string,
    contentType: string | null,
    baseUrl: string | null,
    meta: { etag: string | null; lastModified: string | null; hash: string },
  ): Promise<RefreshOutcome> {
    const now = new Date();
    const { expansionPastDays, expansionFutureDays } = this.config.ingestion;
    const window = expansionWindow(now, expansionPastDays, expansionFutureDays);
    let read;
    try {
      // Once AUTO has seen what the address serves, a different kind of content
      // (a sign-in or error page instead of the calendar) is a failure, not an empty feed.
      const kind = feed.kind === SourceKind.AUTO && feed.detectedKind ? feed.detectedKind : feed.kind;
      read = readSource(text, contentType, { kind, defaultTimeZone: feed.defaultTimeZone, recipe: feed.recipe as SelectorRecipe | null, baseUrl }, window);
    } catch (error) {
      if (error instanceof UnreadableSourceError) return this.recordFailure(feed, error.message);
      throw error;
    }
    const { result } = read;
    const parsed = result.events.map(toItemFields);
    const { touched, written } = await this.dataSource.transaction(async (manager) => {
      const stored = await this.items.load(feed.id, manager);
      // An iTIP CANCEL message names the events it cancels; it is not a full listing,
      // so the events it does not mention are not missing.
      const partial = (result.capped ?? false) || (result.events.length === 0 && result.cancellations.length > 0);
      const diff = diffFeed(stored, parsed, { windowFrom: window.from, windowTo: window.to, capped: partial });
      const applied = await this.items.apply(feed.id, diff, now, manager);
      for (const c of result.cancellations) {
        applied.touchedItemIds.push(...(await this.items.cancel(feed.id, c.uid, c.recurrenceId, now, manager)));
      }
      await this.saveSuccess(manager, feed, now, read.kind, result.warnings, meta);
      return { touched: applied.touchedItemIds, written: applied.rowsWritten };
    });
    const eventsSynced = await this.catalogue.syncFeed(feed.id, touched);
    return { status: SourceStatus.OK, changed: true, itemsWritten: written, eventsSynced, warnings: result.warnings.length, error: null };
  }

  private async saveSuccess(
    manager: EntityManager,
    feed: FeedEntity,
    now: Date,
    kind: SourceKind,
    warnings: ParseWarning[],
    meta: { etag: string | null; lastModified: string | null; hash: string },
  ): Promise<void> {
    Object.assign(feed, {
      status: SourceStatus.OK,
      detectedKind: kind,
      lastError: null,
      warnings: warnings.slice(0, MAX_STORED_WARNINGS),
      etag: meta.etag,
      lastModified: meta.lastModified,
      contentHash: meta.hash,
      consecutiveFailures: 0,
      lastFetchedAt: now,
      lastSuccessAt: now,
      nextRefreshAt: feed.url ? this.nextRefresh(now, feed.refreshMinutes) : null,
    });
    await manager.getRepository(FeedEntity).save(feed);
  }

  private async recordUnchanged(feed: FeedEntity, meta: { etag: string | null; lastModified: string | null }): Promise<RefreshOutcome> {
    const now = new Date();
    // Items missing from the previous good fetch are missing from this one too.
    const removed = await this.dataSource.transaction((manager) => this.items.removeStillMissing(feed.id, now, manager));
    const eventsSynced = await this.catalogue.syncFeed(feed.id, removed);
    await this.dataSource.getRepository(FeedEntity).update(
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
    return { status: SourceStatus.OK, changed: false, itemsWritten: removed.length, eventsSynced, warnings: feed.warnings.length, error: null };
  }

  private async recordFailure(feed: FeedEntity, message: string, retryAfterSeconds?: number): Promise<RefreshOutcome> {
    const now = new Date();
    const failures = feed.consecutiveFailures + 1;
    const backoff = Math.min(feed.refreshMinutes * 60_000 * 2 ** (failures - 1), MAX_BACKOFF_MS);
    const next = new Date(now.getTime() + Math.max(backoff, (retryAfterSeconds ?? 0) * 1000));
    await this.dataSource.getRepository(FeedEntity).update(
      { id: feed.id },
      { status: SourceStatus.ERROR, lastError: message, consecutiveFailures: failures, lastFetchedAt: now, nextRefreshAt: feed.url ? next : null },
    );
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

  private async withFeedLock<T>(feedId: string, wait: boolean, run: () => Promise<T>): Promise<T | null> {
    const runner = this.dataSource.createQueryRunner();
    await runner.connect();
    try {
      const key = `feed:${feedId}`;
      if (wait) await runner.query('SELECT pg_advisory_lock(hashtextextended($1, 0))', [key]);
      else {
        const [{ locked }] = await runner.query('SELECT pg_try_advisory_lock(hashtextextended($1, 0)) AS locked', [key]);
        if (!locked) return null;
      }
      try {
        return await run();
      } finally {
        await runner.query('SELECT pg_advisory_unlock(hashtextextended($1, 0))', [key]);
      }
    } finally {
      await runner.release();
    }
  }
}
