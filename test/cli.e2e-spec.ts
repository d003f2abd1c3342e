import { execFile } from 'node:child_process';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { FeedServer, startFeedServer } from './utils/feed-server';
import { startTestApp, TestApp } from './utils/test-app';

const run = promisify(execFile);
const BIN = join(__dirname, '..', 'bin', 'topofmind.js');
const corpus = (file: string) => join(__dirname, 'fixtures', 'corpus', file);
const REAL_FEEDS = join(__dirname, 'fixtures', 'real-feeds');
/** Every file there, so a new one is compared without touching this test. */
const realFeeds = readdirSync(REAL_FEEDS).filter((file) => /\.(ics|html)$/.test(file));

async function inspect(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await run(process.execPath, [BIN, 'inspect', ...args], { env: { ...process.env, DATABASE_URL: '' } });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}

type Row = Record<string, unknown>;
const FIELDS = ['uid', 'recurrenceId', 'title', 'start', 'end', 'allDay', 'timeZone', 'location', 'onlineUrl', 'url', 'status'] as const;
const pick = (e: Row) => Object.fromEntries(FIELDS.map((f) => [f, e[f] ?? null]));

describe('topofmind inspect', () => {
  let t: TestApp;
  let feeds: FeedServer;
  let token: string;
  beforeAll(async () => {
    feeds = await startFeedServer();
    t = await startTestApp('cli', { FETCH_ALLOW_HOSTS: '127.0.0.1' });
    token = (await t.signUp()).token;
  });
  afterAll(async () => {
    await t.close();
    await feeds.close();
  });

  const apiEvents = async (sourceId: string): Promise<Row[]> => {
    const events = await t.gql<{ events: { edges: { node: Row }[] } }>(
      `query($f: EventFilter) { events(first: 100, filter: $f) { edges { node { ${FIELDS.join(' ')} } } } }`,
      { f: { sourceId } },
      token,
    );
    return events.data!.events.edges.map((e) => pick(e.node));
  };

  it.each([
    [join(__dirname, '..', 'examples', 'berlin-tech-meetups.ics')],
    [corpus('ics/ical4j__calconnect.ics')],
    [corpus('ics/node-ical__meetup-timed-tz.ics')],
    [corpus('ics/ical4j__google_aus_holidays.ics')],
    [join(REAL_FEEDS, 'google-x-wr-timezone.ics')],
    [join(REAL_FEEDS, 'dtstart-only.ics')],
  ])("agrees with the GraphQL API on %s (the server's horizon, no window)", async (file) => {
    const cli = await inspect(file, '--tz', 'Europe/Berlin');
    expect(cli.code).toBe(0);
    const printed = (JSON.parse(cli.stdout) as { events: Row[] }).events;

    const imported = await t.gql<{ importCalendar: { id: string } }>(
      'mutation($i: ImportCalendarInput!) { importCalendar(input: $i) { id } }',
      { i: { name: file, ics: readFileSync(file, 'utf8'), defaultTimeZone: 'Europe/Berlin' } },
      token,
    );
    expect(await apiEvents(imported.data!.importCalendar.id)).toEqual(printed.slice(0, 100).map(pick));
  });

  // Fetched, not uploaded: an upload is a string the client decoded, and these files are about bytes.
  it.each(realFeeds)('agrees with the GraphQL API on real-feeds/%s, fetched as a feed', async (name) => {
    const file = join(REAL_FEEDS, name);
    const cli = await inspect(file, '--tz', 'Europe/Berlin');
    expect(cli.code).toBe(0);
    const printed = (JSON.parse(cli.stdout) as { events: Row[] }).events;
    expect(printed.length).toBeGreaterThan(0);

    feeds.set(`/${name}`, { body: readFileSync(file), headers: { 'content-type': name.endsWith('.html') ? 'text/html' : 'text/calendar' } });
    const created = await t.gql<{ createSource: { id: string } }>(
      'mutation($i: CreateSourceInput!) { createSource(input: $i) { id } }',
      { i: { url: feeds.url(`/${name}`), name, defaultTimeZone: 'Europe/Berlin' } },
      token,
    );
    const sourceId = created.data!.createSource.id;
    const refreshed = await t.gql<{ refreshSource: { status: string; lastError: string | null } }>(
      'mutation($id: ID!) { refreshSource(id: $id) { status lastError } }',
      { id: sourceId },
      token,
    );
    expect(refreshed.data!.refreshSource).toEqual({ status: 'OK', lastError: null });
    expect(await apiEvents(sourceId)).toEqual(printed.slice(0, 100).map(pick));
  });

  it('prints every occurrence in [from, to) with the fields of the contract', async () => {
    const { stdout, code } = await inspect(
      corpus('ics/node-ical__google-calendar-kiev-tz.ics'),
      '--from',
      '2016-08-25T00:00:00+03:00',
      '--to',
      '2016-08-29T00:00:00+03:00',
    );
    expect(code).toBe(0);
    const { events, warnings } = JSON.parse(stdout) as { events: Row[]; warnings: unknown[] };
    expect(events.map((e) => [e.start, e.title])).toEqual([
      ['2016-08-25T14:00:00+03:00', 'repeated'],
      ['2016-08-26T14:00:00+03:00', 'bla bla'],
      ['2016-08-27T14:00:00+03:00', 'repeated'],
      ['2016-08-28T14:00:00+03:00', 'repeated'],
    ]);
    expect(Object.keys(events[0])).toEqual(
      expect.arrayContaining([
        'uid',
        'recurrenceId',
        'title',
        'start',
        'end',
        'allDay',
        'timeZone',
        'location',
        'onlineUrl',
        'url',
        'status',
        'organizer',
        'performers',
        'description',
      ]),
    );
    expect(Array.isArray(warnings)).toBe(true);
  });

  it('reads an event page too', async () => {
    const { stdout, code } = await inspect(corpus('html/extruct__songkick_tovestyrke.html'));
    expect(code).toBe(0);
    const [event] = (JSON.parse(stdout) as { events: Row[] }).events;
    expect(event).toMatchObject({ title: 'Tove Styrke', start: '2017-06-12T20:00:00+01:00', allDay: false });
  });

  it('merges the same event listed twice under different UIDs in one input', async () => {
    const ics = readFileSync(corpus('ics/node-ical__meetup-timed-tz.ics'), 'utf8');
    const twice = ics.replace(
      /END:VCALENDAR\s*$/,
      `${ics.slice(ics.indexOf('BEGIN:VEVENT'), ics.lastIndexOf('END:VEVENT') + 10).replace(/^UID:.*$/m, 'UID:cross-posted@elsewhere')}\r\nEND:VCALENDAR\r\n`,
    );
    const file = join(tmpdir(), `twice-${process.pid}.ics`);
    writeFileSync(file, twice);
    const { stdout } = await inspect(file, '--from', '2000-01-01', '--to', '2030-01-01');
    const { events } = JSON.parse(stdout) as { events: Row[] };
    expect(events).toHaveLength(1);
    expect(events[0].mergeReasons).toEqual([expect.stringMatching(/^cross-posted@elsewhere: same start/)]);
  });

  it.each([
    ['a file that is not a calendar or page', [join(__dirname, '..', 'package.json')], /neither an iCalendar feed nor a web page/],
    ['a missing file', ['/nonexistent/feed.ics'], /cannot read/],
    ['a bad --from', [corpus('ics/ical4j__calconnect.ics'), '--from', 'yesterday'], /--from/],
    ['an unknown zone', [corpus('ics/ical4j__calconnect.ics'), '--tz', 'Mars/Olympus'], /--tz/],
    ['a loopback URL', ['http://127.0.0.1:9/feed.ics'], /FETCH_ALLOW_HOSTS/],
  ])('exits 2 with a one-line message for %s', async (_name, args, message) => {
    const { code, stdout, stderr } = await inspect(...args);
    expect(code).toBe(2);
    expect(stderr.trim().split('\n')).toHaveLength(1);
    expect(stderr).toMatch(message);
    expect(JSON.parse(stdout)).toEqual({ events: [], error: expect.stringMatching(message) });
  });
});
