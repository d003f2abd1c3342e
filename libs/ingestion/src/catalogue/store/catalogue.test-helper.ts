import { type Cancellation, SourceKind } from '@app/event-model';
import { readSource, toItemFields, type ItemFields } from '@app/source-reader';
import { IntegrationDatabase } from '../../../../../test/utils/integration-database';
import { diffFeed } from './diff';
import { AppliedDiff, applyDiff, loadItems } from './feed-items';
import { typeormSql } from './typeorm-sql';

/** For the catalogue's integration tests: calendars as text, read the way the ingest reads them, into feed rows. */

export const WINDOW = { from: new Date('2026-01-01T00:00:00Z'), to: new Date('2028-01-01T00:00:00Z') };

export const vcalendar = (...vevents: string[][]): string =>
  ['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//tests//EN', ...vevents.flat(), 'END:VCALENDAR', ''].join('\r\n');

/** A one-hour VEVENT; `more` adds or overrides lines (e.g. 'STATUS:CANCELLED'). */
export const vevent = (uid: string, start: string, summary: string, ...more: string[]): string[] => [
  'BEGIN:VEVENT',
  `UID:${uid}`,
  'DTSTAMP:20261201T090000Z',
  `DTSTART:${start}`,
  'DURATION:PT1H',
  `SUMMARY:${summary}`,
  ...more,
  'END:VEVENT',
];

/** The feed items and iTIP cancellations of a calendar, as the ingest derives them. */
export function readCalendar(ics: string): { items: ItemFields[]; cancellations: Cancellation[] } {
  const { result } = readSource(ics, 'text/calendar', { kind: SourceKind.ICAL, defaultTimeZone: 'UTC', recipe: null }, WINDOW);
  return { items: result.events.map(toItemFields), cancellations: result.cancellations };
}

export async function createFeed(database: IntegrationDatabase, name: string): Promise<string> {
  const [{ id }] = await database.rows<{ id: string }>(
    `INSERT INTO feeds (fetch_key, url, kind, default_time_zone, refresh_minutes) VALUES ($1, $2, 'ICAL', 'UTC', 60) RETURNING id`,
    [`test:${name}`, `https://calendars.example/${name}.ics`],
  );
  return id;
}

export async function subscribe(database: IntegrationDatabase, ownerId: string, feedId: string, name: string): Promise<string> {
  const [{ id }] = await database.rows<{ id: string }>('INSERT INTO sources (owner_id, feed_id, name, refresh_minutes) VALUES ($1, $2, $3, 60) RETURNING id', [
    ownerId,
    feedId,
    name,
  ]);
  return id;
}

/** One good read of a feed: the stored items compared with the calendar, and only the differences written, in one transaction. */
export function storeRead(database: IntegrationDatabase, feedId: string, ics: string, now: Date): Promise<AppliedDiff> {
  return database.dataSource.transaction(async (manager) => {
    const sql = typeormSql(manager);
    const diff = diffFeed(await loadItems(sql, feedId), readCalendar(ics).items, { windowFrom: WINDOW.from, windowTo: WINDOW.to, capped: false });
    return applyDiff(sql, feedId, diff, now);
  });
}
