import 'reflect-metadata';
import { createServer } from 'node:http';
import { AddressInfo } from 'node:net';
import { Module } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { DataSource } from 'typeorm';
import { AccountsModule, AccountsService } from '@app/accounts';
import { UserId } from '@app/common';
import { ConfigModule, loadConfig } from '@app/config';
import { expansionWindow, readSource } from '@app/source-reader';
import { FeedItemEntity, FeedRefresher, IngestionModule, RefreshOutcome, SourcesService } from '@app/ingestion';
import { SourceKind } from '@app/event-model';
import { JobsModule } from '@app/jobs';
import { DatabaseModule, prepareDatabase } from '@app/persistence';
import { generateFeed } from './ical-parse.bench';
import { benchDatabase } from './bench-database';

export interface StorageBenchResult {
  database: 'server' | 'embedded';
  feed: { vevents: number; occurrences: number; megabytes: number };
  parseMs: number;
  /** Fetch + diff + bulk write of the feed items + the user's catalogue, minus the ingest thread's reading: the median run. */
  storeMs: number;
  /** Events stored per second in each run. */
  runs: number[];
  eventsStoredPerSecond: number;
  /** Rows written for the first import: feed items + catalogue events + provenance links. */
  rowsWritten: number;
  naive: { rows: number; ms: number; rowsPerSecond: number };
  ratioVsNaive: number;
  unchangedRefetch: RefetchWrites;
  dtstampOnlyRefetch: RefetchWrites;
  target: { eventsPerSecond: number; met: boolean };
}

/** What a re-fetch wrote, as the database saw it (the ingest thread's COPYs and statements included). */
export interface RefetchWrites {
  /** Row versions created in the event tables: rows inserted, or the new version of a row updated. */
  rowsAdded: number;
  /** Row versions gone from them: rows deleted, or the old version of a row updated. */
  rowsRemoved: number;
  /** The refresh's own count of the feed items it wrote. */
  itemsWritten: number;
}

export const TARGET_EVENTS_PER_SECOND = 15_000;

const EVENT_TABLES = ['feed_items', 'events', 'event_items', 'feed_item_changes'];

/**
 * Counts what `write` changes in the event tables, in the database: the
 * ingest runs on a thread of its own, whose statements TypeORM never sees.
 * A row inserted or updated afterwards has an xmin newer than a transaction
 * id taken before; a row deleted or updated no longer shows with an old one.
 * (pg_stat_user_tables would say the same, but a backend reports its
 * counts up to ten seconds late.)
 */
async function countWrites(dataSource: DataSource, write: () => Promise<number>): Promise<RefetchWrites> {
  const count = (marker: string | null) =>
    Promise.all(
      EVENT_TABLES.map(async (table) => {
        const [row] = await dataSource.query(
          `SELECT count(*)::int AS rows, count(*) FILTER (WHERE $1::xid IS NOT NULL AND age(xmin) < age($1::xid))::int AS fresh FROM ${table}`,
          [marker],
        );
        return row as { rows: number; fresh: number };
      }),
    );
  const before = await count(null);
  const [{ marker }] = await dataSource.query(`SELECT (txid_current() % 4294967296)::text AS marker`);
  const itemsWritten = await write();
  const after = await count(marker);
  let rowsAdded = 0;
  let rowsRemoved = 0;
  after.forEach(({ rows, fresh }, i) => {
    rowsAdded += fresh;
    rowsRemoved += before[i].rows - (rows - fresh);
  });
  return { rowsAdded, rowsRemoved, itemsWritten };
}

/**
 * Storing a 50,000-event feed into PostgreSQL through the real refresh path
 * (fetched from a loopback server), against a naive baseline that saves
 * rows one by one with TypeORM; then an unchanged re-fetch, which must write
 * no event rows (counted in the database).
 */
const RUNS = 3;

export async function runStorageBench(events = 50_000): Promise<StorageBenchResult> {
  const db = await benchDatabase('storage');
  const now = new Date();
  const { text } = generateFeed(new Date(now.getTime() - 30 * 86_400_000), { events });
  let body = text;
  const server = createServer((_req, res) => res.writeHead(200, { 'content-type': 'text/calendar' }).end(body));
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const feedUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}/bench.ics`;

  const config = loadConfig({
    NODE_ENV: 'test',
    LOG_LEVEL: 'error',
    RUN_WORKER: 'false',
    DATABASE_URL: db.url,
    FETCH_ALLOW_HOSTS: '127.0.0.1',
    FETCH_MAX_BYTES: String(100 * 1024 * 1024),
    FETCH_TIMEOUT_SECONDS: '120',
  });
  const prepared = await prepareDatabase(config, () => undefined);

  @Module({
    imports: [
      ConfigModule.forRoot(config),
      DatabaseModule.forRoot(prepared, { poolSize: 10, statementTimeoutMs: 0 }, 'topofmind-bench'),
      JobsModule,
      AccountsModule,
      IngestionModule,
    ],
  })
  class StorageBenchModule {}

  const app = await NestFactory.createApplicationContext(StorageBenchModule, { logger: ['error'] });
  try {
    const dataSource = app.get(DataSource);
    const register = async (label: string) => {
      const { user } = await app.get(AccountsService).register(`bench-${label}-${Date.now()}@example.com`, 'benchmark password');
      return { id: user.id as UserId, email: user.email, timeZone: 'Europe/Berlin' };
    };
    const window = expansionWindow(now, config.ingestion.expansionPastDays, config.ingestion.expansionFutureDays);
    const parsed = readSource(text, 'text/calendar', { kind: SourceKind.AUTO, defaultTimeZone: 'UTC', recipe: null }, window);

    const sources = app.get(SourcesService);
    const refresher = app.get(FeedRefresher);
    // The ingest thread starts, loading the parsers, on the first read after boot (about half a
    // second, once per process): time the feed, not that start. The warm-up's rows are deleted.
    const warmUpViewer = await register('warm-up');
    const warmUp = await sources.importText(
      warmUpViewer,
      {
        name: 'warm-up',
        text: 'BEGIN:VCALENDAR\r\nVERSION:2.0\r\nBEGIN:VEVENT\r\nUID:warm-up@bench\r\nDTSTART:20270101T100000Z\r\nSUMMARY:Warm-up\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n',
        kind: SourceKind.ICAL,
      },
      { untilDone: true },
    );
    await sources.delete(warmUpViewer.id, warmUp.id);

    // Each run: a new user subscribing to a feed nobody has yet (its own URL), so every row is new.
    const runs: { storeMs: number; readMs: number; feedId: string; outcome: RefreshOutcome | null }[] = [];
    for (let run = 0; run < RUNS; run++) {
      const viewer = await register(`run${run}`);
      const source = await sources.create(viewer, { url: `${feedUrl}?run=${run}`, kind: SourceKind.AUTO, refreshMinutes: 60, defaultTimeZone: 'UTC' });
      const started = performance.now();
      const outcome = await refresher.refresh(source.feedId, { wait: true });
      const totalMs = performance.now() - started;
      const readMs = outcome?.readMs ?? 0;
      runs.push({ storeMs: Math.max(1, totalMs - readMs), readMs, feedId: source.feedId, outcome });
    }
    const byStore = [...runs].sort((a, b) => a.storeMs - b.storeMs);
    const median = byStore[Math.floor(byStore.length / 2)];
    const { storeMs, readMs: parseMs, outcome: first } = median;
    const source = { feedId: runs[runs.length - 1].feedId };
    const occurrences = parsed.result.events.length;
    const [{ links }] = await dataSource.query(
      'SELECT count(*)::int AS links FROM event_items WHERE event_id IN (SELECT id FROM events WHERE owner_id = (SELECT id FROM users WHERE email LIKE $1))',
      [`bench-run0-%`],
    );

    const refetch = async () => (await refresher.refresh(source.feedId, { wait: true }))?.itemsWritten ?? -1;
    const unchanged = await countWrites(dataSource, refetch);
    body = text.replace(/^DTSTAMP:.*$/gm, `DTSTAMP:${new Date().toISOString().replace(/[-:]|\.\d+/g, '')}`);
    const restamped = await countWrites(dataSource, refetch);

    // Baseline: the same kind of rows saved one at a time, the way an ORM is usually used.
    const sample = parsed.result.events.slice(0, 2_000);
    const repo = dataSource.getRepository(FeedItemEntity);
    const naiveStarted = performance.now();
    for (const [i, e] of sample.entries()) {
      await repo.save(
        repo.create({
          feedId: source.feedId,
          uid: `naive-${i}-${e.uid}`,
          recurrenceKey: e.recurrenceId ?? '',
          title: e.title,
          description: e.description,
          allDay: e.allDay,
          startLocal: e.start,
          endLocal: e.end,
          startsAt: new Date(e.allDay ? `${e.start}T00:00:00Z` : e.start),
          endsAt: null,
          timeZone: e.timeZone,
          floating: e.floating,
          location: e.location,
          contentHash: 'naive',
          firstSeenAt: now,
          lastSeenAt: now,
        }),
      );
    }
    const naiveMs = performance.now() - naiveStarted;
    const naiveRate = sample.length / (naiveMs / 1000);
    const rate = occurrences / (storeMs / 1000);
    return {
      database: db.kind,
      feed: { vevents: events, occurrences, megabytes: Math.round((text.length / 1024 / 1024) * 10) / 10 },
      parseMs: Math.round(parseMs),
      storeMs: Math.round(storeMs),
      runs: runs.map((r) => Math.round(occurrences / (r.storeMs / 1000))),
      eventsStoredPerSecond: Math.round(rate),
      rowsWritten: (first?.itemsWritten ?? 0) + (first?.eventsSynced ?? 0) + links,
      naive: { rows: sample.length, ms: Math.round(naiveMs), rowsPerSecond: Math.round(naiveRate) },
      ratioVsNaive: Math.round((rate / naiveRate) * 10) / 10,
      unchangedRefetch: unchanged,
      dtstampOnlyRefetch: restamped,
      target: { eventsPerSecond: TARGET_EVENTS_PER_SECOND, met: rate >= TARGET_EVENTS_PER_SECOND },
    };
  } finally {
    await app.close();
    await prepared.close();
    server.close();
    await db.close();
  }
}
