import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DataSource } from 'typeorm';
import { FeedServer, startFeedServer } from './utils/feed-server';
import { startTestApp, TestApp } from './utils/test-app';

/*
 * Feeds and pages as real producers write them (test/fixtures/real-feeds),
 * fetched by the server: what the API answers and what the catalogue stores.
 */

const fixture = (name: string) => readFileSync(join(__dirname, 'fixtures', 'real-feeds', name));
const EVENT_FIELDS = 'id uid recurrenceId title start end timeZone location';

interface EventView {
  id: string;
  uid: string;
  recurrenceId: string | null;
  title: string;
  start: string;
  end: string | null;
  timeZone: string | null;
  location: string | null;
}
interface SourceView {
  id: string;
  status: string;
  lastError: string | null;
  warnings: string[];
}
interface StoredRow {
  title: string;
  start_local: string;
  starts_at: Date;
  ends_at: Date | null;
  time_zone: string | null;
}

describe('real feeds through the API', () => {
  let t: TestApp;
  let feeds: FeedServer;

  beforeAll(async () => {
    feeds = await startFeedServer();
    t = await startTestApp('real-feeds', { FETCH_ALLOW_HOSTS: '127.0.0.1' });
  });
  afterAll(async () => {
    await t.close();
    await feeds.close();
  });

  /** A user of their own (so no other source's event is merged with these), following one served file. */
  async function follow(path: string, body: Buffer, contentType: string): Promise<{ token: string; source: SourceView; events: EventView[] }> {
    const { token } = await t.signUp();
    const must = async <T>(query: string, variables: Record<string, unknown>): Promise<T> => {
      const result = await t.gql<T>(query, variables, token);
      if (result.errors) throw new Error(JSON.stringify(result.errors));
      return result.data as T;
    };
    feeds.set(path, { body, headers: { 'content-type': contentType } });
    const { createSource } = await must<{ createSource: { id: string } }>('mutation($i: CreateSourceInput!) { createSource(input: $i) { id } }', {
      i: { url: feeds.url(path), defaultTimeZone: 'Europe/Berlin' },
    });
    const { refreshSource: source } = await must<{ refreshSource: SourceView }>(
      'mutation($id: ID!) { refreshSource(id: $id) { id status lastError warnings } }',
      {
        id: createSource.id,
      },
    );
    const { events } = await must<{ events: { edges: { node: EventView }[] } }>(
      `query($f: EventFilter) { events(first: 100, filter: $f) { edges { node { ${EVENT_FIELDS} } } } }`,
      {
        f: { sourceId: createSource.id },
      },
    );
    return { token, source, events: events.edges.map((e) => e.node) };
  }

  const stored = async (id: string): Promise<StoredRow> =>
    (await t.app.get(DataSource).query('SELECT title, start_local, starts_at, ends_at, time_zone FROM events WHERE id = $1', [id]))[0] as StoredRow;

  describe('a fold inside a multi-byte character', () => {
    it('keeps Japanese, umlauts, emoji and em dashes whole, in the API and in the catalogue', async () => {
      const { source, events } = await follow('/folded.ics', fixture('folded-multibyte-utf8.ics'), 'text/calendar; charset=utf-8');
      expect(source).toMatchObject({ status: 'OK', lastError: null, warnings: [] });
      expect(events.map((e) => e.title)).toEqual([
        'Tokyo Fintech Night: 東京フィンテック・ナイト — 決済インフラの未来について語る夕べ',
        'Zahlungsverkehr-Stammtisch in München: Gebühren, Kosten, Tarif, Überweisungen',
        'Ledger launch party with the payments team, drinks and demos 🚀🎉 all welcome',
        'European Payments Summit 2027 — instant payments, open banking — and the road ahead',
      ]);
      expect(events[2].location).toBe('Factory Berlin 🏭');
      expect((await stored(events[0].id)).title).toBe(events[0].title);
    });

    it.each([
      ['with no charset', 'text/calendar'],
      ['mislabelled UTF-8', 'text/calendar; charset=utf-8'],
    ])('reads a Latin-1 feed served %s', async (_label, contentType) => {
      const { events } = await follow(`/latin1-${contentType.length}.ics`, fixture('latin1-umlauts.ics'), contentType);
      expect(events.map((e) => [e.title, e.location])).toEqual([
        ['Zürcher Fintech-Frühstück: Gebühren, Änderungen und Rückbuchungen im Zahlungsverkehr', 'Café Schön, Bahnhofstraße 5, Zürich'],
        ['Kölner Zahlungsverkehr-Treff: Überweisungen in Echtzeit', 'Brauhaus Früh am Dom, Köln'],
      ]);
    });

    it('says why an upload its client decoded before unfolding shows replacement characters', async () => {
      const { token } = await t.signUp();
      const ics = fixture('folded-multibyte-utf8.ics').toString('utf8');
      const result = await t.gql<{ importCalendar: SourceView }>(
        'mutation($i: ImportCalendarInput!) { importCalendar(input: $i) { id status warnings } }',
        { i: { name: 'Decoded too early', ics } },
        token,
      );
      expect(result.data?.importCalendar.status).toBe('OK');
      expect(result.data?.importCalendar.warnings).toEqual([expect.stringMatching(/^line 10: characters that could not be decoded \(U\+FFFD\)/)]);
    });
  });

  describe('a Google export (UTC times, X-WR-TIMEZONE:Europe/Berlin)', () => {
    let events: EventView[];
    beforeAll(async () => {
      ({ events } = await follow('/google.ics', fixture('google-x-wr-timezone.ics'), 'text/calendar; charset=UTF-8'));
    });

    it('shows a single event in the calendar zone and stores the same instant', async () => {
      const roundtable = events.find((e) => e.uid === 'open-banking-roundtable-7@google.com')!;
      expect(roundtable).toMatchObject({ start: '2027-01-19T19:00:00+01:00', end: '2027-01-19T21:00:00+01:00', timeZone: 'Europe/Berlin' });
      const row = await stored(roundtable.id);
      expect([row.start_local, row.starts_at.toISOString(), row.ends_at?.toISOString(), row.time_zone]).toEqual([
        '2027-01-19T19:00:00+01:00',
        '2027-01-19T18:00:00.000Z',
        '2027-01-19T20:00:00.000Z',
        'Europe/Berlin',
      ]);
    });

    it('keeps the weekly meeting at 10:00 Berlin time in winter and in summer', () => {
      const weekly = events.filter((e) => e.uid === 'weekly-ledger-sync@google.com' && !e.title.includes('moved'));
      expect(weekly.length).toBeGreaterThan(10);
      expect(weekly.every((e) => /T10:00:00\+0[12]:00$/.test(e.start) && e.timeZone === 'Europe/Berlin')).toBe(true);
      // Any year-long horizon holds both winter (+01:00) and summer (+02:00) occurrences.
      expect(new Set(weekly.map((e) => e.start.slice(-6)))).toEqual(new Set(['+01:00', '+02:00']));
    });

    it('lets the event’s own TZID win', () => {
      expect(events.find((e) => e.uid === 'new-york-call@google.com')).toMatchObject({ start: '2027-01-20T09:00:00-05:00', timeZone: 'America/New_York' });
    });
  });

  it('ends a DATE-TIME DTSTART alone at its start, in the API and in the catalogue', async () => {
    const { events } = await follow('/dtstart-only.ics', fixture('dtstart-only.ics'), 'text/calendar');
    expect(events.map((e) => [e.title, e.start, e.end])).toEqual([
      ['Doors open: Open Banking Night', '2027-01-15T18:30:00+01:00', '2027-01-15T18:30:00+01:00'],
      ['Speaker dinner', '2027-01-20T19:30:00+01:00', '2027-01-20T19:30:00+01:00'],
      ['Call for papers closes', '2027-03-01T22:59:00Z', '2027-03-01T22:59:00Z'],
      ['Community day', '2027-04-02', '2027-04-03'],
    ]);
    const row = await stored(events[0].id);
    expect(row.ends_at?.toISOString()).toBe(row.starts_at.toISOString());
  });

  describe('a page with offset-only times', () => {
    let token: string;
    let events: EventView[];
    beforeAll(async () => {
      ({ token, events } = await follow('/offsets.html', fixture('offset-only-times.html'), 'text/html; charset=utf-8'));
    });

    it('keeps each offset and reports a zone only where the default zone has it', async () => {
      expect(events.map((e) => [e.title, e.start, e.timeZone])).toEqual([
        ['Nordic Card Schemes Offsite', '2027-01-14T18:30:00+02:00', null],
        ['Payments Evening Berlin', '2027-05-14T18:30:00+02:00', 'Europe/Berlin'],
        ['São Paulo Pix Night', '2027-05-20T19:00:00-03:00', null],
        ['Mumbai UPI Meetup', '2027-06-03T18:00:00+05:30', null],
      ]);
      expect((await stored(events[0].id)).starts_at.toISOString()).toBe('2027-01-14T16:30:00.000Z');
    });

    it('writes the right instants for an event with no zone in the calendar feed', async () => {
      const offsite = events.find((e) => e.title === 'Nordic Card Schemes Offsite')!;
      const going = await t.gql('mutation($e: ID!) { setAttendance(eventId: $e, status: GOING) { id } }', { e: offsite.id }, token);
      expect(going.errors).toBeUndefined();
      const rotated = await t.gql<{ rotateCalendarFeedToken: { url: string } }>('mutation { rotateCalendarFeedToken { url } }', {}, token);
      const feed = await (await fetch(`${t.baseUrl}${new URL(rotated.data!.rotateCalendarFeedToken.url).pathname}`)).text();
      const vevent = feed.slice(feed.indexOf('BEGIN:VEVENT'), feed.indexOf('END:VEVENT'));
      expect(vevent).toContain('SUMMARY:Nordic Card Schemes Offsite');
      expect(vevent).toMatch(/^DTSTART:20270114T163000Z\r?$/m);
      expect(vevent).toMatch(/^DTEND:20270114T190000Z\r?$/m);
    });
  });
});
