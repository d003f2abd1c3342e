import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { TimeSlicer } from '@app/common';
import { WorkBudget } from '../../refresh/work-budget';
import { CatalogueChanges } from './catalogue-changes';
import { syncFeedIn, syncOwnerIn, unlinkFeedIn } from '../store/catalogue-writer';
import { typeormSql } from '../store/typeorm-sql';

/**
 * The catalogue writers run on the request thread, each in a transaction of
 * its own, for the small syncs (a new subscriber, an unsubscribe, removals);
 * ingesting new content runs them on an ingest thread instead. Committed
 * changes are published to the other features (matching).
 */
@Injectable()
export class CatalogueSync {
  constructor(
    private readonly dataSource: DataSource,
    private readonly changes: CatalogueChanges,
  ) {}

  /** Syncs every subscriber of the feed for the given items (all of the feed's items when `itemIds` is null). */
  async syncFeed(feedId: string, itemIds: string[] | null): Promise<number> {
    const affected = await this.dataSource.transaction((manager) => syncFeedIn(typeormSql(manager), feedId, itemIds, this.budget()));
    return this.publish(affected);
  }

  async syncOwner(ownerId: string, feedId: string, itemIds: string[] | null): Promise<number> {
    const affected = await this.dataSource.transaction((manager) => syncOwnerIn(typeormSql(manager), ownerId, feedId, itemIds, this.budget()));
    return this.publish(new Map([[ownerId, affected]]));
  }

  async unlinkFeed(ownerId: string, feedId: string): Promise<void> {
    const affected = await this.dataSource.transaction((manager) => unlinkFeedIn(typeormSql(manager), ownerId, feedId, this.budget()));
    await this.publish(new Map([[ownerId, affected]]));
  }

  /** Tells the other features (matching) about committed changes; returns the number of events. */
  async publish(affected: Map<string, string[]> | [string, string[]][]): Promise<number> {
    let events = 0;
    for (const [ownerId, eventIds] of affected) {
      await this.changes.publish(ownerId, eventIds);
      events += eventIds.length;
    }
    return events;
  }

  /** No deadline of its own, but it yields: other users' requests go on meanwhile. */
  private budget(): WorkBudget {
    return WorkBudget.unlimited(new TimeSlicer());
  }
}
