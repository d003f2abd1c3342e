import { createHash, randomUUID } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { DataSource, Repository } from 'typeorm';
import { Actor, InvalidInputException, NotFoundException, RateLimitedException, UserId, isUuid } from '@app/common';
import { APP_CONFIG, AppConfig } from '@app/config';
import { isUniqueViolation, returnedRows } from '@app/database';
import { JobsService } from '@app/jobs';
import { validateRecipe } from '@app/html-events';
import { unreadableAtAGlance } from '@app/source-reader';
import { SourceKind } from '@app/event-model';
import { CatalogueSync } from '../catalogue/sync/catalogue-sync';
import { BackgroundWork } from '../refresh/background-work';
import { FeedRefresher } from '../refresh/feed-refresher';
import { IMPORT_QUEUE } from '../refresh/import.queue';
import { REFRESH_QUEUE } from '../refresh/refresh.queue';
import { UploadImporter } from '../refresh/upload-importer';
import { FeedEntity } from './feed.entity';
import { FeedSubscriptions } from './feed-subscriptions';
import { FeedUploadEntity } from './feed-upload.entity';
import { SourceStatus } from './source.enums';
import { SourceEntity } from './source.entity';
import { CreateSourceInput, ImportCalendarInput, SourceType, UpdateSourceInput } from './source.types';
import { acceptableFeedUrl } from './url-policy';

type LoadedSource = SourceEntity & { feed: FeedEntity };

/** At most one manual refresh per source per minute: feeds are not ours to hammer. */
export const MANUAL_REFRESH_COOLDOWN_MS = 60_000;

function nextManualRefresh(source: SourceEntity, now = Date.now()): Date | null {
  if (!source.lastManualRefreshAt) return null;
  const next = source.lastManualRefreshAt.getTime() + MANUAL_REFRESH_COOLDOWN_MS;
  return next > now ? new Date(next) : null;
}

export function toSourceView(source: LoadedSource): SourceType {
  const { feed } = source;
  return {
    id: source.id,
    name: source.name,
    url: feed.url,
    kind: feed.kind,
    detectedKind: feed.detectedKind,
    status: feed.status,
    lastFetchedAt: feed.lastFetchedAt,
    lastSuccessAt: feed.lastSuccessAt,
    lastError: feed.lastError,
    warnings: feed.warnings.map((w) => (w.line && !w.message.includes(`line ${w.line}`) ? `line ${w.line}: ${w.message}` : w.message)),
    warningDetails: feed.warnings,
    nextRefreshAt: feed.nextRefreshAt,
    nextManualRefreshAt: feed.url ? nextManualRefresh(source) : null,
    refreshMinutes: source.refreshMinutes,
    defaultTimeZone: feed.defaultTimeZone,
    recipe: feed.recipe,
    createdAt: source.createdAt,
  };
}

/** Feeds with the same address and settings are one feed, fetched once for all its subscribers. */
function fetchKey(url: string, kind: SourceKind, zone: string, recipe: Record<string, unknown> | null): string {
  return createHash('sha256')
    .update(JSON.stringify([url, kind, zone, recipe]))
    .digest('hex');
}

@Injectable()
export class SourcesService {
  constructor(
    @InjectRepository(SourceEntity) private readonly sources: Repository<SourceEntity>,
    @InjectRepository(FeedEntity) private readonly feeds: Repository<FeedEntity>,
    private readonly dataSource: DataSource,
    private readonly catalogue: CatalogueSync,
    private readonly refresher: FeedRefresher,
    private readonly uploads: UploadImporter,
    private readonly background: BackgroundWork,
    private readonly subscriptions: FeedSubscriptions,
    private readonly jobs: JobsService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async list(owner: UserId): Promise<LoadedSource[]> {
    return (await this.sources.find({ where: { ownerId: owner }, relations: { feed: true }, order: { createdAt: 'ASC' } })) as LoadedSource[];
  }

  async get(owner: UserId, id: string, field?: string): Promise<LoadedSource> {
    const source = isUuid(id) ? await this.sources.findOne({ where: { id, ownerId: owner }, relations: { feed: true } }) : null;
    if (!source) throw new NotFoundException('Source', id, field);
    return source as LoadedSource;
  }

  async create(viewer: Actor, input: CreateSourceInput): Promise<LoadedSource> {
    const url = await acceptableFeedUrl(input.url, this.config.ingestion.fetchAllowHosts);
    const recipe = input.recipe ?? null;
    if (recipe) {
      if (input.kind === SourceKind.ICAL) throw InvalidInputException.field('input.recipe', 'a selector recipe applies to HTML sources only');
      const problems = validateRecipe(recipe);
      if (problems.length) throw new InvalidInputException(problems.map((message) => ({ field: 'input.recipe', message })));
    }
    const zone = input.defaultTimeZone ?? viewer.timeZone;
    const key = fetchKey(url, input.kind, zone, recipe);
    const [feed]: FeedEntity[] = await this.feeds.query(
      `INSERT INTO feeds (fetch_key, url, kind, default_time_zone, recipe, refresh_minutes, next_refresh_at)
       VALUES ($1, $2, $3, $4, $5, $6, now())
       ON CONFLICT (fetch_key) DO UPDATE SET refresh_minutes = LEAST(feeds.refresh_minutes, EXCLUDED.refresh_minutes)
       RETURNING id, status`,
      [key, url, input.kind, zone, recipe ? JSON.stringify(recipe) : null, input.refreshMinutes],
    );
    const source = await this.subscribe(viewer.id, feed.id, input.name?.trim() || new URL(url).hostname, input.refreshMinutes);
    if (feed.status === SourceStatus.PENDING) {
      await this.jobs.send(REFRESH_QUEUE, { feedId: feed.id }, { singletonKey: feed.id });
    } else {
      // Already fetched for another subscriber: this user gets its events now, without a fetch.
      await this.background.within(
        `catalogue of new source ${source.id}`,
        this.catalogue.syncOwner(viewer.id, feed.id, null),
        this.config.ingestion.answerWithinMs,
      );
    }
    return this.get(viewer.id, source.id);
  }

  importCalendar(viewer: Actor, input: ImportCalendarInput): Promise<LoadedSource> {
    return this.importText(
      viewer,
      { name: input.name, text: input.ics, kind: SourceKind.ICAL, defaultTimeZone: input.defaultTimeZone },
      { field: 'input.ics' },
    );
  }

  /**
   * Reads an uploaded calendar (or page) as a source of its own, through the
   * same path as fetched feeds, off the request thread. Text that is plainly
   * not a calendar is BAD_USER_INPUT naming `field` and leaves nothing
   * behind, as does anything the read rejects within the first moments;
   * a large upload answers PENDING and is read in the background (poll
   * `source(id)`), and is retried if this process dies first. `untilDone`
   * (seeding, benchmarks) waits for the end instead.
   */
  async importText(
    viewer: Actor,
    upload: { name: string; text: string; kind: SourceKind; defaultTimeZone?: string },
    options: { field?: string; untilDone?: boolean } = {},
  ): Promise<LoadedSource> {
    const field = options.field ?? 'input.text';
    const contentType = upload.kind === SourceKind.HTML ? 'text/html' : upload.kind === SourceKind.ICAL ? 'text/calendar' : null;
    const refusal = unreadableAtAGlance(upload.text, contentType, upload.kind);
    if (refusal) throw InvalidInputException.field(field, refusal);
    const { feedId, sourceId } = await this.dataSource.transaction(async (manager) => {
      const feed = await manager.getRepository(FeedEntity).save(
        manager.getRepository(FeedEntity).create({
          fetchKey: `upload:${randomUUID()}`,
          url: null,
          kind: upload.kind,
          defaultTimeZone: upload.defaultTimeZone ?? viewer.timeZone,
          recipe: null,
          refreshMinutes: 0,
          nextRefreshAt: null,
        }),
      );
      const source = await manager
        .getRepository(SourceEntity)
        .save(manager.getRepository(SourceEntity).create({ ownerId: viewer.id, feedId: feed.id, name: upload.name.trim(), refreshMinutes: 0 }));
      await manager.getRepository(FeedUploadEntity).insert({ feedId: feed.id, body: upload.text, contentType });
      return { feedId: feed.id, sourceId: source.id };
    });
    await this.jobs.send(IMPORT_QUEUE, { feedId }, { singletonKey: feedId });
    const run = this.uploads.run(feedId, { wait: true });
    const outcome = options.untilDone ? await run : await this.background.within(`import of upload ${feedId}`, run, this.config.ingestion.answerWithinMs);
    if (outcome?.status === SourceStatus.ERROR) {
      await this.feeds.delete({ id: feedId });
      throw InvalidInputException.field(field, outcome.error ?? 'not a calendar');
    }
    return this.get(viewer.id, sourceId);
  }

  /**
   * Fetches now (at most once a minute per source) and answers when done,
   * or after a moment with the source PENDING while a large feed is read.
   * A refresh already under way is waited for rather than repeated.
   */
  async refreshNow(owner: UserId, id: string): Promise<LoadedSource> {
    const source = await this.get(owner, id);
    if (!source.feed.url) return source;
    const claimed = returnedRows<{ id: string }>(
      await this.dataSource.query(
        `UPDATE sources SET last_manual_refresh_at = now()
          WHERE id = $1 AND (last_manual_refresh_at IS NULL OR last_manual_refresh_at <= now() - make_interval(secs => $2)) RETURNING id`,
        [source.id, MANUAL_REFRESH_COOLDOWN_MS / 1000],
      ),
    );
    if (claimed.length === 0) {
      const next = nextManualRefresh(source) ?? new Date(Date.now() + 1_000);
      const seconds = Math.max(1, Math.ceil((next.getTime() - Date.now()) / 1000));
      throw new RateLimitedException(
        seconds,
        `This source was refreshed less than a minute ago; it refreshes on its own every ${source.refreshMinutes} minutes. Refresh it again after ${next.toISOString()} (in ${seconds} s).`,
      );
    }
    await this.background.within(
      `refresh of feed ${source.feedId}`,
      this.refresher.refresh(source.feedId, { wait: true }),
      this.config.ingestion.answerWithinMs,
    );
    return this.get(owner, id);
  }

  async update(owner: UserId, id: string, input: UpdateSourceInput): Promise<LoadedSource> {
    const source = await this.get(owner, id);
    if (input.name !== undefined) source.name = input.name.trim();
    if (input.refreshMinutes !== undefined) source.refreshMinutes = input.refreshMinutes;
    await this.sources.save(source);
    await this.updateFeedInterval(source.feedId);
    return this.get(owner, id);
  }

  /** Unsubscribes; events that other sources of the user list stay. A feed nobody follows any more is deleted. */
  async delete(owner: UserId, id: string): Promise<string> {
    const source = await this.get(owner, id);
    await this.catalogue.unlinkFeed(owner, source.feedId);
    await this.sources.delete({ id: source.id });
    const deleted = await this.subscriptions.deleteUnfollowed([source.feedId], this.dataSource.manager);
    if (deleted === 0) await this.updateFeedInterval(source.feedId);
    return id;
  }

  private async subscribe(owner: UserId, feedId: string, name: string, refreshMinutes: number): Promise<SourceEntity> {
    try {
      return await this.sources.save(this.sources.create({ ownerId: owner, feedId, name, refreshMinutes }));
    } catch (error) {
      if (isUniqueViolation(error, 'sources_owner_feed_key')) {
        const existing = await this.sources.findOneBy({ ownerId: owner, feedId });
        throw InvalidInputException.field('input.url', `you already follow this feed as "${existing?.name ?? name}"`);
      }
      throw error;
    }
  }

  private async updateFeedInterval(feedId: string): Promise<void> {
    await this.dataSource.query(
      `UPDATE feeds SET refresh_minutes = sub.minutes FROM (SELECT min(refresh_minutes) AS minutes FROM sources WHERE feed_id = $1) sub
        WHERE id = $1 AND url IS NOT NULL AND sub.minutes IS NOT NULL`,
      [feedId],
    );
  }
}
