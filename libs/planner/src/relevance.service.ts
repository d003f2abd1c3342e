import { Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { returnedRows } from '@app/database';
import { UserId } from '@app/common';
import { COMPANY_WEIGHT, CONTACT_ROLE_FACTOR, MAX_RELEVANCE, PERSON_WEIGHT, TOPIC_WEIGHT, UNKNOWN_CONTACT_FACTOR } from './core';

const cases = (column: string, table: Readonly<Record<string, number>>) =>
  `CASE ${column} ${Object.entries(table).map(([key, weight]) => `WHEN '${key}' THEN ${weight}`).join(' ')} ELSE 0 END`;

/** The planner core's matchWeight() in SQL, over event_matches m LEFT JOIN contacts c: one source of truth for the weights. */
const MATCH_WEIGHT_SQL = `greatest(0, least(1, m.score)) * CASE m.kind
  WHEN 'PERSON' THEN ${cases('m.role', PERSON_WEIGHT)} * coalesce(${cases('c.role', CONTACT_ROLE_FACTOR)}, ${UNKNOWN_CONTACT_FACTOR})
  WHEN 'COMPANY' THEN ${cases('m.role', COMPANY_WEIGHT)}
  ELSE ${TOPIC_WEIGHT} END`;

/**
 * Keeps events.relevance equal to the planner's combined match weight
 * (noisy-OR, as core/ranking combine()), right after matches change, so the
 * plan can pick its candidates with an index-ordered query.
 */
const RELEVANCE_SQL = `coalesce((SELECT 1 - exp(sum(ln(1 - least(${MAX_RELEVANCE}, ${MATCH_WEIGHT_SQL}))))
   FROM event_matches m LEFT JOIN contacts c ON c.id = m.contact_id WHERE m.owner_id = e2.owner_id AND m.event_id = e2.id), 0)`;
const BACKFILL_BATCH = 5_000;

@Injectable()
export class RelevanceService implements OnApplicationBootstrap {
  private readonly logger = new Logger('Relevance');

  constructor(private readonly dataSource: DataSource) {}

  async refresh(owner: UserId, eventIds: readonly string[]): Promise<void> {
    if (eventIds.length === 0) return;
    await this.dataSource.query(
      `UPDATE events e SET relevance = r.relevance
         FROM (SELECT e2.id, ${RELEVANCE_SQL} AS relevance FROM events e2 WHERE e2.owner_id = $1 AND e2.id = ANY($2::uuid[])) r
        WHERE e.id = r.id AND e.relevance IS DISTINCT FROM r.relevance`,
      [owner, eventIds],
    );
  }

  /**
   * Events matched before relevance existed (or after a migration reset it)
   * get theirs at start-up, in batches; a no-op once done.
   */
  async onApplicationBootstrap(): Promise<void> {
    let total = 0;
    for (;;) {
      const updated = returnedRows<{ id: string }>(
        await this.dataSource.query(
          `UPDATE events e SET relevance = r.relevance
             FROM (SELECT e2.id, ${RELEVANCE_SQL} AS relevance FROM events e2
                    WHERE e2.relevance = 0 AND EXISTS (SELECT 1 FROM event_matches m WHERE m.event_id = e2.id) LIMIT $1) r
            WHERE e.id = r.id RETURNING e.id`,
          [BACKFILL_BATCH],
        ),
      );
      total += updated.length;
      if (updated.length < BACKFILL_BATCH) break;
    }
    if (total > 0) this.logger.log(`computed the relevance of ${total} matched event(s)`);
  }
}
