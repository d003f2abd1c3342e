import { Injectable } from '@nestjs/common';
import { DataSource, EntityTarget, ObjectLiteral } from 'typeorm';
import { isUuid, UserId } from '@app/common';
import { EntitySql, KeysOfType, RowOf } from '@app/database';
import { EventStatus } from '@app/event-model';
import { EVENT_FIELD_NAMES } from '@app/source-reader';
import { EventEntity } from './entities/event.entity';

/** Every column of a catalogue event: its own and the stored fields (EVENT_RECORD_COLUMNS of @app/source-reader). */
export const EVENT_RECORD_COLUMNS = ['id', 'ownerId', 'recurrenceId', ...EVENT_FIELD_NAMES, 'mergeReasons', 'createdAt', 'updatedAt'] as const;

/** A column of a catalogue event, by property. */
export type EventRecordColumn = (typeof EVENT_RECORD_COLUMNS)[number];

/** A catalogue event as plain data: the entity's columns, without relations. */
export type EventRecord = RowOf<EventEntity, EventRecordColumn>;

// A column added to the entity and not read here fails to compile.
type Unread = Exclude<keyof EventEntity, EventRecordColumn | 'owner'>;
const everyColumnRead: [Unread] extends [never] ? true : Unread = true;
void everyColumnRead;

/**
 * How many of the owner's best-scored events the fast path looks at per
 * event wanted: when a window holds a good share of them (plans of the next
 * weeks) the pick costs a few hundred index probes whatever the window's
 * size; otherwise the window's events are ranked in full, as if there were
 * no fast path.
 */
const PEEK_FACTOR = 4;

/** A table of another feature's with one row per event of an owner, named by entity and properties so this SQL follows renames. */
export interface PerEventTable<T extends ObjectLiteral> {
  entity: EntityTarget<T>;
  ownerId: KeysOfType<T, string>;
  eventId: KeysOfType<T, string>;
}

/**
 * How a caller picks events in a window without shipping all of them: the
 * `limit` best by a score it keeps per event (positive scores only, not
 * cancelled), plus every event it marked (the user's own decisions), read
 * with its mark. The score table should be indexed on (owner, score) and
 * keyed by event: the pick walks the first and probes the second.
 */
export interface EventRanking<S extends ObjectLiteral, M extends ObjectLiteral, K extends KeysOfType<M, string>> {
  scores: PerEventTable<S> & { score: KeysOfType<S, number> };
  marks: PerEventTable<M> & { mark: K };
}

/** An event a caller marked, found by when it ended. */
export interface EndedMarkedEvent<Mark> {
  ownerId: string;
  eventId: string;
  mark: Mark;
  /** Its end; without one, its start plus a day (all-day) or plus the caller's default duration. */
  endedAt: Date;
}

/** What `endedMarked` looks for: marks with one of `marksIn`, ended in [from, to), not cancelled, with no row yet in the caller's `unless` table. */
export interface EndedMarkedQuery<M extends ObjectLiteral, K extends KeysOfType<M, string>, U extends ObjectLiteral> {
  marks: PerEventTable<M> & { mark: K };
  marksIn: readonly M[K][];
  unless: PerEventTable<U>;
  from: Date;
  to: Date;
  defaultDurationMs: number;
  limit: number;
}

export interface RankedEvent<Mark, Event = EventRecord> {
  event: Event;
  mark: Mark | null;
}

/**
 * Ingestion's read port: other features read the catalogue here, as plain
 * records, never from its tables. Plain SQL with names from the entities'
 * metadata (the plan reads with it on every uncached request, and entity
 * hydration of its rows would cost more than the query).
 */
@Injectable()
export class EventReader {
  /** The statements of each ranking (by the fields read), built once: callers keep their ranking in a constant. */
  private readonly rankedSql = new WeakMap<object, Map<string, string>>();
  private eventSql?: EntitySql<EventEntity>;

  constructor(private readonly dataSource: DataSource) {}

  /** The owner's events among `ids` (others' and unknown ids are left out), in no particular order. */
  async byIds(owner: UserId, ids: readonly string[]): Promise<EventRecord[]> {
    const valid = ids.filter(isUuid);
    if (valid.length === 0) return [];
    const e = this.events;
    return this.dataSource.query(
      `SELECT ${e.select('e', EVENT_RECORD_COLUMNS)} FROM ${e.table} e WHERE ${e.column('ownerId', 'e')} = $1 AND ${e.column('id', 'e')} = ANY($2::uuid[])`,
      [owner, valid],
    );
  }

  /** Ids of the owner's events starting at `from` or later. */
  async idsStartingFrom(owner: UserId, from: Date): Promise<string[]> {
    const e = this.events;
    const rows: { id: string }[] = await this.dataSource.query(
      `SELECT ${e.select('e', ['id'])} FROM ${e.table} e WHERE ${e.column('ownerId', 'e')} = $1 AND ${e.column('startsAt', 'e')} >= $2`,
      [owner, from],
    );
    return rows.map((r) => r.id);
  }

  /**
   * Events overlapping [from, to) that `ranking` picks, in one statement:
   * the `limit` unmarked ones with the best positive score (ties: earliest
   * first), and every marked one, whatever its score or status. Each event
   * is read with `fields` (and its id); EVENT_RECORD_COLUMNS reads whole records.
   */
  async rankedInWindow<S extends ObjectLiteral, M extends ObjectLiteral, K extends KeysOfType<M, string>, F extends EventRecordColumn>(
    owner: UserId,
    window: { from: Date; to: Date },
    ranking: EventRanking<S, M, K>,
    limit: number,
    fields: readonly F[],
  ): Promise<RankedEvent<M[K], RowOf<EventEntity, F | 'id'>>[]> {
    const rows: (RowOf<EventEntity, F | 'id'> & { $mark?: M[K] | null })[] = await this.dataSource.query(this.rankedStatement(ranking, fields), [
      owner,
      window.from,
      window.to,
      limit,
    ]);
    return rows.map((event) => {
      const mark = event.$mark ?? null;
      delete event.$mark;
      return { event, mark };
    });
  }

  /**
   * Across all owners, in one statement: events a caller marked that ended
   * in the window and that the caller has not handled yet (no row in its
   * `unless` table), earliest end first. The follow-up sweep reads its work
   * here, in batches of `limit`.
   */
  async endedMarked<M extends ObjectLiteral, K extends KeysOfType<M, string>, U extends ObjectLiteral>(
    query: EndedMarkedQuery<M, K, U>,
  ): Promise<EndedMarkedEvent<M[K]>[]> {
    const e = this.events;
    const m = new EntitySql(this.dataSource, query.marks.entity);
    const u = new EntitySql(this.dataSource, query.unless.entity);
    const col = (property: EventRecordColumn) => e.column(property, 'e');
    const [mOwner, mEvent, mark] = [m.column(query.marks.ownerId, 'm'), m.column(query.marks.eventId, 'm'), m.column(query.marks.mark, 'm')];
    const rows: { ownerId: string; eventId: string; mark: M[K]; endedAt: Date }[] = await this.dataSource.query(
      `SELECT ${mOwner} AS "ownerId", ${mEvent} AS "eventId", ${mark} AS "mark", x.ended_at AS "endedAt"
         FROM ${m.table} m
         JOIN ${e.table} e ON ${col('id')} = ${mEvent} AND ${col('ownerId')} = ${mOwner}
         CROSS JOIN LATERAL (SELECT CASE WHEN ${col('endsAt')} > ${col('startsAt')} THEN ${col('endsAt')}
                                         WHEN ${col('allDay')} THEN ${col('startsAt')} + interval '1 day'
                                         ELSE ${col('startsAt')} + $5::int * interval '1 millisecond' END AS ended_at) x
        WHERE ${mark}::text = ANY($1::text[]) AND ${col('status')} <> '${EventStatus.CANCELLED}'
          AND x.ended_at >= $2 AND x.ended_at < $3
          AND NOT EXISTS (SELECT 1 FROM ${u.table} u WHERE ${u.column(query.unless.ownerId, 'u')} = ${mOwner} AND ${u.column(query.unless.eventId, 'u')} = ${mEvent})
        ORDER BY x.ended_at, ${mEvent}
        LIMIT $4`,
      [query.marksIn, query.from, query.to, query.limit, query.defaultDurationMs],
    );
    return rows;
  }

  private get events(): EntitySql<EventEntity> {
    return (this.eventSql ??= new EntitySql(this.dataSource, EventEntity));
  }

  private rankedStatement<S extends ObjectLiteral, M extends ObjectLiteral, K extends KeysOfType<M, string>>(
    ranking: EventRanking<S, M, K>,
    fields: readonly EventRecordColumn[],
  ): string {
    const columns = [...new Set<EventRecordColumn>(['id', ...fields])];
    const statements = this.rankedSql.get(ranking) ?? new Map<string, string>();
    this.rankedSql.set(ranking, statements);
    let sql = statements.get(columns.join());
    if (sql === undefined) {
      const s = new EntitySql(this.dataSource, ranking.scores.entity);
      const m = new EntitySql(this.dataSource, ranking.marks.entity);
      const e = this.events;
      const col = (property: EventRecordColumn, alias = 'e') => e.column(property, alias);
      const inWindow = `${col('ownerId')} = $1 AND ${col('startsAt')} < $3 AND coalesce(${col('endsAt')}, ${col('startsAt')}) >= $2`;
      const marked = (alias: string, event: string) =>
        `${m.column(ranking.marks.ownerId, alias)} = ${col('ownerId', event)} AND ${m.column(ranking.marks.eventId, alias)} = ${col('id', event)}`;
      const [sOwner, sEvent, score] = [s.column(ranking.scores.ownerId, 's'), s.column(ranking.scores.eventId, 's'), s.column(ranking.scores.score, 's')];
      const candidate = `${inWindow} AND ${col('status')} <> '${EventStatus.CANCELLED}' AND NOT EXISTS (SELECT 1 FROM ${m.table} m WHERE ${marked('m', 'e')})`;
      // top: the owner's best scores, walked in index order, at most PEEK_FACTOR × limit of them.
      // fast: the pick among those. It is the true pick when it is full and its last score is above
      // every score top left out (or top left none out); else the window's events are ranked in full.
      sql = `WITH top AS MATERIALIZED (
          SELECT ${sEvent} AS event_id, ${score} AS score FROM ${s.table} s WHERE ${sOwner} = $1 AND ${score} > 0
           ORDER BY ${score} DESC LIMIT ${PEEK_FACTOR} * $4::int
        ),
        fast AS MATERIALIZED (
          SELECT c.event_id, t.score FROM top t
           CROSS JOIN LATERAL (
             -- LIMIT 1 keeps this a probe per row of top, never a scan of the events.
             SELECT ${col('id')} AS event_id, ${col('startsAt')} AS starts_at FROM ${e.table} e WHERE ${col('id')} = t.event_id AND ${candidate} LIMIT 1
           ) c
           ORDER BY t.score DESC, c.starts_at, c.event_id LIMIT $4
        ),
        settled AS (
          SELECT (SELECT count(*) FROM top) < ${PEEK_FACTOR} * $4::int
              OR ((SELECT count(*) FROM fast) = $4 AND (SELECT min(score) FROM fast) > (SELECT min(score) FROM top)) AS ok
        ),
        window_events AS MATERIALIZED (
          SELECT ${col('id')} AS event_id, ${col('startsAt')} AS starts_at FROM ${e.table} e WHERE ${candidate}
        ),
        chosen AS (
          SELECT event_id FROM fast WHERE (SELECT ok FROM settled)
          UNION ALL
          (SELECT w.event_id FROM window_events w JOIN ${s.table} s ON ${sEvent} = w.event_id
            WHERE NOT (SELECT ok FROM settled) AND ${sOwner} = $1 AND ${score} > 0
            ORDER BY ${score} DESC, w.starts_at, w.event_id LIMIT $4)
          UNION
          SELECT ${col('id')} FROM ${m.table} m JOIN ${e.table} e ON ${marked('m', 'e')} WHERE ${inWindow}
        )
        SELECT ${e.select('e', columns)}, ${m.column(ranking.marks.mark, 'm')} AS "$mark"
          FROM chosen ch CROSS JOIN LATERAL (SELECT * FROM ${e.table} e WHERE ${col('id')} = ch.event_id LIMIT 1) e
          LEFT JOIN ${m.table} m ON ${marked('m', 'e')}`;
      statements.set(columns.join(), sql);
    }
    return sql;
  }
}
