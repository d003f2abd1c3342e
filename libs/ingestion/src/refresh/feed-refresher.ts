import { Inject, Injectable, Logger } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { APP_CONFIG, AppConfig } from '@app/config';
import { FetchError, FetchErrorCode, SafeFetcher } from '@app/fetcher';
import { ParseWarning } from '../core';
import { CatalogueSync } from '../catalogue/catalogue-sync';
import { diffFeed } from '../catalogue/diff';
import { FeedItemStore } from '../catalogue/feed-item.store';
import { ItemFields } from '../catalogue/item-fields';
import { SelectorRecipe } from '../html';
import { contentHash, decodeBody, expansionWindow } from '../parse';
import { ReadForIngestResult, reviveItemChunk } from '../parse/read-for-ingest';
import { FeedEntity } from '../sources/feed.entity';
import { FeedUploadEntity } from '../sources/feed-upload.entity';
import { SourceKind, SourceStatus } from '../sources/source.enums';
import { withFeedLock } from './feed-lock';
import { ParsePool } from './parse-pool';
import { deadlineMessage, IngestDeadlineError, isStatementTimeout, WorkBudget } from './work-budget';

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
    private readonly parser: ParsePool,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** Fetches and ingests one feed now. `wait`: queue behind a refresh in progress instead of skipping. */
  async refresh(feedId: string, options: { wait: boolean } = { wait: false }): Promise<RefreshOutcome | null> {
    const requestedAt = new Date();
    return withFeedLock(this.dataSource, feedId, options.wait, async () => {
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

  /**
   * Reads a calendar's text into a feed (uploads, and fetched bodies). The
   * parse runs on a worker thread; the feed's items, every subscriber's
   * catalogue and the feed's new state commit in one transaction, so a
   * crash or the deadline leaves the previous state whole. While it runs,
   * the feed is PENDING.
   */
  async ingest(
    feed: FeedEntity,
    text: string,
    contentType: string | null,
    baseUrl: string | null,
    meta: { etag: string | null; lastModified: string | null; hash: string },
  ): Promise<RefreshOutcome> {
    const now = new Date();
    const budget = new WorkBudget(this.config.ingestion.deadlineMs);
    const { expansionPastDays, expansionFutureDays } = this.config.ingestion;
    const window = expansionWindow(now, expansionPastDays, expansionFutureDays);
    if (feed.status !== SourceStatus.PENDING) await this.dataSource.getRepository(FeedEntity).update({ id: feed.id }, { status: SourceStatus.PENDING });
    // Once AUTO has seen what the address serves, a different kind of content
    // (a sign-in or error page instead of the calendar) is a failure, not an empty feed.
    const kind = feed.kind === SourceKind.AUTO && feed.detectedKind ? feed.detectedKind : feed.kind;
    let read: ReadForIngestResult;
    try {
      read = await this.parser.read(
        {
          text,
          contentType,
          settings: { kind, defaultTimeZone: feed.defaultTimeZone, recipe: feed.recipe as SelectorRecipe | null, baseUrl },
          window: { from: window.from.getTime(), to: window.to.getTime() },
        },
        budget.signal,
      );
    } catch (error) {
      if (budget.signal.aborted) return this.recordFailure(feed, deadlineMessage(budget.deadlineMs, null));
      if ((error as { code?: string }).code === 'ERR_WORKER_OUT_OF_MEMORY') {
        return this.recordFailure(feed, 'This calendar is too large to read: it needs more memory than one source may use. Split it into smaller calendars.');
      }
      throw error;
    }
    if (!read.ok) return this.recordFailure(feed, read.unreadable);

    const parsed: ItemFields[] = [];
    for (let i = 0; i < read.items.ends.length; i++) {
      parsed.push(...reviveItemChunk(read.items, i));
      await budget.tick();
    }
    let committed: { touched: string[]; written: number; affected: Map<string, string[]> };
    try {
      committed = await this.dataSource.transaction(async (manager) => {
        // No statement may outlive the deadline either (the parse already used part of it).
        await manager.query(`SELECT set_config('statement_timeout', $1, true)`, [String(Math.max(1, budget.remainingMs))]);
        const stored = await this.items.load(feed.id, manager);
        // An iTIP CANCEL message names the events it cancels; it is not a full listing,
        // so the events it does not mention are not missing.
        const partial = read.capped || (read.itemCount === 0 && read.cancellations.length > 0);
        const diff = diffFeed(stored, parsed, { windowFrom: window.from, windowTo: window.to, capped: partial });
        await budget.tick();
        const applied = await this.items.apply(feed.id, diff, now, manager);
        for (const c of read.cancellations) {
          applied.touchedItemIds.push(...(await this.items.cancel(feed.id, c.uid, c.recurrenceId, now, manager)));
        }
        await budget.tick();
        const affected = await this.catalogue.syncFeedIn(manager, feed.id, applied.touchedItemIds, budget);
        await this.saveSuccess(manager, feed, now, read.kind, read.warnings, meta);
        await manager.getRepository(FeedUploadEntity).delete({ feedId: feed.id });
        return { touched: applied.touchedItemIds, written: applied.rowsWritten, affected };
      });
    } catch (error) {
      if (error instanceof IngestDeadlineError || isStatementTimeout(error)) return this.recordFailure(feed, deadlineMessage(budget.deadlineMs, read.itemCount));
      throw error;
    }
    const eventsSynced = await this.catalogue.publish(committed.affected);
    return { status: SourceStatus.OK, changed: true, itemsWritten: committed.written, eventsSynced, warnings: read.warnings.length, error: null };
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
    const { removed, affected } = await this.dataSource.transaction(async (manager) => {
      // Items missing from the previous good fetch are missing from this one too.
      const removed = await this.items.removeStillMissing(feed.id, now, manager);
      const affected = await this.catalogue.syncFeedIn(manager, feed.id, removed, WorkBudget.unlimited());
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
      await manager.getRepository(FeedEntity).update(
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
