import { execFile } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { FeedServer, startFeedServer } from './utils/feed-server';
import { startTestApp, TestApp } from './utils/test-app';

interface EventView {
  uid: string;
  title: string;
  start: string;
  status: string;
  sources: { name: string }[];
  mergeReasons: string[];
  changes: { kind: string; reason: string | null }[];
}
const EVENT_FIELDS = 'uid title start status sources { name } mergeReasons changes { kind reason }';

const vcalendar = (method: string | null, ...vevents: string[][]) =>
  ['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//corp//calendar//EN', ...(method ? [`METHOD:${method}`] : []), ...vevents.flat(), 'END:VCALENDAR', ''].join(
    '\r\n',
  );
const vevent = (...lines: string[]) => ['BEGIN:VEVENT', 'DTSTAMP:20261201T090000Z', ...lines, 'END:VEVENT'];

/** The same calendar as a feed publishes it. */
const meetups = vcalendar(
  null,
  vevent('UID:payments-12@meetup.example', 'DTSTART:20270114T173000Z', 'DURATION:PT2H', 'SUMMARY:Berlin Payments Meetup #12', 'LOCATION:Factory Berlin'),
  vevent('UID:crdt-3@meetup.example', 'DTSTART:20270120T180000Z', 'DURATION:PT2H', 'SUMMARY:Local-first Berlin: CRDTs in production', 'LOCATION:Betahaus'),
  vevent(
    'UID:weekly-k8s@meetup.example',
    'DTSTART:20270105T180000Z',
    'DURATION:PT1H',
    'RRULE:FREQ=WEEKLY;COUNT=3',
    'SUMMARY:Kubernetes office hours',
    'LOCATION:Online',
  ),
);

describe("one event per UID across a user's sources", () => {
  let t: TestApp;
  let feeds: FeedServer;
  let token: string;

  const must = async <T>(query: string, variables: Record<string, unknown> = {}, as = token): Promise<T> => {
    const result = await t.gql<T>(query, variables, as);
    if (result.errors) throw new Error(JSON.stringify(result.errors));
    return result.data as T;
  };
  const importIcs = (name: string, ics: string, as = token) =>
    must<{ importCalendar: { id: string; status: string } }>(
      'mutation($i: ImportCalendarInput!) { importCalendar(input: $i) { id status } }',
      { i: { name, ics } },
      as,
    ).then((d) => d.importCalendar);
  const events = (as = token) =>
    must<{ events: { edges: { node: EventView }[] } }>(`{ events(first: 100) { edges { node { ${EVENT_FIELDS} } } } }`, {}, as).then((d) =>
      d.events.edges.map((e) => e.node),
    );

  beforeAll(async () => {
    feeds = await startFeedServer();
    t = await startTestApp('identity', { FETCH_ALLOW_HOSTS: '127.0.0.1' });
  });
  afterAll(async () => {
    await t.close();
    await feeds.close();
  });

  it('lists a calendar followed as a feed and uploaded as an LF copy once, with both sources, and keeps it when one goes', async () => {
    token = (await t.signUp()).token;
    feeds.set('/meetups.ics', { body: meetups });
    const feed = await must<{ createSource: { id: string } }>('mutation($u: String!) { createSource(input: {url: $u, name: "Meetup feed"}) { id } }', {
      u: feeds.url('/meetups.ics'),
    });
    await must('mutation($id: ID!) { refreshSource(id: $id) { status } }', { id: feed.createSource.id });
    // An export of the same calendar with LF line ends and a title edited since.
    const upload = await importIcs('Exported copy', meetups.replace(/\r\n/g, '\n').replace('Berlin Payments Meetup #12', 'Payments Meetup Berlin, edition 12'));
    expect(upload.status).toBe('OK');

    const listed = await events();
    expect(listed).toHaveLength(5);
    for (const event of listed) {
      expect(event.sources.map((s) => s.name).sort()).toEqual(['Exported copy', 'Meetup feed']);
      expect(event.mergeReasons).toEqual(['same UID as another of your sources']);
    }

    await must('mutation($id: ID!) { deleteSource(id: $id) }', { id: feed.createSource.id });
    const kept = await events();
    expect(kept).toHaveLength(5);
    expect(kept.every((e) => e.sources.length === 1 && e.sources[0].name === 'Exported copy')).toBe(true);
    expect(kept.map((e) => e.title)).toContain('Payments Meetup Berlin, edition 12');
  });

  it('cancels an invitation imported earlier when its CANCEL is imported, records the change, and drops it from the plan', async () => {
    token = (await t.signUp()).token;
    const request = vcalendar(
      'REQUEST',
      vevent(
        'UID:040000008200E00074C5B7101A82E00800000000D0F1@corp.example',
        'SEQUENCE:0',
        'DTSTART:20270112T150000Z',
        'DTEND:20270112T160000Z',
        'SUMMARY:Design review with Priya',
        'ORGANIZER;CN=Priya Raman:mailto:priya@corp.example',
      ),
    );
    await importIcs('Invitation', request);
    const [invited] = await events();
    expect(invited).toMatchObject({ title: 'Design review with Priya', status: 'CONFIRMED' });
    await must('mutation($id: ID!) { setAttendance(eventId: $id, status: GOING) { id } }', { id: (await eventIds())[0] });
    expect(await planTitles()).toEqual(['Design review with Priya']);

    const cancel = vcalendar(
      'CANCEL',
      vevent(
        'UID:040000008200E00074C5B7101A82E00800000000D0F1@corp.example',
        'SEQUENCE:1',
        'DTSTART:20270112T150000Z',
        'DTEND:20270112T160000Z',
        'SUMMARY:Canceled: Design review with Priya',
        'STATUS:CANCELLED',
      ),
    );
    await importIcs('Cancellation', cancel);
    const listed = await events();
    expect(listed).toHaveLength(1);
    expect(listed[0]).toMatchObject({ title: 'Design review with Priya', status: 'CANCELLED', start: '2027-01-12T15:00:00Z' });
    expect(listed[0].sources.map((s) => s.name).sort()).toEqual(['Cancellation', 'Invitation']);
    expect(listed[0].changes).toContainEqual({ kind: 'CANCELLED', reason: 'cancelled by the organizer (iTIP CANCEL)' });

    expect(await planTitles()).toEqual([]);
  });

  it('applies a series CANCEL without a date to every stored occurrence, and an instance CANCEL to that occurrence only', async () => {
    token = (await t.signUp()).token;
    const series = vcalendar(
      'REQUEST',
      vevent('UID:standup-series@corp.example', 'SEQUENCE:0', 'DTSTART:20270105T090000Z', 'DURATION:PT15M', 'RRULE:FREQ=DAILY;COUNT=3', 'SUMMARY:Team standup'),
      vevent('UID:retro-series@corp.example', 'SEQUENCE:0', 'DTSTART:20270105T160000Z', 'DURATION:PT1H', 'RRULE:FREQ=WEEKLY;COUNT=3', 'SUMMARY:Retro'),
    );
    await importIcs('Invitations', series);
    await importIcs('Standup cancelled', vcalendar('CANCEL', vevent('UID:standup-series@corp.example', 'SEQUENCE:1')));
    await importIcs(
      'One retro cancelled',
      vcalendar('CANCEL', vevent('UID:retro-series@corp.example', 'SEQUENCE:1', 'RECURRENCE-ID:20270112T160000Z', 'SUMMARY:Canceled: Retro')),
    );
    const byTitle = (title: string) =>
      events().then((list) =>
        list
          .filter((e) => e.title === title)
          .map((e) => [e.start, e.status])
          .sort(),
      );
    expect(await byTitle('Team standup')).toEqual([
      ['2027-01-05T09:00:00Z', 'CANCELLED'],
      ['2027-01-06T09:00:00Z', 'CANCELLED'],
      ['2027-01-07T09:00:00Z', 'CANCELLED'],
    ]);
    expect(await byTitle('Retro')).toEqual([
      ['2027-01-05T16:00:00Z', 'CONFIRMED'],
      ['2027-01-12T16:00:00Z', 'CANCELLED'],
      ['2027-01-19T16:00:00Z', 'CONFIRMED'],
    ]);
  });

  it("never lets one user's CANCEL touch another user's event with the same UID", async () => {
    const alice = (await t.signUp()).token;
    const bob = (await t.signUp()).token;
    const invite = vcalendar(
      'REQUEST',
      vevent('UID:shared-uid-event@corp.example', 'SEQUENCE:0', 'DTSTART:20270301T100000Z', 'DURATION:PT1H', 'SUMMARY:All hands'),
    );
    await importIcs('Invitation', invite, alice);
    await importIcs('Invitation', invite, bob);
    await importIcs('Cancellation', vcalendar('CANCEL', vevent('UID:shared-uid-event@corp.example', 'SEQUENCE:1')), alice);
    expect((await events(alice)).map((e) => e.status)).toEqual(['CANCELLED']);
    expect((await events(bob)).map((e) => e.status)).toEqual(['CONFIRMED']);
  });

  it('keeps counters used as UIDs ("1", "2") to the fuzzy rule: different events stay apart', async () => {
    token = (await t.signUp()).token;
    await importIcs('Club A', vcalendar(null, vevent('UID:1', 'DTSTART:20270401T180000Z', 'SUMMARY:Chess night', 'LOCATION:Club A')));
    await importIcs('Club B', vcalendar(null, vevent('UID:1', 'DTSTART:20270402T180000Z', 'SUMMARY:Board games', 'LOCATION:Club B')));
    expect((await events()).map((e) => e.title).sort()).toEqual(['Board games', 'Chess night']);
  });

  it('prints a file holding only a CANCEL as that event, CANCELLED (topofmind inspect)', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'topofmind-cancel-'));
    const file = join(dir, 'cancel.ics');
    writeFileSync(
      file,
      vcalendar(
        'CANCEL',
        vevent('UID:review@corp.example', 'SEQUENCE:1', 'DTSTART:20270112T150000Z', 'DTEND:20270112T160000Z', 'SUMMARY:Canceled: Design review'),
      ),
    );
    const { stdout } = await promisify(execFile)(process.execPath, [join(__dirname, '..', 'bin', 'topofmind.js'), 'inspect', file], {
      env: { ...process.env, DATABASE_URL: '' },
    });
    const { events: printed } = JSON.parse(stdout) as { events: { uid: string; title: string; status: string; start: string }[] };
    expect(printed).toEqual([
      expect.objectContaining({ uid: 'review@corp.example', title: 'Design review', status: 'CANCELLED', start: '2027-01-12T15:00:00Z' }),
    ]);
  });

  async function planTitles(): Promise<string[]> {
    const data = await must<{ plan: { items: { event: { title: string } }[] } }>(
      '{ plan(from: "2027-01-01T00:00:00Z", to: "2027-02-01T00:00:00Z") { items { event { title } } } }',
    );
    return data.plan.items.map((i) => i.event.title);
  }

  async function eventIds(): Promise<string[]> {
    const data = await must<{ events: { edges: { node: { id: string } }[] } }>('{ events(first: 100) { edges { node { id } } } }');
    return data.events.edges.map((e) => e.node.id);
  }
});
