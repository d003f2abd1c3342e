import ICAL from 'ical.js';
import * as nodeIcal from 'node-ical';
import { DataSource } from 'typeorm';
import { Clock } from '@app/common';
import { DemoSeeder } from '@app/demo';
import { countStatements } from './utils/statement-counter';
import { startTestApp, TestApp } from './utils/test-app';

const NOW = new Date('2027-01-11T09:00:00Z'); // a Monday
const day = (n: number) => new Date(NOW.getTime() + n * 86_400_000).toISOString();

const PLAN = `query($from: DateTime!, $to: DateTime!, $limit: Int) { plan(from: $from, to: $to, limit: $limit) { items {
  score attendance
  event { id uid title start end url status }
  matches { kind score role evidence company { id name } contact { id name } }
  reasons { text }
  meet { contact { id name } why relationship { cadence summary } talkingPoints { text sources { kind id } } }
  conflicts { event { id title } }
  actions { when kind text status draft { body } }
} blocked { contact { name } reason } } }`;

interface PlanItem {
  score: number;
  attendance: string | null;
  event: { id: string; title: string; start: string };
  matches: { kind: string; role: string; evidence: string; company: { name: string } | null; contact: { name: string } | null }[];
  reasons: { text: string }[];
  meet: { contact: { name: string }; why: string; talkingPoints: { text: string; sources: { kind: string; id: string }[] }[] }[];
  conflicts: { event: { title: string } }[];
  actions: { when: string; kind: string; text: string; status: string; draft: { body: string } | null }[];
}

function calendar(events: [string, string, string, string][]): string {
  const body = events
    .map(([uid, summary, start, description]) =>
      [
        `BEGIN:VEVENT`,
        `UID:${uid}`,
        'DTSTAMP:20261201T000000Z',
        `DTSTART:${start}`,
        'DURATION:PT2H',
        `SUMMARY:${summary}`,
        `DESCRIPTION:${description}`,
        'LOCATION:Berlin',
        'END:VEVENT',
      ].join('\r\n'),
    )
    .join('\r\n');
  return `BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//tests//EN\r\n${body}\r\nEND:VCALENDAR\r\n`;
}

describe('matching, the plan, next touches and the calendar feed', () => {
  let t: TestApp;
  let token: string;
  let ids: { stripe: string; priya: string; interview: string; update: string };
  const must = async <T>(query: string, variables: Record<string, unknown> = {}, as = token): Promise<T> => {
    const result = await t.gql<T>(query, variables, as);
    if (result.errors) throw new Error(JSON.stringify(result.errors));
    return result.data as T;
  };
  const plan = async (from = day(-1), to = day(60), limit = 50) =>
    (await must<{ plan: { items: PlanItem[]; blocked: { reason: string }[] } }>(PLAN, { from, to, limit })).plan;
  const touches = async () =>
    (
      await must<{ nextTouches: { contact: { name: string }; kind: string; dueAt: string; draft: string; reason: string }[] }>(
        '{ nextTouches(limit: 20) { contact { name } kind dueAt draft reason } }',
      )
    ).nextTouches;

  beforeAll(async () => {
    t = await startTestApp('planner');
    t.app.get(Clock).now = () => NOW;
    token = (await t.signUp()).token;
    const { createCompany } = await must<{ createCompany: { id: string } }>(
      'mutation { createCompany(input: {name: "Stripe", domains: ["stripe.com"], roleTitle: "Staff Backend Engineer"}) { id } }',
    );
    const { createContact } = await must<{ createContact: { id: string } }>(
      'mutation($c: ID!) { createContact(input: {name: "Priya Raman", companyId: $c, title: "Engineering Manager", role: HIRING_MANAGER, interests: ["idempotency"]}) { id } }',
      { c: createCompany.id },
    );
    const { recordInterview } = await must<{ recordInterview: { id: string } }>(
      `mutation($c: ID!, $p: ID!, $at: DateTime!) { recordInterview(input: {companyId: $c, contactIds: [$p], occurredAt: $at,
        topics: ["idempotency keys"], questionsAsked: ["How do you retry a payment safely?"], promises: ["Send the partitioning write-up"]}) { id } }`,
      { c: createCompany.id, p: createContact.id, at: day(-20) },
    );
    const { createProjectUpdate } = await must<{ createProjectUpdate: { id: string } }>(
      'mutation { createProjectUpdate(input: {title: "Partitioning write-up", summary: "How we partitioned a payments table online.", tags: ["payments", "PostgreSQL"], occurredOn: "2027-01-05"}) { id } }',
    );
    ids = { stripe: createCompany.id, priya: createContact.id, interview: recordInterview.id, update: createProjectUpdate.id };
    await must('mutation($i: ImportCalendarInput!) { importCalendar(input: $i) { id } }', {
      i: {
        name: 'Berlin meetups',
        ics: calendar([
          ['pay-1@x', 'Berlin Payments Meetup', '20270121T173000Z', 'Priya Raman (Engineering Manager at Stripe) on idempotency keys at scale.'],
          ['photo-1@x', 'Photo walk to Times Square', '20270121T180000Z', 'The notion of a good photo is yours; bring an apple.'],
          ['k8s-1@x', 'Kubernetes Night', '20270128T180000Z', 'Talks on schedulers.'],
        ]),
      },
    });
  });
  afterAll(() => t.close());

  it('matches events with evidence, and leaves the traps alone', async () => {
    const { events } = await must<{
      events: { edges: { node: { title: string; matches: { kind: string; role: string; evidence: string; contact: { name: string } | null }[] } }[] };
    }>('{ events(first: 10) { edges { node { title matches { kind role score evidence contact { name } company { name } } } } } }');
    const byTitle = Object.fromEntries(events.edges.map((e) => [e.node.title, e.node.matches]));
    expect(byTitle['Berlin Payments Meetup']).toEqual(
      expect.arrayContaining([expect.objectContaining({ kind: 'PERSON', contact: { name: 'Priya Raman' }, evidence: expect.stringContaining('Priya Raman') })]),
    );
    expect(byTitle['Photo walk to Times Square']).toEqual([]);
    expect(byTitle['Kubernetes Night']).toEqual([]);
  });

  it('plans ranked events with reasons, people to meet and talking points that cite their sources', async () => {
    const { items } = await plan();
    expect(items.map((i) => i.event.title)).toEqual(['Berlin Payments Meetup']);
    const [item] = items;
    expect(item.reasons.map((r) => r.text).join(' ')).toMatch(/Priya Raman/);
    expect(item.meet[0].contact.name).toBe('Priya Raman');
    expect(item.meet[0].talkingPoints.length).toBeGreaterThan(0);
    for (const point of item.meet[0].talkingPoints) expect(point.sources.length).toBeGreaterThan(0);
    const cited = item.meet[0].talkingPoints.flatMap((p) => p.sources.map((s) => s.id));
    expect(cited).toEqual(expect.arrayContaining([ids.interview]));
    expect(item.actions.find((a) => a.when === 'BEFORE' && a.kind === 'LINKEDIN_CONNECT')?.draft?.body.length).toBeLessThanOrEqual(200);
  });

  it('re-matches upcoming events when the tracked set changes', async () => {
    await must('mutation { createCompany(input: {name: "Kubernetes Foundation", aliases: ["Kubernetes"]}) { id } }');
    const { items } = await plan();
    expect(items.map((i) => i.event.title)).toContain('Kubernetes Night');
  });

  it('ranks GOING first, drops NOT_GOING, and reports conflicts', async () => {
    const { items } = await plan();
    const k8s = items.find((i) => i.event.title === 'Kubernetes Night')!;
    const pay = items.find((i) => i.event.title === 'Berlin Payments Meetup')!;
    await must('mutation($e: ID!) { setAttendance(eventId: $e, status: GOING) { id attendance } }', { e: k8s.event.id });
    expect((await plan()).items[0]).toMatchObject({ attendance: 'GOING', event: { title: 'Kubernetes Night' } });
    await must('mutation($e: ID!) { setAttendance(eventId: $e, status: NOT_GOING) { id } }', { e: pay.event.id });
    expect((await plan()).items.map((i) => i.event.title)).not.toContain('Berlin Payments Meetup');
    await must('mutation($e: ID!) { setAttendance(eventId: $e, status: MAYBE) { id } }', { e: pay.event.id });

    const { importCalendar } = await must<{ importCalendar: { id: string } }>('mutation($i: ImportCalendarInput!) { importCalendar(input: $i) { id } }', {
      i: { name: 'clash', ics: calendar([['clash-1@x', 'Stripe Sessions watch party at Stripe', '20270121T180000Z', 'Hosted by Stripe (stripe.com).']]) },
    });
    expect(importCalendar.id).toBeTruthy();
    const withClash = (await plan()).items.find((i) => i.event.title === 'Berlin Payments Meetup')!;
    expect(withClash.conflicts.map((c) => c.event.title)).toContain('Stripe Sessions watch party at Stripe');
  });

  it('accepts past windows', async () => {
    t.app.get(Clock).now = () => new Date('2027-03-01T09:00:00Z');
    const { items } = await plan('2027-01-01T00:00:00Z', '2027-02-01T00:00:00Z');
    expect(items.map((i) => i.event.title)).toContain('Berlin Payments Meetup');
    t.app.get(Clock).now = () => NOW;
  });

  it('answers every plan with the same number of SQL statements, whatever the size', async () => {
    const counter = countStatements(t.app.get(DataSource));
    let limit = 60; // a new limit each time: a cached answer would not count
    const run = async () => {
      counter.reset();
      await plan(day(-400), day(-1), limit++);
      const empty = counter.count;
      counter.reset();
      await plan(day(-1), day(60), limit++);
      return [empty, counter.count];
    };
    const [emptyBefore, fullBefore] = await run();
    const many = Array.from({ length: 40 }, (_, i): [string, string, string, string] => [
      `bulk-${i}@x`,
      `Payments Night ${i}`,
      `202701${String(12 + (i % 15)).padStart(2, '0')}T${String(10 + (i % 9)).padStart(2, '0')}0000Z`,
      'Priya Raman from Stripe talks about ledgers.',
    ]);
    await must('mutation($i: ImportCalendarInput!) { importCalendar(input: $i) { id } }', { i: { name: 'bulk', ics: calendar(many) } });
    const [emptyAfter, fullAfter] = await run();
    expect((await plan()).items.length).toBeGreaterThan(20);
    expect(fullAfter).toBe(fullBefore);
    expect(emptyAfter).toBe(emptyBefore);
  });

  it('answers a repeated plan from the cache until the data changes', async () => {
    const counter = countStatements(t.app.get(DataSource));
    const first = await plan(day(-1), day(60), 7);
    counter.reset();
    expect(await plan(day(-1), day(60), 7)).toEqual(first);
    expect(counter.statements.filter((s) => !/access_tokens/.test(s))).toEqual([]);
    const [top] = first.items;
    await must('mutation($e: ID!) { setAttendance(eventId: $e, status: NOT_GOING) { id } }', { e: top.event.id });
    expect((await plan(day(-1), day(60), 7)).items.map((i) => i.event.id)).not.toContain(top.event.id);
    await must('mutation($e: ID!) { setAttendance(eventId: $e, status: GOING) { id } }', { e: top.event.id });
  });

  it('computes a plan asked for by several identical requests at once only once, and answers them all alike', async () => {
    await must('mutation { updateProfile(input: {displayName: "Plan Cache"}) { id } }'); // a write: cached plans are stale
    const counter = countStatements(t.app.get(DataSource));
    const answers = await Promise.all(Array.from({ length: 5 }, () => plan(day(-1), day(60), 9)));
    expect(counter.statements.filter((s) => /event_relevance/.test(s))).toHaveLength(1);
    for (const answer of answers) expect(answer).toEqual(answers[0]);
    counter.reset();
    expect(await plan(day(-1), day(60), 9)).toEqual(answers[0]);
    expect(counter.statements.filter((s) => !/access_tokens/.test(s))).toEqual([]);
    await must('mutation { updateProfile(input: {displayName: null}) { id } }');
  });

  describe('next touches and cadence', () => {
    it('signs messages with the user\'s display name, and with a bare "Best," without one', async () => {
      // A connected contact who last wrote 40 days ago: a keep-in-touch message (not a LinkedIn note) is due.
      const { createContact } = await must<{ createContact: { id: string } }>(
        'mutation { createContact(input: {name: "Sam Okafor", linkedinConnected: true}) { id } }',
      );
      await must(
        'mutation($p: ID!, $at: DateTime!) { logInteraction(input: {contactId: $p, kind: EMAIL, direction: INBOUND, occurredAt: $at, notes: "Good to meet you"}) { id } }',
        {
          p: createContact.id,
          at: day(-40),
        },
      );
      const draftToSam = async () => {
        const { nextTouches } = await must<{ nextTouches: { contact: { id: string }; channel: string; draft: string }[] }>(
          '{ nextTouches(limit: 20) { contact { id } channel draft } }',
        );
        const touch = nextTouches.find((x) => x.contact.id === createContact.id);
        expect(touch?.channel).not.toBe('LINKEDIN_NOTE');
        return touch?.draft;
      };
      const unsigned = await draftToSam();
      expect(unsigned).toMatch(/\n\nBest,$/);
      await must('mutation { updateProfile(input: {displayName: "Jamie Doe"}) { id } }');
      expect(await draftToSam()).toBe(`${unsigned}\nJamie Doe`);
      await must('mutation { updateProfile(input: {displayName: null}) { id } }');
      expect(await draftToSam()).toBe(unsigned);
      await must('mutation($p: ID!) { deleteContact(id: $p) }', { p: createContact.id });
    });

    it('suggests the next touch per contact, with a draft and a reason', async () => {
      const [touch] = await touches();
      expect(touch.contact.name).toBe('Priya Raman');
      expect(touch.reason.length).toBeGreaterThan(10);
      expect(touch.draft).not.toMatch(/just checking in|touching base|hope this finds you well/i);
    });

    it('resets the clock when a touch is logged, and honours "every N days"', async () => {
      await must(
        'mutation($p: ID!, $at: DateTime!) { markTouchSent(input: {contactId: $p, kind: PROJECT_UPDATE, occurredAt: $at, notes: "sent the Partitioning write-up"}) { id kind awaitingReply } }',
        {
          p: ids.priya,
          at: day(-1),
        },
      );
      await must(
        'mutation($p: ID!, $at: DateTime!) { logInteraction(input: {contactId: $p, kind: EMAIL, direction: INBOUND, occurredAt: $at, notes: "thanks!"}) { id } }',
        {
          p: ids.priya,
          at: day(0),
        },
      );
      const keepInTouch = async () => (await touches()).find((x) => x.contact.name === 'Priya Raman');
      const withDefaults = await keepInTouch();
      expect(new Date(withDefaults!.dueAt).getTime()).toBeGreaterThan(NOW.getTime() + 20 * 86_400_000);

      const { updateCadenceRules } = await must<{ updateCadenceRules: { keepInTouch: { idealDays: number; maxDays: number } } }>(
        'mutation { updateCadenceRules(input: {keepInTouch: {idealDays: 10, maxDays: 20}}) { keepInTouch { idealDays maxDays } budget { maxUnansweredTotal } } }',
      );
      expect(updateCadenceRules.keepInTouch).toEqual({ idealDays: 10, maxDays: 20 });
      const every10 = await keepInTouch();
      expect(every10!.dueAt).toBe(day(10));
    });

    it('refuses impossible rules with BAD_USER_INPUT naming the field', async () => {
      const result = await t.gql('mutation { updateCadenceRules(input: {keepInTouch: {idealDays: 0}}) { keepInTouch { idealDays } } }', {}, token);
      expect(result.errors?.[0].extensions.code).toBe('BAD_USER_INPUT');
      expect(result.errors?.[0].extensions.fields?.[0].field).toMatch(/^input\.keepInTouch/);
    });

    it('holds back touches beyond the anti-pestering budget, and says why', async () => {
      // Three unanswered touches after Priya's last reply (day 0): the budget is spent.
      for (const [n, kind] of [
        [1, 'COFFEE_INVITE'],
        [9, 'FOLLOW_UP_EMAIL'],
        [17, 'COFFEE_INVITE'],
      ] as const) {
        await must('mutation($p: ID!, $at: DateTime!, $k: SentTouchKind!) { markTouchSent(input: {contactId: $p, kind: $k, occurredAt: $at}) { id } }', {
          p: ids.priya,
          at: day(n),
          k: kind,
        });
      }
      t.app.get(Clock).now = () => new Date(NOW.getTime() + 40 * 86_400_000);
      const due = await touches();
      expect(due.find((x) => x.contact.name === 'Priya Raman')).toBeUndefined();
      const { blockedTouches } = await must<{ blockedTouches: { contact: { name: string }; reason: string }[] }>(
        '{ blockedTouches { contact { name } reason } }',
      );
      expect(blockedTouches.find((b) => b.contact.name === 'Priya Raman')?.reason).toMatch(/unanswered/);
      t.app.get(Clock).now = () => NOW;
    });
  });

  describe('the calendar feed', () => {
    it('serves GOING and MAYBE events with reminders and due touches, parseable by ical.js and node-ical', async () => {
      const { rotateCalendarFeedToken: calendarFeed } = await must<{ rotateCalendarFeedToken: { url: string } }>(
        'mutation { rotateCalendarFeedToken { url } }',
      );
      expect(calendarFeed.url).toMatch(/\/calendar\/[\w-]+\.ics$/);
      const response = await fetch(`${t.baseUrl}${new URL(calendarFeed.url).pathname}`);
      expect(response.status).toBe(200);
      expect(response.headers.get('content-type')).toMatch(/text\/calendar/);
      const text = await response.text();

      const vevents = new ICAL.Component(ICAL.parse(text)).getAllSubcomponents('vevent');
      const titles = vevents.map((v) => String(v.getFirstPropertyValue('summary')));
      expect(titles).toEqual(expect.arrayContaining(['Kubernetes Night', 'Berlin Payments Meetup']));
      const k8s = vevents.find((v) => v.getFirstPropertyValue('summary') === 'Kubernetes Night')!;
      expect(k8s.getAllSubcomponents('valarm').map((a) => String(a.getFirstPropertyValue('trigger')))).toEqual(expect.arrayContaining(['-P1D', '-PT1H']));
      expect(String(vevents.find((v) => v.getFirstPropertyValue('summary') === 'Berlin Payments Meetup')!.getFirstPropertyValue('description'))).toMatch(
        /Priya Raman/,
      );

      const parsed = nodeIcal.sync.parseICS(text);
      const nodeTitles = Object.values(parsed)
        .filter((c): c is nodeIcal.VEvent => c?.type === 'VEVENT')
        .map((e) => String(e.summary));
      expect(nodeTitles).toEqual(expect.arrayContaining(['Kubernetes Night', 'Berlin Payments Meetup']));

      const again = await (await fetch(`${t.baseUrl}${new URL(calendarFeed.url).pathname}`)).text();
      const uids = (s: string) => [...s.matchAll(/^UID:(.*)$/gm)].map((m) => m[1]).sort();
      expect(uids(again)).toEqual(uids(text));
    });

    it('stops serving the old URL once the token is rotated', async () => {
      const { rotateCalendarFeedToken: calendarFeed } = await must<{ rotateCalendarFeedToken: { url: string } }>(
        'mutation { rotateCalendarFeedToken { url } }',
      );
      const { rotateCalendarFeedToken } = await must<{ rotateCalendarFeedToken: { url: string } }>('mutation { rotateCalendarFeedToken { url } }');
      expect(rotateCalendarFeedToken.url).not.toBe(calendarFeed.url);
      expect((await fetch(`${t.baseUrl}${new URL(calendarFeed.url).pathname}`)).status).toBe(404);
      expect((await fetch(`${t.baseUrl}${new URL(rotateCalendarFeedToken.url).pathname}`)).status).toBe(200);
    });
  });

  it('plans the demo workspace with reasons, people to meet and sourced talking points', async () => {
    const demo = await t.app.get(DemoSeeder).seedOnce(NOW);
    const login = await must<{ login: { token: string } }>('mutation($e: String!, $p: String!) { login(input: {email: $e, password: $p}) { token } }', {
      e: demo.email,
      p: demo.password,
    });
    const { plan: demoPlan } = await must<{ plan: { items: PlanItem[] } }>(PLAN, { from: day(0), to: day(45), limit: 10 }, login.login.token);
    expect(demoPlan.items.length).toBeGreaterThanOrEqual(3);
    const withPeople = demoPlan.items.filter((i) => i.meet.length > 0);
    expect(withPeople.map((i) => i.meet[0].contact.name)).toEqual(expect.arrayContaining(['Priya Raman', 'Alex Kim', 'Lena Fischer']));
    for (const item of demoPlan.items) {
      expect(item.reasons.length).toBeGreaterThan(0);
      for (const person of item.meet) for (const point of person.talkingPoints) expect(point.sources.length).toBeGreaterThan(0);
    }
    const photo = demoPlan.items.find((i) => /Times Square/.test(i.event.title));
    expect(photo).toBeUndefined();
  });
});
