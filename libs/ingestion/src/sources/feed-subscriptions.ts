import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { UserId } from '@app/common';
import { returnedRows } from '@app/database';

/**
 * Feeds and their followers, inside the caller's transaction: the feeds a
 * user follows, and deleting those nobody follows any more (uploads, and
 * shared URLs no one else subscribes to), after an unsubscribe
 * (SourcesService.delete) or a deleted account.
 */
@Injectable()
export class FeedSubscriptions {
  /** Ids of the feeds `owner` follows, locked until the transaction ends so no one subscribes to a feed about to go. */
  async lockFeedsOf(owner: UserId, manager: EntityManager): Promise<string[]> {
    const rows: { id: string }[] = await manager.query(
      'SELECT f.id FROM feeds f WHERE f.id IN (SELECT feed_id FROM sources WHERE owner_id = $1) ORDER BY f.id FOR UPDATE',
      [owner],
    );
    return rows.map((r) => r.id);
  }

  /** Deletes those of `feedIds` without subscribers (their items go with them); answers how many. */
  async deleteUnfollowed(feedIds: string[], manager: EntityManager): Promise<number> {
    if (feedIds.length === 0) return 0;
    const result: unknown = await manager.query(
      'DELETE FROM feeds f WHERE f.id = ANY($1::uuid[]) AND NOT EXISTS (SELECT 1 FROM sources s WHERE s.feed_id = f.id) RETURNING f.id',
      [feedIds],
    );
    return returnedRows<{ id: string }>(result).length;
  }
}
