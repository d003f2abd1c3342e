import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DataSource } from 'typeorm';
import { FeedServer, icsFeed, startFeedServer } from './utils/feed-server';
import { countStatements } from './utils/statement-counter';
import { startTestApp, TestApp } from './utils/test-app';

const SOURCE_FIELDS = 'id name url kind status lastFetchedAt lastSuccessAt lastError warnings eventCount nextRefreshAt';
const EVENT_FIELDS = 'id uid title start end status location url sources { name } changes { kind oldStart newStart reason } mergeReasons';

interface SourceView {
  id: string;
  name: string;
  status: string;
  lastError: string | null;
  lastSuccessAt: string | null;
  eventCount: number;
  warnings: string[];
}
interface EventView {
  id: string;
  uid: string;
  title: string;
  start: string;
  end: string | null;
  status: string;
  location: string | null;
  url: string | null;
  sources: { name: string }[];
  changes: { kind: string; oldStart: string | null; newStart: string | null; reason: string | null }[];
  mergeReasons: string[];
}

describe('event ingestion through the API', () => {
  let t: TestApp;
  let feeds: FeedServer;
  let token: string;

  const must = async <T>(query: string, variables: Record<string, unknown> = {}, as = token): Promise<T> => {
    const result = await t.gql<T>(query, variables, as);
    if (result.errors) throw new Error(JSON.stringify(result.errors));
    return result.data as T;
  };
  const createSource = (url: string, name: string, as = token) =>
    must<{ createSource: SourceView }>(`mutation($i: CreateSourceInput!) { createSource(input: $i) { ${SOURCE_FIELDS} } }`, { i: { url, name } }, as).then(
      (d) => d.createSource,
    );
  // These tests refresh one source many times a minute: each time, the once-a-minute cooldown is lifted first.
  const refresh = async (id: string, as = token) => {
    await t.app.get(DataSource).query('UPDATE sources SET last_manual_refresh_at = NULL WHERE id = $1', [id]);
    return must<{ refreshSource: SourceView }>(`mutation($id: ID!) { refreshSource(id: $id) { ${SOURCE_FIELDS} } }`, { id }, as).then((d) => d.refreshSource);
  };
  const events = (filter: Record<string, unknown> = {}, as = token) =>
    must<{ events: { edges: { node: EventView }[] } }>(
      `query($f: EventFilter) { events(first: 100, filter: $f) { edges { node { ${EVENT_FIELDS} } } } }`,
      { f: filter },
      as,
    ).then((d) => d.events.edges.map((e) => e.node));

  beforeAll(async () => {
    feeds = await startFeedServer();
    t = await startTestApp('ingestion', { FETCH_ALLOW_HOSTS: '127.0.0.1' });
    token = (await t.signUp()).token;
  });
  afterAll(async () => {
    await t.close();
    await feeds.close();
  });

  it('imports an uploaded calendar with the right local times', async () => {
    const ics = readFileSync(join(__dirname, 'fixtures/corpus/ics/node-ical__meetup-timed-tz.ics'), 'utf8');
    const { importCalendar } = await must<{ importCalendar: SourceView & { url: string | null; kind: string } }>(
      `mutation($i: ImportCalendarInput!) { importCalendar(input: $i) { ${SOURCE_FIELDS} } }`,
      { i: { name: 'Meetup export', ics } },
    );
    expect(importCalendar).toMatchObject({ name: 'Meetup export', url: null, status: 'OK', eventCount: 1 });
    const [event] = await events({ sourceId: importCalendar.id });
    expect(event.sources).toEqual([{ name: 'Meetup export' }]);
    expect(event.start).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}[+-]\d{2}:\d{2}$/);
  });

  it('refuses an upload that is not a calendar, storing nothing', async () => {
    const result = await t.gql('mutation { importCalendar(input: {name: "oops", ics: "<html><body>hello</body></html>"}) { id } }', {}, token);
    expect(result.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ field: 'input.ics' }] });
    const { sources } = await must<{ sources: { name: string }[] }>('{ sources { name } }');
    expect(sources.map((s) => s.name)).not.toContain('oops');
  });

  it('takes calendar files of megabytes, and answers a body over the limit with a typed error', async () => {
    const vevents = Array.from(
      { length: 4_000 },
      (_, i) =>
        `BEGIN:VEVENT\r\nUID:big-${i}@example.com\r\nDTSTART:20270301T${String(8 + (i % 10)).padStart(2, '0')}0000Z\r\nSUMMARY:Talk ${i}\r\nDESCRIPTION:${'Abstract. '.repeat(40)}\r\nEND:VEVENT\r\n`,
    );
    const ics = `BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//big//EN\r\n${vevents.join('')}END:VCALENDAR\r\n`;
    expect(ics.length).toBeGreaterThan(1_500_000);
    const imported = await must<{ importCalendar: { id: string; status: string } }>(
      'mutation($i: ImportCalendarInput!) { importCalendar(input: $i) { id status } }',
      {
        i: { name: 'Big conference', ics },
      },
    );
    expect(['OK', 'PENDING']).toContain(imported.importCalendar.status);
    await must('mutation($id: ID!) { deleteSource(id: $id) }', { id: imported.importCalendar.id });

    const tooLarge = await fetch(`${t.baseUrl}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify({
        query: 'mutation($i: ImportCalendarInput!) { importCalendar(input: $i) { id } }',
        variables: { i: { name: 'huge', ics: 'x'.repeat(25 * 1024 * 1024) } },
      }),
    });
    expect(tooLarge.status).toBe(413);
    expect(await tooLarge.json()).toMatchObject({
      errors: [{ extensions: { code: 'PAYLOAD_TOO_LARGE' }, message: expect.stringContaining('split larger ones') }],
    });
  });

  describe('a subscribed feed', () => {
    let source: SourceView;
    const path = '/meetups.ics';
    const week1: [string, string, string, string][] = [
      ['ledger-1@example.com', 'Berlin Payments Meetup #12', '20270114T173000Z', 'Factory Berlin, Rheinsberger Str. 76'],
      ['crdt-1@example.com', 'Local-first Berlin: CRDTs in production', '20270120T180000Z', 'Betahaus, Kreuzberg'],
      ['k8s-1@example.com', 'Kubernetes Night', '20270127T180000Z', 'Google Berlin'],
    ];

    beforeAll(async () => {
      feeds.set(path, { body: icsFeed(week1), headers: { etag: '"v1"' } });
      source = await createSource(feeds.url(path), 'Berlin meetups');
    });

    it('starts PENDING and is fetched by refreshSource', async () => {
      expect(source.status).toBe('PENDING');
      const refreshed = await refresh(source.id);
      expect(refreshed).toMatchObject({ status: 'OK', lastError: null, eventCount: 3 });
      expect((await events({ sourceId: source.id })).map((e) => [e.title, e.start])).toEqual([
        ['Berlin Payments Meetup #12', '2027-01-14T17:30:00Z'],
        ['Local-first Berlin: CRDTs in production', '2027-01-20T18:00:00Z'],
        ['Kubernetes Night', '2027-01-27T18:00:00Z'],
      ]);
    });

    it('refreshes a source by hand at most once a minute, saying when it may be refreshed again', async () => {
      await t.app.get(DataSource).query('UPDATE sources SET last_manual_refresh_at = NULL WHERE id = $1', [source.id]);
      const hitsBefore = feeds.hits(path);
      const first = await t.gql<{ refreshSource: { nextManualRefreshAt: string } }>(
        'mutation($id: ID!) { refreshSource(id: $id) { nextManualRefreshAt } }',
        { id: source.id },
        token,
      );
      const next = Date.parse(first.data!.refreshSource.nextManualRefreshAt);
      expect(next - Date.now()).toBeGreaterThan(50_000);
      expect(next - Date.now()).toBeLessThanOrEqual(60_000);

      const again = await t.gql('mutation($id: ID!) { refreshSource(id: $id) { id } }', { id: source.id }, token);
      expect(again.errors?.[0].extensions).toMatchObject({ code: 'TOO_MANY_REQUESTS' });
      const retryAfter = again.errors![0].extensions.retryAfterSeconds as number;
      expect(retryAfter).toBeGreaterThan(50);
      expect(retryAfter).toBeLessThanOrEqual(60);
      expect(again.errors?.[0].message).toContain(new Date(next).toISOString());
      expect(feeds.hits(path)).toBe(hitsBefore + 1);
      // Another source of the same feed has a cooldown of its own.
      const { token: other } = await t.signUp();
      const theirs = await createSource(feeds.url(path), 'Same feed', other);
      expect((await refresh(theirs.id, other)).status).toBe('OK');
    });

    it('writes nothing when the feed is unchanged (304, or same content without DTSTAMP)', async () => {
      const counter = countStatements(t.app.get(DataSource));
      const writes = () => counter.statements.filter((s) => /^\s*(INSERT|UPDATE|DELETE)/i.test(s) && /feed_items|events|event_items|feed_item_changes/.test(s));
      await refresh(source.id);
      expect(feeds.requests.at(-1)?.headers['if-none-match']).toBe('"v1"');
      expect(writes()).toEqual([]);
      feeds.set(path, { body: icsFeed(week1) }); // new DTSTAMPs, no ETag: hashed without DTSTAMP
      await refresh(source.id);
      expect(writes()).toEqual([]);
    });

    it('keeps every stored event when the feed breaks, and recovers when it is fixed', async () => {
      feeds.set(path, { status: 500, body: 'upstream down' });
      const broken = await refresh(source.id);
      expect(broken.status).toBe('ERROR');
      expect(broken.lastError).toMatch(/500/);
      expect(await events({ sourceId: source.id })).toHaveLength(3);

      feeds.set(path, { body: '<html><body>Please sign in</body></html>', headers: { 'content-type': 'text/html' } });
      const notCalendar = await refresh(source.id);
      expect(notCalendar.status).toBe('ERROR');
      expect(notCalendar.lastError).toMatch(/web page|calendar/i);
      expect(await events({ sourceId: source.id })).toHaveLength(3);

      feeds.set(path, { body: icsFeed(week1) });
      const fixed = await refresh(source.id);
      expect(fixed).toMatchObject({ status: 'OK', lastError: null, eventCount: 3 });
    });

    it('records a move, with the old and new time', async () => {
      const moved = week1.map((e): [string, string, string, string] => (e[0] === 'crdt-1@example.com' ? [e[0], e[1], '20270121T180000Z', e[3]] : e));
      feeds.set(path, { body: icsFeed(moved) });
      await refresh(source.id);
      const crdt = (await events({ search: 'CRDT' }))[0];
      expect(crdt.start).toBe('2027-01-21T18:00:00Z');
      expect(crdt.changes).toEqual([{ kind: 'MOVED', oldStart: '2027-01-20T18:00:00Z', newStart: '2027-01-21T18:00:00Z', reason: null }]);
      week1[1] = moved[1];
    });

    it('cancels an event gone from two good fetches in a row, as "removed from source"', async () => {
      feeds.set(path, { body: icsFeed(week1.filter((e) => e[0] !== 'k8s-1@example.com')) });
      await refresh(source.id);
      expect((await events({ search: 'Kubernetes' }))[0].status).toBe('CONFIRMED');
      await refresh(source.id);
      const [k8s] = await events({ search: 'Kubernetes' });
      expect(k8s.status).toBe('CANCELLED');
      expect(k8s.changes.at(-1)).toMatchObject({ kind: 'REMOVED', reason: 'removed from source' });
    });

    it('applies an iTIP CANCEL to the stored event with that UID', async () => {
      const cancel = icsFeed([week1[0]], 'METHOD:CANCEL\r\n').replace('SUMMARY:', 'STATUS:CANCELLED\r\nSUMMARY:');
      feeds.set(path, { body: cancel });
      await refresh(source.id);
      const [ledger] = await events({ search: 'Payments' });
      expect(ledger.status).toBe('CANCELLED');
      expect(await events({ search: 'CRDT' })).toHaveLength(1);
    });

    it('merges the same event listed by a second source, recording why, and keeps different events apart', async () => {
      feeds.set(path, { body: icsFeed(week1) });
      await refresh(source.id);
      const page = `<html><head><script type="application/ld+json">${JSON.stringify([
        {
          '@context': 'https://schema.org',
          '@type': 'Event',
          name: 'Local-first Berlin: CRDTs in production!',
          startDate: '2027-01-21T19:05:00+01:00',
          location: { '@type': 'Place', name: 'Betahaus', address: 'Kreuzberg, Berlin' },
          url: 'https://lu.ma/local-first-berlin',
          performer: { '@type': 'Person', name: 'Alex Kim', worksFor: { '@type': 'Organization', name: 'Notion' } },
        },
        {
          '@context': 'https://schema.org',
          '@type': 'Event',
          name: 'Rust Berlin Hack Night',
          startDate: '2027-01-21T19:00:00+01:00',
          location: { '@type': 'Place', name: 'Betahaus', address: 'Kreuzberg, Berlin' },
        },
      ])}</script></head><body></body></html>`;
      feeds.set('/luma.html', { body: page, headers: { 'content-type': 'text/html; charset=utf-8' } });
      const luma = await createSource(feeds.url('/luma.html'), 'Luma page');
      expect((await refresh(luma.id)).status).toBe('OK');

      const crdt = await events({ search: 'CRDT' });
      expect(crdt).toHaveLength(1);
      expect(crdt[0].sources.map((s) => s.name).sort()).toEqual(['Berlin meetups', 'Luma page']);
      expect(crdt[0].mergeReasons[0]).toMatch(/starts 5 min apart, similar title .*same place/);
      expect(crdt[0].start).toBe('2027-01-21T18:00:00Z');
      expect(crdt[0].url).toBe('https://lu.ma/local-first-berlin');
      expect(await events({ search: 'Rust' })).toHaveLength(1);

      await must('mutation($id: ID!) { deleteSource(id: $id) }', { id: luma.id });
      const after = await events({ search: 'CRDT' });
      expect(after).toHaveLength(1);
      expect(after[0].sources).toEqual([{ name: 'Berlin meetups' }]);
      expect(after[0].url).toBeNull();
      expect(await events({ search: 'Rust' })).toHaveLength(0);
    });
  });

  it('fetches a feed several users follow once per refresh, and shows each only their own events', async () => {
    const path = '/shared.ics';
    feeds.set(path, { body: icsFeed([['shared-1@example.com', 'Shared Tech Talk', '20270301T170000Z', 'Online']]) });
    const aliceSource = await createSource(feeds.url(path), 'Tech talks');
    await refresh(aliceSource.id);
    const hits = feeds.hits(path);

    const bob = await t.signUp();
    const bobSource = await createSource(feeds.url(path), 'My talks', bob.token);
    expect(feeds.hits(path)).toBe(hits);
    expect(bobSource.eventCount).toBe(1);
    expect((await events({}, bob.token)).map((e) => e.title)).toEqual(['Shared Tech Talk']);

    const again = await t.gql(`mutation($i: CreateSourceInput!) { createSource(input: $i) { id } }`, { i: { url: feeds.url(path) } }, bob.token);
    expect(again.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ field: 'input.url' }] });
  });

  it('lists sources with their status and counts', async () => {
    const { sources } = await must<{ sources: SourceView[] }>(`{ sources { ${SOURCE_FIELDS} } }`);
    expect(sources.map((s) => [s.name, s.status])).toEqual([
      ['Meetup export', 'OK'],
      ['Berlin meetups', 'OK'],
      ['Tech talks', 'OK'],
    ]);
    expect(sources.every((s) => s.lastSuccessAt)).toBe(true);
  });
});
