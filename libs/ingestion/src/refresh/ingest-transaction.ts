import { Cancellation, ParseWarning, SourceKind } from '@app/event-model';
import { ItemFields } from '@app/source-reader';
import { meaningfulUid, syncFeedIn } from '../catalogue/store/catalogue-writer';
import { diffFeed } from '../catalogue/store/diff';
import { applyDiff, cancelAcrossSources, cancelItems, loadItems } from '../catalogue/store/feed-items';
import { SqlRunner } from '../catalogue/store/sql-runner';
import { WorkBudget } from './work-budget';

/** Warnings kept with a feed: enough to act on, bounded whatever the input. */
export const MAX_STORED_WARNINGS = 50;

export interface IngestWrite {
  feedId: string;
  items: ItemFields[];
  cancellations: Cancellation[];
  /** A capped read or an iTIP CANCEL message: what it does not list is not missing. */
  partial: boolean;
  window: { from: Date; to: Date };
  now: Date;
  kind: SourceKind.ICAL | SourceKind.HTML;
  warnings: ParseWarning[];
  meta: { etag: string | null; lastModified: string | null; hash: string };
  nextRefreshAt: Date | null;
}

/**
 * Everything one read of a feed changes, inside the caller's transaction:
 * the feed's items (only the differences), every subscriber's catalogue,
 * and the feed's new state; the stored upload, if any, is consumed. Either
 * all of it commits or none of it. Returns the catalogue events changed,
 * per subscriber, to publish after the commit.
 */
export async function writeIngest(sql: SqlRunner, write: IngestWrite, budget: WorkBudget): Promise<{ written: number; affected: Map<string, string[]> }> {
  // No statement may outlive the deadline either (the read already used part of it).
  await sql.rows(`SELECT set_config('statement_timeout', $1, true)`, [String(Math.max(1, budget.remainingMs))]);
  const stored = await loadItems(sql, write.feedId);
  const diff = diffFeed(stored, write.items, { windowFrom: write.window.from, windowTo: write.window.to, capped: write.partial });
  budget.check();
  const applied = await applyDiff(sql, write.feedId, diff, write.now);
  for (const c of write.cancellations) {
    const cancelled = await cancelItems(sql, write.feedId, c.uid, c.recurrenceId, write.now);
    // Cancelled after being written: what is stored is no longer what was written.
    for (const id of cancelled) applied.written.delete(id);
    applied.touchedItemIds.push(...cancelled);
    if (meaningfulUid(c.uid)) applied.touchedItemIds.push(...(await cancelAcrossSources(sql, write.feedId, c, write.now)));
  }
  budget.check();
  const affected = await syncFeedIn(sql, write.feedId, applied.touchedItemIds, budget, { fields: applied.written, created: applied.created });
  await sql.rows(
    `UPDATE feeds SET status = 'OK', detected_kind = $2, last_error = NULL, warnings = $3::jsonb, etag = $4, last_modified = $5, content_hash = $6,
            consecutive_failures = 0, last_fetched_at = $7, last_success_at = $7, next_refresh_at = $8, updated_at = now()
      WHERE id = $1`,
    [
      write.feedId,
      write.kind,
      JSON.stringify(write.warnings.slice(0, MAX_STORED_WARNINGS)),
      write.meta.etag,
      write.meta.lastModified,
      write.meta.hash,
      write.now,
      write.nextRefreshAt,
    ],
  );
  await sql.rows('DELETE FROM feed_uploads WHERE feed_id = $1', [write.feedId]);
  return { written: applied.rowsWritten, affected };
}
