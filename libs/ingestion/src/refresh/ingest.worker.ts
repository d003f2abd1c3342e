// Entry point of the ingest worker threads (IngestPool). Reading a large or
// hostile calendar (parsing, expanding recurrences) and storing it (the
// diff, de-duplication, the catalogue) take seconds of CPU that must not
// run on the thread answering other users. This file loads no framework.
import { Pool, PoolClient } from 'pg';
import { SourceKind, UnreadableSourceError } from '@app/event-model';
import { readSource, SourceSettings, toItemFields } from '@app/source-reader';
import { copyFrom } from '../catalogue/store/copy-from';
import { SqlRunner } from '../catalogue/store/sql-runner';
import { writeIngest } from './ingest-transaction';
import { IngestDeadlineError, isStatementTimeout, WorkBudget } from './work-budget';

export interface IngestTask {
  database: { url: string; idleInTransactionMs: number };
  deadlineMs: number;
  feedId: string;
  text: string;
  contentType: string | null;
  settings: SourceSettings;
  window: { from: Date; to: Date };
  now: Date;
  meta: { etag: string | null; lastModified: string | null; hash: string };
  nextRefreshAt: Date | null;
}

export type IngestTaskResult =
  | { outcome: 'unreadable'; message: string }
  | { outcome: 'deadline'; itemCount: number | null }
  /** The source was deleted while it was being read. */
  | { outcome: 'gone' }
  | {
      outcome: 'committed';
      kind: SourceKind.ICAL | SourceKind.HTML;
      itemCount: number;
      warnings: number;
      written: number;
      /** Time spent reading the text into events (parsing, expanding), before any write. */
      readMs: number;
      /** Catalogue events changed, per subscriber: [ownerId, eventIds]. */
      affected: [string, string[]][];
    };

/** The feed (and so its items' parent) was deleted under the ingest. */
const FOREIGN_KEY_VIOLATION = '23503';

/** One small pool per thread and database, kept between tasks. */
const pools = new Map<string, Pool>();

function connect(database: IngestTask['database']): Promise<PoolClient> {
  let pool = pools.get(database.url);
  if (!pool) {
    pool = new Pool({
      connectionString: database.url,
      max: 1,
      idleTimeoutMillis: 30_000,
      application_name: 'topofmind-ingest',
      ...(database.idleInTransactionMs > 0 && { idle_in_transaction_session_timeout: database.idleInTransactionMs }),
    });
    pools.set(database.url, pool);
  }
  return pool.connect();
}

function pgSql(client: PoolClient): SqlRunner {
  return {
    rows: async <T>(sql: string, params: readonly unknown[] = []) => (await client.query(sql, [...params])).rows as T[],
    copyFrom: (statement, payload) => copyFrom(client, statement, payload),
  };
}

export default async function ingestInWorker(task: IngestTask): Promise<IngestTaskResult> {
  const budget = new WorkBudget(task.deadlineMs);
  let read;
  const readStarted = performance.now();
  try {
    read = readSource(task.text, task.contentType, task.settings, task.window);
  } catch (error) {
    if (error instanceof UnreadableSourceError) return { outcome: 'unreadable', message: error.message };
    throw error;
  }
  const readMs = Math.round(performance.now() - readStarted);
  const { events, cancellations, warnings, capped, partial } = read.result;
  if (budget.remainingMs === 0) return { outcome: 'deadline', itemCount: events.length };
  const items = events.map(toItemFields);
  const client = await connect(task.database);
  try {
    await client.query('BEGIN');
    const { written, affected } = await writeIngest(
      pgSql(client),
      {
        feedId: task.feedId,
        items,
        cancellations,
        partial: (capped ?? false) || (partial ?? false),
        window: task.window,
        now: task.now,
        kind: read.kind,
        warnings,
        meta: task.meta,
        nextRefreshAt: task.nextRefreshAt,
      },
      budget,
    );
    await client.query('COMMIT');
    return { outcome: 'committed', kind: read.kind, itemCount: events.length, warnings: warnings.length, written, affected: [...affected], readMs };
  } catch (error) {
    await client.query('ROLLBACK').catch(() => undefined);
    if (error instanceof IngestDeadlineError || isStatementTimeout(error)) return { outcome: 'deadline', itemCount: events.length };
    if ((error as { code?: string }).code === FOREIGN_KEY_VIOLATION) return { outcome: 'gone' };
    throw error;
  } finally {
    client.release();
  }
}
