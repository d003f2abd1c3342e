import { DataSource } from 'typeorm';
import { Clock } from '@app/common';
import { FollowUpSweep } from '@app/follow-ups';
import { startTestApp, TestApp } from './utils/test-app';

/*
 * The post-event checklist through the API, on a controlled clock: an event
 * on Friday 15 Jan 2027, 18:00–20:00 Berlin (17:00–19:00 UTC).
 */
const BEFORE = new Date('2027-01-11T09:00:00Z'); // the Monday before
const AFTER = new Date('2027-01-15T21:00:00Z'); // Friday night, the event over
const hours = (from: Date, n: number) => new Date(from.getTime() + n * 3_600_000);

const ITEM_FIELDS =
  'id kind status dueAt latestAt overdue text channel subject draft blockedReason availableAt closedReason snoozedUntil skipReason completedAt contact { id name } event { id title } sources { kind id }';

interface Item {
  id: string;
  kind: string;
  status: string;
  dueAt: string;
  latestAt: string | null;
  overdue: boolean;
  text: string;
  channel: string | null;
  subject: string | null;
  draft: string | null;
  blockedReason: string | null;
  availableAt: string | null;
  closedReason: string | null;
  snoozedUntil: string | null;
  skipReason: string | null;
  completedAt: string | null;
  contact: { id: string; name: string } | null;
  event: { id: string; title: string };
  sources: { kind: string; id: string }[];
}

interface Checklist {
  id: string;
  needsAttendees: boolean;
  needsConfirmation: boolean;
  event: { title: string };
  items: Item[];
}

function calendar(events: { uid: string; title: string; start: string; description: string; status?: string }[]): string {
  const body = events.map((e) =>
    [
      'BEGIN:VEVENT',
      `UID:${e.uid}`,
      'DTSTAMP:20261201T000000Z',
      `DTSTART:${e.start}`,
      'DURATION:PT2H',
      `SUMMARY:${e.title}`,
      `DESCRIPTION:${e.description}`,
      ...(e.status ? [`STATUS:${e.status}`] : []),
      'LOCATION:Berlin',
      'END:VEVENT',
    ].join('\r\n'),
  );
  return ['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//tests//EN', ...body, 'END:VCALENDAR', ''].join('\r\n');
}

describe('the post-event follow-up checklist', () => {
  let t: TestApp;
  let token: string;
  let now: Date;
  let ids: { priya: string; payments: string; maybe: string; cancelled: string; later: string; past: string };

  const gql = <T>(query: string, variables: Record<string, unknown> = {}, as = token) => t.gql<T>(query, variables, as);
  const must = async <T>(query: string, variables: Record<string, unknown> = {}, as = token): Promise<T> => {
    const result = await gql<T>(query, variables, as);
    if (result.errors) throw new Error(JSON.stringify(result.errors));
    return result.data as T;
  };
  const checklist = async (eventId: string, as = token) =>
    (
      await must<{ followUpChecklist: Checklist | null }>(
        `query($e: ID!) { followUpChecklist(eventId: $e) { id needsAttendees needsConfirmation event { title } items { ${ITEM_FIELDS} } } }`,
        { e: eventId },
        as,
      )
    ).followUpChecklist;
  const openItems = async (filter: Record<string, unknown> = { status: 'OPEN' }) =>
    (
      await must<{ followUps: { edges: { node: Item }[] } }>(
        `query($f: FollowUpFilter) { followUps(filter: $f, first: 100) { edges { node { ${ITEM_FIELDS} } } } }`,
        { f: filter },
      )
    ).followUps.edges.map((e) => e.node);
  const nextTouches = async () =>
    (
      await must<{ nextTouches: { id: string; followUpId: string | null; kind: string; rule: string; contact: { name: string }; dueAt: string }[] }>(
        '{ nextTouches(limit: 50) { id followUpId kind rule contact { name } dueAt } }',
      )
    ).nextTouches;
  const setClock = (at: Date) => {
    now = at;
  };

  beforeAll(async () => {
    t = await startTestApp('follow-ups', { RUN_WORKER: 'true' });
    now = BEFORE;
    t.app.get(Clock).now = () => now;
    token = (await t.signUp()).token;
    const { createCompany } = await must<{ createCompany: { id: string } }>(
      'mutation { createCompany(input: {name: "Stripe", domains: ["stripe.com"]}) { id } }',
    );
    const { createContact } = await must<{ createContact: { id: string } }>(
      `mutation($c: ID!) { createContact(input: {name: "Priya Raman", companyId: $c, title: "Engineering Manager", role: HIRING_MANAGER,
        email: "priya@stripe.example", interests: ["idempotency"]}) { id } }`,
      { c: createCompany.id },
    );
    await must('mutation($i: ImportCalendarInput!) { importCalendar(input: $i) { id } }', {
      i: {
        name: 'Berlin meetups',
        ics: calendar([
          {
            uid: 'pay@x',
            title: 'Berlin Payments Meetup',
            start: '20270115T170000Z',
            description: 'Priya Raman (Engineering Manager at Stripe) on idempotency keys.',
          },
          { uid: 'maybe@x', title: 'Rust Berlin', start: '20270114T170000Z', description: 'Talks on async Rust.' },
          { uid: 'cancelled@x', title: 'Cancelled Night', start: '20270113T170000Z', description: 'Called off.', status: 'CANCELLED' },
          { uid: 'later@x', title: 'Kubernetes Night', start: '20270120T170000Z', description: 'Schedulers.' },
          { uid: 'past@x', title: 'Last Year Meetup', start: '20261110T170000Z', description: 'An old one.' },
        ]),
      },
    });
    const { events } = await must<{ events: { edges: { node: { id: string; title: string } }[] } }>('{ events(first: 20) { edges { node { id title } } } }');
    const id = (title: string) => events.edges.find((e) => e.node.title === title)!.node.id;
    ids = {
      priya: createContact.id,
      payments: id('Berlin Payments Meetup'),
      maybe: id('Rust Berlin'),
      cancelled: id('Cancelled Night'),
      later: id('Kubernetes Night'),
      past: id('Last Year Meetup'),
    };
  });
  afterAll(() => t.close());

  const setAttendance = (eventId: string, status: string) =>
    must<{ setAttendance: { id: string; attendance: string } }>(
      'mutation($e: ID!, $s: Attendance!) { setAttendance(eventId: $e, status: $s) { id attendance } }',
      {
        e: eventId,
        s: status,
      },
    );

  it('creates nothing before the event ends, then one checklist when the sweep runs', async () => {
    await setAttendance(ids.payments, 'GOING');
    await setAttendance(ids.maybe, 'MAYBE');
    await setAttendance(ids.cancelled, 'GOING');
    await setAttendance(ids.later, 'GOING');
    expect(await checklist(ids.payments)).toBeNull();

    setClock(AFTER);
    const sweep = t.app.get(FollowUpSweep);
    expect(await sweep.sweep(AFTER)).toBe(2); // the payments meetup and the MAYBE one; not the cancelled or later one
    expect(await sweep.sweep(AFTER)).toBe(0);
    expect(await checklist(ids.cancelled)).toBeNull();
    expect(await checklist(ids.later)).toBeNull();
  });

  it('hides a checklist whose event the user now says they skipped, and shows it again when they say they went', async () => {
    await setAttendance(ids.maybe, 'NOT_GOING');
    expect(await checklist(ids.maybe)).toBeNull();
    await setAttendance(ids.maybe, 'MAYBE');
    expect((await checklist(ids.maybe))!.needsConfirmation).toBe(true);
  });

  it('asks "did you go?" for a MAYBE event, and nothing else', async () => {
    const maybe = await checklist(ids.maybe);
    expect(maybe).toMatchObject({ needsConfirmation: true, event: { title: 'Rust Berlin' } });
    expect(maybe!.items.map((i) => [i.kind, i.status])).toEqual([['CONFIRM_ATTENDANCE', 'OPEN']]);
    expect(maybe!.items[0].text).toContain('Rust Berlin');
  });

  it('answering "yes, I went" marks the event GOING and asks whom the user met', async () => {
    const [confirm] = (await checklist(ids.maybe))!.items;
    await must('mutation($id: ID!) { completeFollowUp(id: $id) { id status } }', { id: confirm.id });
    const { event } = await must<{ event: { attendance: string } }>('query($id: ID!) { event(id: $id) { attendance } }', { id: ids.maybe });
    expect(event.attendance).toBe('GOING');
    const going = await checklist(ids.maybe);
    expect(going).toMatchObject({ needsConfirmation: false, needsAttendees: true });
    expect(going!.items.map((i) => [i.kind, i.status])).toContainEqual(['RECORD_MET', 'OPEN']);
  });

  it('starts with "Who did you meet?" and the people the plan suggested', async () => {
    const list = await checklist(ids.payments);
    expect(list!.needsAttendees).toBe(true);
    expect(list!.items[0]).toMatchObject({ kind: 'RECORD_MET', status: 'OPEN', contact: null });
    expect(list!.items[0].text).toContain('Berlin Payments Meetup');
    const priyas = list!.items.filter((i) => i.contact?.name === 'Priya Raman');
    expect(priyas.map((i) => i.kind)).toEqual(expect.arrayContaining(['LINKEDIN_NOTE', 'FOLLOW_UP_EMAIL', 'COFFEE_INVITE']));
    expect(priyas[0].text).toMatch(/^If you met Priya/);
  });

  let note: Item;

  it('records whom the user met: a new contact, a MET_AT_EVENT touch each, and each promise as its own item', async () => {
    const { recordMet } = await must<{ recordMet: Checklist }>(
      `mutation($i: RecordMetInput!) { recordMet(input: $i) { id needsAttendees event { title } items { ${ITEM_FIELDS} } } }`,
      {
        i: {
          eventId: ids.payments,
          contactIds: [ids.priya],
          newPeople: [{ name: 'Jonas Weber', companyName: 'stripe', title: 'Staff Engineer', email: 'jonas@stripe.example' }],
          notes: 'She is hiring for the ledger team in March.',
          topics: ['retries across regions'],
          promises: ['send the deck'],
        },
      },
    );
    expect(recordMet.needsAttendees).toBe(false);
    const kinds = (name: string) =>
      recordMet.items
        .filter((i) => i.contact?.name === name)
        .map((i) => i.kind)
        .sort();
    expect(kinds('Priya Raman')).toEqual(['COFFEE_INVITE', 'FOLLOW_UP_EMAIL', 'LINKEDIN_NOTE', 'PROMISE']);
    expect(kinds('Jonas Weber')).toEqual(['COFFEE_INVITE', 'FOLLOW_UP_EMAIL', 'LINKEDIN_NOTE', 'PROMISE']);
    expect(recordMet.items.find((i) => i.kind === 'RECORD_MET')!.status).toBe('DONE');

    // The new person is a tracked contact at the existing company (matched case-insensitively), with the meeting on their timeline.
    const { contacts } = await must<{
      contacts: { edges: { node: { name: string; title: string; company: { name: string }; interactions: { kind: string; notes: string }[] } }[] };
    }>('{ contacts(first: 10) { edges { node { name title company { name } interactions { kind notes } } } } }');
    const jonas = contacts.edges.find((e) => e.node.name === 'Jonas Weber')!.node;
    expect(jonas).toMatchObject({ title: 'Staff Engineer', company: { name: 'Stripe' } });
    expect(jonas.interactions).toEqual([
      { kind: 'MET_AT_EVENT', notes: 'She is hiring for the ledger team in March.\nTalked about: retries across regions\nPromised: send the deck' },
    ]);
    const { companies } = await must<{ companies: { edges: unknown[] } }>('{ companies(first: 10) { edges { node { id } } } }');
    expect(companies.edges).toHaveLength(1);

    note = recordMet.items.find((i) => i.kind === 'LINKEDIN_NOTE' && i.contact?.name === 'Priya Raman')!;
    // Within 24 h of the meeting, in the user's zone; the draft fits a LinkedIn note and cites the event and the meeting.
    expect(note).toMatchObject({ status: 'OPEN', channel: 'LINKEDIN_NOTE', dueAt: '2027-01-16T19:00:00.000Z', overdue: false });
    expect(note.draft!.length).toBeLessThanOrEqual(200);
    expect(note.draft).toBe(
      'Hi Priya, good to meet you at “Berlin Payments Meetup” on Fri 15 Jan; I enjoyed our conversation about retries across regions. I would like to stay in touch.',
    );
    expect(note.sources).toEqual(expect.arrayContaining([{ kind: 'EVENT', id: ids.payments }, expect.objectContaining({ kind: 'INTERACTION' })]));
    // A Friday event: the follow-up email is due the next business day, Monday.
    const email = recordMet.items.find((i) => i.kind === 'FOLLOW_UP_EMAIL' && i.contact?.name === 'Priya Raman')!;
    expect(email).toMatchObject({ dueAt: '2027-01-18T19:00:00.000Z', latestAt: '2027-01-19T19:00:00.000Z', channel: 'EMAIL' });
    expect(email.subject).toBeTruthy();
    expect(email.draft).toContain('I enjoyed our conversation about retries across regions.');
    const promise = recordMet.items.find((i) => i.kind === 'PROMISE' && i.contact?.name === 'Priya Raman')!;
    expect(promise.text).toContain('send the deck');
    expect(promise.dueAt).toBe('2027-01-18T19:00:00.000Z'); // within 3 days
  });

  it('recording the same people again adds nothing', async () => {
    const before = (await checklist(ids.payments))!.items.length;
    const again = await must<{ recordMet: Checklist }>(`mutation($i: RecordMetInput!) { recordMet(input: $i) { items { id } } }`, {
      i: { eventId: ids.payments, contactIds: [ids.priya], promises: ['Send the deck'] },
    });
    expect(again.recordMet.items).toHaveLength(before);
    const { interactions } = await must<{ interactions: { edges: unknown[] } }>(
      'query($c: ID!) { interactions(first: 50, filter: {contactId: $c}) { edges { node { id } } } }',
      {
        c: ids.priya,
      },
    );
    expect(interactions.edges).toHaveLength(1);
  });

  it('lists the open items across checklists, and nextTouches lists each once, as the checklist item', async () => {
    const open = await openItems();
    expect(open.every((i) => i.status === 'OPEN')).toBe(true);
    expect(open.map((i) => i.id)).toContain(note.id);
    const touches = await nextTouches();
    const priya = touches.filter((touch) => touch.contact.name === 'Priya Raman');
    expect(priya).toHaveLength(1);
    expect(priya[0]).toMatchObject({ followUpId: note.id, kind: 'LINKEDIN_CONNECT' });

    // The plan of those days shows the same item as the meetup's after-the-event action for Priya.
    const { plan } = await must<{ plan: { items: { event: { id: string }; actions: { when: string; followUpId: string | null; text: string }[] }[] } }>(
      '{ plan(from: "2027-01-14T00:00:00Z", to: "2027-01-17T00:00:00Z") { items { event { id } actions { when followUpId text } } } }',
    );
    const after = plan.items.find((item) => item.event.id === ids.payments)!.actions.filter((action) => action.when === 'AFTER');
    expect(after).toEqual(expect.arrayContaining([expect.objectContaining({ followUpId: note.id, text: note.text })]));
  });

  it('completing the LinkedIn note logs the touch once, resets the clock and re-times the next items', async () => {
    const sentAt = hours(AFTER, 1);
    setClock(hours(AFTER, 2));
    const done = await must<{ completeFollowUp: Item }>(
      'mutation($id: ID!, $at: DateTime!) { completeFollowUp(id: $id, occurredAt: $at) { id status completedAt } }',
      {
        id: note.id,
        at: sentAt.toISOString(),
      },
    );
    expect(done.completeFollowUp).toEqual({ id: note.id, status: 'DONE', completedAt: sentAt.toISOString() });
    const twice = await must<{ completeFollowUp: Item }>('mutation($id: ID!) { completeFollowUp(id: $id) { id status completedAt } }', { id: note.id });
    expect(twice.completeFollowUp).toEqual(done.completeFollowUp);
    const { interactions } = await must<{ interactions: { edges: { node: { kind: string; occurredAt: string; awaitingReply: boolean } }[] } }>(
      'query($c: ID!) { interactions(first: 50, filter: {contactId: $c}) { edges { node { kind occurredAt awaitingReply } } } }',
      { c: ids.priya },
    );
    expect(interactions.edges.map((e) => e.node)).toEqual([
      { kind: 'LINKEDIN_CONNECT', occurredAt: sentAt.toISOString(), awaitingReply: true },
      expect.objectContaining({ kind: 'MET_AT_EVENT' }),
    ]);

    const items = (await checklist(ids.payments))!.items.filter((i) => i.contact?.name === 'Priya Raman');
    // The budget allows one unanswered touch a week: the email waits, with the reason and when it frees up.
    const email = items.find((i) => i.kind === 'FOLLOW_UP_EMAIL')!;
    expect(email.status).toBe('OPEN');
    expect(email.blockedReason).toMatch(/unanswered/);
    expect(email.availableAt).toBeTruthy();
    // The coffee invite is a week after the last touch, not after the event.
    expect(items.find((i) => i.kind === 'COFFEE_INVITE')!.dueAt).toBe(new Date(sentAt.getTime() + 7 * 86_400_000).toISOString());

    // nextTouches no longer offers the note: Priya's next touch is the promise (keeping one is never held back by the budget).
    const touches = (await nextTouches()).filter((touch) => touch.contact.name === 'Priya Raman');
    const promise = items.find((i) => i.kind === 'PROMISE')!;
    expect(touches).toEqual([expect.objectContaining({ id: promise.id, followUpId: promise.id, rule: 'PROMISED_UPDATE', dueAt: promise.dueAt })]);
    expect(promise.draft).toContain('As promised');
  });

  it('re-times the next touch in nextTouches from the completed one (the cadence clock resets)', async () => {
    setClock(hours(AFTER, 1));
    const { recordMet } = await must<{ recordMet: Checklist }>(`mutation($i: RecordMetInput!) { recordMet(input: $i) { items { ${ITEM_FIELDS} } } }`, {
      i: { eventId: ids.payments, newPeople: [{ name: 'Ada Park', companyName: 'Adyen', title: 'Engineering Manager' }] },
    });
    const adaNote = recordMet.items.find((i) => i.contact?.name === 'Ada Park' && i.kind === 'LINKEDIN_NOTE')!;
    const before = (await nextTouches()).filter((touch) => touch.contact.name === 'Ada Park');
    expect(before).toEqual([expect.objectContaining({ followUpId: adaNote.id, kind: 'LINKEDIN_CONNECT' })]);

    const sentAt = hours(AFTER, 3);
    setClock(hours(AFTER, 4));
    await must('mutation($id: ID!, $at: DateTime!) { completeFollowUp(id: $id, occurredAt: $at) { id } }', { id: adaNote.id, at: sentAt.toISOString() });
    // The follow-up message waits for the budget; the coffee invite is next, a week after the note, not after the event.
    const after = (await nextTouches()).filter((touch) => touch.contact.name === 'Ada Park');
    expect(after).toEqual([expect.objectContaining({ kind: 'COFFEE_INVITE', dueAt: new Date(sentAt.getTime() + 7 * 86_400_000).toISOString() })]);
    setClock(AFTER);
  });

  it('skips with a reason and snoozes until a time', async () => {
    const items = (await checklist(ids.payments))!.items;
    const jonasNote = items.find((i) => i.kind === 'LINKEDIN_NOTE' && i.contact?.name === 'Jonas Weber')!;
    const skipped = await must<{ skipFollowUp: Item }>(
      'mutation($id: ID!) { skipFollowUp(id: $id, reason: "We connected on the spot") { id status skipReason } }',
      {
        id: jonasNote.id,
      },
    );
    expect(skipped.skipFollowUp).toEqual({ id: jonasNote.id, status: 'SKIPPED', skipReason: 'We connected on the spot' });

    const jonasEmail = items.find((i) => i.kind === 'FOLLOW_UP_EMAIL' && i.contact?.name === 'Jonas Weber')!;
    const until = hours(AFTER, 72).toISOString();
    const snoozed = await must<{ snoozeFollowUp: Item }>('mutation($id: ID!, $u: DateTime!) { snoozeFollowUp(id: $id, until: $u) { id status dueAt } }', {
      id: jonasEmail.id,
      u: until,
    });
    expect(snoozed.snoozeFollowUp).toEqual({ id: jonasEmail.id, status: 'SNOOZED', dueAt: until });
    expect((await openItems({ status: 'SNOOZED' })).map((i) => i.id)).toEqual([jonasEmail.id]);

    // Once the time passes it is open again, due then.
    setClock(hours(AFTER, 73));
    const back = (await checklist(ids.payments))!.items.find((i) => i.id === jonasEmail.id)!;
    expect(back).toMatchObject({ status: 'OPEN', dueAt: until });
    setClock(AFTER);
  });

  it('a reply closes the reminders waiting for one, not the promise', async () => {
    setClock(hours(AFTER, 30));
    await must(
      'mutation($c: ID!, $at: DateTime!) { logInteraction(input: {contactId: $c, kind: EMAIL, direction: INBOUND, occurredAt: $at, notes: "Thanks!"}) { id } }',
      {
        c: ids.priya,
        at: hours(AFTER, 29).toISOString(),
      },
    );
    const items = (await checklist(ids.payments))!.items.filter((i) => i.contact?.name === 'Priya Raman');
    const coffee = items.find((i) => i.kind === 'COFFEE_INVITE')!;
    expect(coffee.status).toBe('DONE');
    expect(coffee.closedReason).toMatch(/replied/);
    expect(items.find((i) => i.kind === 'PROMISE')!.status).toBe('OPEN');
    setClock(AFTER);
  });

  it('flags overdue items and, 14 days past their last moment, marks them stale without deleting them', async () => {
    setClock(hours(AFTER, 24 * 25));
    const items = (await checklist(ids.payments))!.items;
    const promise = items.find((i) => i.kind === 'PROMISE' && i.contact?.name === 'Priya Raman')!;
    expect(promise).toMatchObject({ status: 'STALE', overdue: true });
    const { followUps } = await must<{ followUps: { edges: { node: { id: string; staleSuggestion: string | null } }[] } }>(
      '{ followUps(filter: {status: STALE}, first: 50) { edges { node { id staleSuggestion } } } }',
    );
    expect(followUps.edges.map((e) => e.node.id)).toContain(promise.id);
    expect(followUps.edges.every((e) => e.node.staleSuggestion)).toBe(true);
    setClock(AFTER);
  });

  it('creates the checklist at once when an already ended event is marked GOING', async () => {
    expect(await checklist(ids.past)).toBeNull();
    await setAttendance(ids.past, 'GOING');
    expect((await checklist(ids.past))!.items[0].kind).toBe('RECORD_MET');
  });

  it('waits for a moved event: the checklist shows after its new end', async () => {
    const db = t.app.get(DataSource);
    await db.query(`UPDATE events SET starts_at = starts_at + interval '10 days', ends_at = ends_at + interval '10 days' WHERE id = $1`, [ids.past]);
    setClock(new Date('2026-11-12T00:00:00Z'));
    expect(await checklist(ids.past)).toBeNull();
    setClock(AFTER);
    expect(await checklist(ids.past)).not.toBeNull();
  });

  it('paginates followUps with cursors', async () => {
    const all = await openItems({});
    const first = await must<{ followUps: { edges: { node: { id: string } }[]; pageInfo: { hasNextPage: boolean; endCursor: string } } }>(
      '{ followUps(first: 2) { edges { node { id } } pageInfo { hasNextPage endCursor } } }',
    );
    expect(first.followUps.pageInfo.hasNextPage).toBe(true);
    const rest = await must<{ followUps: { edges: { node: { id: string } }[] } }>(
      'query($a: String) { followUps(first: 100, after: $a) { edges { node { id } } } }',
      {
        a: first.followUps.pageInfo.endCursor,
      },
    );
    expect([...first.followUps.edges, ...rest.followUps.edges].map((e) => e.node.id)).toEqual(all.map((i) => i.id));
  });

  it('answers NOT_FOUND for another user’s ids, and BAD_USER_INPUT for bad times and kinds', async () => {
    const other = (await t.signUp()).token;
    const complete = await gql('mutation($id: ID!) { completeFollowUp(id: $id) { id } }', { id: note.id }, other);
    expect(complete.errors?.[0].extensions.code).toBe('NOT_FOUND');
    const foreignChecklist = await gql('query($e: ID!) { followUpChecklist(eventId: $e) { id } }', { e: ids.payments }, other);
    expect(foreignChecklist.errors?.[0].extensions.code).toBe('NOT_FOUND');
    const recordForeign = await gql('mutation($e: ID!) { recordMet(input: {eventId: $e}) { id } }', { e: ids.payments }, other);
    expect(recordForeign.errors?.[0].extensions.code).toBe('NOT_FOUND');
    const contactsBefore = (await must<{ contacts: { edges: unknown[] } }>('{ contacts(first: 50) { edges { node { id } } } }')).contacts.edges.length;
    const early = await gql('mutation($e: ID!) { recordMet(input: {eventId: $e, newPeople: [{name: "Too Early"}]}) { id } }', { e: ids.later });
    expect(early.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [expect.objectContaining({ field: 'input.eventId' })] });
    expect((await must<{ contacts: { edges: unknown[] } }>('{ contacts(first: 50) { edges { node { id } } } }')).contacts.edges).toHaveLength(contactsBefore);
    for (const id of ['nonsense', `${note.id}x`, '']) {
      const unknown = await gql('mutation($id: ID!) { skipFollowUp(id: $id, reason: "x") { id } }', { id });
      expect(unknown.errors?.[0].extensions.code).toMatch(/NOT_FOUND|BAD_USER_INPUT/);
    }
    expect((await openItems({})).length).toBeGreaterThan(0);
    expect((await gql('{ followUps(first: 5) { edges { node { id } } } }', {}, other)).data).toEqual({ followUps: { edges: [] } });

    const items = (await checklist(ids.payments))!.items;
    const open = items.find((i) => i.status === 'OPEN' && i.kind === 'PROMISE')!;
    const future = await gql('mutation($id: ID!, $at: DateTime!) { completeFollowUp(id: $id, occurredAt: $at) { id } }', {
      id: open.id,
      at: '2030-01-01T00:00:00Z',
    });
    expect(future.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [expect.objectContaining({ field: 'occurredAt' })] });
    const badTime = await gql('mutation($id: ID!) { snoozeFollowUp(id: $id, until: "next tuesday") { id } }', { id: open.id });
    expect(badTime.errors?.[0].extensions.code).toBe('BAD_USER_INPUT');
    const pastSnooze = await gql('mutation($id: ID!) { snoozeFollowUp(id: $id, until: "2020-01-01T00:00:00Z") { id } }', { id: open.id });
    expect(pastSnooze.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [expect.objectContaining({ field: 'until' })] });
    const badKind = await gql('query($f: FollowUpFilter) { followUps(filter: $f, first: 5) { edges { node { id } } } }', { f: { kind: 'POSTCARD' } });
    expect(badKind.errors?.[0].extensions.code).toBe('BAD_USER_INPUT');
    // Nothing changed.
    expect((await checklist(ids.payments))!.items.find((i) => i.id === open.id)!.status).toBe(open.status);
  });

  it('puts open items in the calendar feed as dated entries with an alarm', async () => {
    const { rotateCalendarFeedToken } = await must<{ rotateCalendarFeedToken: { url: string } }>('mutation { rotateCalendarFeedToken { url } }');
    const ics = await (await fetch(rotateCalendarFeedToken.url.replace(/^https?:\/\/[^/]+/, t.baseUrl))).text();
    expect(ics).toContain('Priya Raman');
    const touch = ics.split('BEGIN:VEVENT').find((block) => block.includes('Follow up with Priya Raman'));
    expect(touch).toBeDefined();
    expect(touch).toContain('BEGIN:VALARM');
  });
});
