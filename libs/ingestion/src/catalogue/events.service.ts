import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { DataSource, Repository } from 'typeorm';
import { InvalidInputException, Page, PageArgs, UserId } from '@app/common';
import { likePattern, OwnedRepository, paginate } from '@app/database';
import { SourceEntity } from '../sources/source.entity';
import { SourcesService } from '../sources/sources.service';
import { EventEntity } from './entities/event.entity';
import { EventFilter } from './graphql/event.types';
import { FeedItemChangeEntity } from './entities/feed-item-change.entity';

@Injectable()
export class EventsService {
  readonly events: OwnedRepository<EventEntity>;

  constructor(
    @InjectRepository(EventEntity) repository: Repository<EventEntity>,
    private readonly sources: SourcesService,
    private readonly dataSource: DataSource,
  ) {
    this.events = new OwnedRepository(repository, 'Event');
  }

  get(owner: UserId, id: string): Promise<EventEntity> {
    return this.events.get(owner, id);
  }

  /** The viewer's events, by start time; only events of the viewer's own sources exist here. */
  async list(owner: UserId, page: PageArgs, filter: EventFilter = {}): Promise<Page<EventEntity>> {
    if (filter.from && filter.to && filter.from >= filter.to) throw InvalidInputException.field('filter.to', 'must be after filter.from');
    const qb = this.events.query(owner, 'event');
    if (filter.from) qb.andWhere('event.starts_at >= :from', { from: filter.from });
    if (filter.to) qb.andWhere('event.starts_at < :to', { to: filter.to });
    if (filter.status) qb.andWhere('event.status = :status', { status: filter.status });
    if (filter.search?.trim()) {
      qb.andWhere('(event.title ILIKE :q OR event.description ILIKE :q OR event.location ILIKE :q)', { q: likePattern(filter.search) });
    }
    if (filter.sourceId !== undefined) {
      const source = await this.sources.get(owner, filter.sourceId, 'filter.sourceId');
      qb.andWhere(
        `EXISTS (SELECT 1 FROM event_items ei JOIN feed_items fi ON fi.id = ei.item_id
                  WHERE ei.event_id = event.id AND ei.owner_id = :owner AND fi.feed_id = :feedId)`,
        { feedId: source.feedId },
      );
    }
    // uid before id: ties (holidays on one day) come out in the same order as on the command line.
    return paginate(qb, page, { direction: 'ASC', keys: ['event.starts_at', 'event.uid COLLATE "C"', 'event.id'] });
  }

  /** The owner's sources that list each event. */
  async sourcesOf(owner: UserId, eventIds: readonly string[]): Promise<Map<string, SourceEntity[]>> {
    const rows: { event_id: string; source_id: string }[] = await this.dataSource.query(
      `SELECT DISTINCT ei.event_id, s.id AS source_id FROM event_items ei
         JOIN feed_items fi ON fi.id = ei.item_id
         JOIN sources s ON s.feed_id = fi.feed_id AND s.owner_id = ei.owner_id
        WHERE ei.owner_id = $1 AND ei.event_id = ANY($2::uuid[])`,
      [owner, eventIds],
    );
    const sources = new Map((await this.sources.list(owner)).map((s) => [s.id, s]));
    const result = new Map<string, SourceEntity[]>();
    for (const row of rows) {
      const source = sources.get(row.source_id);
      if (source) result.set(row.event_id, [...(result.get(row.event_id) ?? []), source]);
    }
    return result;
  }

  /** Moves and cancellations seen in the sources of each event, oldest first. */
  async changesOf(owner: UserId, eventIds: readonly string[]): Promise<Map<string, FeedItemChangeEntity[]>> {
    const rows: (FeedItemChangeEntity & { event_id: string })[] = await this.dataSource.query(
      `SELECT ei.event_id, c.kind, c.old_start AS "oldStart", c.new_start AS "newStart", c.old_end AS "oldEnd", c.new_end AS "newEnd",
              c.old_status AS "oldStatus", c.new_status AS "newStatus", c.reason, c.detected_at AS "detectedAt"
         FROM event_items ei JOIN feed_item_changes c ON c.item_id = ei.item_id
        WHERE ei.owner_id = $1 AND ei.event_id = ANY($2::uuid[])
        ORDER BY c.detected_at, c.id`,
      [owner, eventIds],
    );
    const result = new Map<string, FeedItemChangeEntity[]>();
    for (const row of rows) result.set(row.event_id, [...(result.get(row.event_id) ?? []), row]);
    return result;
  }

  /** Number of the owner's events listed by each feed. */
  async countByFeed(owner: UserId, feedIds: readonly string[]): Promise<Map<string, number>> {
    const rows: { feed_id: string; events: number }[] = await this.dataSource.query(
      `SELECT fi.feed_id, count(DISTINCT ei.event_id)::int AS events
         FROM event_items ei JOIN feed_items fi ON fi.id = ei.item_id
        WHERE ei.owner_id = $1 AND fi.feed_id = ANY($2::uuid[])
        GROUP BY fi.feed_id`,
      [owner, feedIds],
    );
    return new Map(rows.map((r) => [r.feed_id, r.events]));
  }
}
