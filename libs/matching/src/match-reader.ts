import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { isUuid, UserId } from '@app/common';
import { EntitySql, RowOf } from '@app/database';
import { EventMatchEntity } from './event-match.entity';

/** The fields a match is read with: the select list and `MatchRecord` both come from it. */
const MATCH_FIELDS = ['id', 'eventId', 'kind', 'role', 'score', 'contactId', 'companyId', 'topic', 'evidence', 'reason'] as const;

/** A stored match as plain data. */
export type MatchRecord = RowOf<EventMatchEntity, (typeof MATCH_FIELDS)[number]>;

/**
 * Matching's read port: other features read a user's matches here, never
 * from event_matches. Plain SQL with names from the entity's metadata: the
 * plan reads with it on every uncached request, and re-ranking reads
 * thousands of matches after a large import.
 */
@Injectable()
export class MatchReader {
  private statement?: string;

  constructor(private readonly dataSource: DataSource) {}

  /** The owner's matches of the given events in one statement, by event id, best first (ties by id); events without any are absent. */
  async ofEvents(owner: UserId, eventIds: readonly string[]): Promise<Map<string, MatchRecord[]>> {
    const valid = eventIds.filter(isUuid);
    const byEvent = new Map<string, MatchRecord[]>();
    if (valid.length === 0) return byEvent;
    const rows: MatchRecord[] = await this.dataSource.query(this.sql, [owner, valid]);
    for (const row of rows) {
      const list = byEvent.get(row.eventId);
      if (list) list.push(row);
      else byEvent.set(row.eventId, [row]);
    }
    return byEvent;
  }

  private get sql(): string {
    if (this.statement === undefined) {
      const m = new EntitySql(this.dataSource, EventMatchEntity);
      this.statement = `SELECT ${m.select('m', MATCH_FIELDS)} FROM ${m.table} m
         WHERE ${m.column('ownerId', 'm')} = $1 AND ${m.column('eventId', 'm')} = ANY($2::uuid[])
         ORDER BY ${m.column('score', 'm')} DESC, ${m.column('id', 'm')}`;
    }
    return this.statement;
  }
}
