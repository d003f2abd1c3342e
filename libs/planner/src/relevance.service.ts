import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { UserId } from '@app/common';
import { EntitySql, isForeignKeyViolation } from '@app/database';
import { MatchReader } from '@app/matching';
import { RelationshipReader } from '@app/tracking';
import { eventRelevance, matchWeight } from './core';
import { EventRelevanceEntity } from './relevance.entity';

/** An event deleted between reading its matches and writing its relevance fails the write; the retry no longer sees it. */
const ATTEMPTS = 3;

/**
 * Keeps event_relevance equal to the planner core's combined match weight
 * of each event, right after matching rewrote its matches, so the plan can
 * pick its candidates with one index-ordered query. Reads the matches and
 * the contacts' roles through matching's and tracking's read ports.
 */
@Injectable()
export class RelevanceService {
  private statement?: string;

  constructor(
    private readonly dataSource: DataSource,
    private readonly matches: MatchReader,
    private readonly relationships: RelationshipReader,
  ) {}

  async refresh(owner: UserId, eventIds: readonly string[]): Promise<void> {
    if (eventIds.length === 0) return;
    for (let attempt = 1; ; attempt++) {
      try {
        return await this.write(owner, eventIds, await this.compute(owner, eventIds));
      } catch (error) {
        if (attempt >= ATTEMPTS || !isForeignKeyViolation(error)) throw error;
      }
    }
  }

  private async compute(owner: UserId, eventIds: readonly string[]): Promise<Map<string, number>> {
    const matches = await this.matches.ofEvents(owner, eventIds);
    const contactIds = [...matches.values()].flat().flatMap((m) => (m.contactId ? [m.contactId] : []));
    const roles = await this.relationships.contactRoles(owner, contactIds);
    const relevance = new Map<string, number>();
    for (const [eventId, list] of matches) {
      const weights = list.map((m) => {
        const role = m.contactId ? roles.get(m.contactId) : undefined;
        return matchWeight(m, role ? { role } : undefined);
      });
      relevance.set(eventId, eventRelevance(weights));
    }
    return relevance;
  }

  /** One statement: events left without matches lose their row, the others get theirs; unchanged rows are not written (no data-version bump). */
  private async write(owner: UserId, eventIds: readonly string[], relevance: Map<string, number>): Promise<void> {
    await this.dataSource.query(this.sql, [owner, eventIds, [...relevance.keys()], [...relevance.values()]]);
  }

  private get sql(): string {
    if (this.statement === undefined) {
      const r = new EntitySql(this.dataSource, EventRelevanceEntity);
      const [owner, event, relevance] = [r.column('ownerId'), r.column('eventId'), r.column('relevance')];
      this.statement = `WITH gone AS (
          DELETE FROM ${r.table} WHERE ${owner} = $1 AND ${event} = ANY($2::uuid[]) AND ${event} <> ALL($3::uuid[])
        )
        INSERT INTO ${r.table} (${owner}, ${event}, ${relevance})
        SELECT $1, k.event_id, k.relevance FROM unnest($3::uuid[], $4::real[]) AS k(event_id, relevance)
        ON CONFLICT (${event}) DO UPDATE SET ${relevance} = EXCLUDED.${relevance}
         WHERE ${r.table}.${relevance} IS DISTINCT FROM EXCLUDED.${relevance}`;
    }
    return this.statement;
  }
}
