import { ALEX, DEMO, MARCUS, NOW, PRIYA, ZONE, contact, daysAgo, daysAhead, event, interaction, match } from './__fixtures__/workspace';
import { findBannedPhrases } from './drafts';
import { planEvents, type PlanInput } from './plan';
import type { TouchSuggestion } from './touches';
import type { PlannerEvent, PlannerMatch } from './types';

const HOUR = 3_600_000;
const at = (iso: string) => new Date(iso);

const companyMatch = (eventId: string, companyId = 'co-stripe', role: PlannerMatch['role'] = 'HOST') =>
  match({
    eventId,
    kind: 'COMPANY',
    role,
    contactId: null,
    companyId,
    score: 0.9,
    evidence: [{ field: 'organizer', snippet: 'Stripe' }],
    reason: 'Organised by Stripe',
  });
const topicMatch = (eventId: string, phrase = 'CRDTs') =>
  match({
    eventId,
    kind: 'TOPIC',
    role: 'TOPIC',
    contactId: null,
    topicId: `t-${phrase}`,
    topicPhrase: phrase,
    score: 0.8,
    evidence: [{ field: 'title', snippet: phrase }],
  });

function plan(events: PlannerEvent[], matches: PlannerMatch[], overrides: Partial<PlanInput> = {}) {
  return planEvents({
    now: NOW,
    timeZone: ZONE,
    linkedinPremium: false,
    window: { from: NOW, to: daysAhead(30) },
    events,
    matches,
    ...DEMO,
    companies: [{ id: 'co-stripe', name: 'Stripe' }],
    ...overrides,
  });
}

describe('ranking events', () => {
  const goingTopic = event({ id: 'going-topic', title: 'Local-first meetup', startsAt: daysAhead(3), attendance: 'GOING', categories: [] });
  const maybeSpeaker = event({ id: 'maybe-speaker', startsAt: daysAhead(8), attendance: 'MAYBE' });
  const hosted = event({ id: 'hosted', title: 'Stripe Sessions Berlin', startsAt: new Date(daysAhead(8).getTime() + HOUR), categories: [] });
  const topical = event({ id: 'topical', title: 'CRDT night', startsAt: daysAhead(10), categories: [] });
  const unmatched = event({ id: 'unmatched', startsAt: daysAhead(4) });
  const cancelled = event({ id: 'cancelled', startsAt: daysAhead(5), status: 'CANCELLED', attendance: 'GOING' });
  const declined = event({ id: 'declined', startsAt: daysAhead(6), attendance: 'NOT_GOING' });
  const outside = event({ id: 'outside', startsAt: daysAhead(40) });
  const events = [topical, unmatched, cancelled, declined, outside, hosted, maybeSpeaker, goingTopic];
  const matches = [
    topicMatch('going-topic'),
    match({ eventId: 'maybe-speaker' }),
    companyMatch('hosted'),
    topicMatch('topical'),
    match({ eventId: 'cancelled' }),
    match({ eventId: 'declined' }),
    match({ eventId: 'outside' }),
  ];

  it('puts GOING first, then MAYBE and the rest by what they offer; cancelled, declined, unmatched and out-of-window never rank', () => {
    const items = plan(events, matches);
    expect(items.map((item) => item.event.id)).toEqual(['going-topic', 'maybe-speaker', 'hosted', 'topical']);
    for (const item of items) {
      expect(item.score).toBeGreaterThan(0);
      expect(item.score).toBeLessThanOrEqual(1);
    }
  });

  it('ranks a speaking hiring manager above a hosting company above a topic', () => {
    const unmarked = [
      event({ id: 'a-topic', startsAt: daysAhead(2) }),
      event({ id: 'b-host', startsAt: daysAhead(3) }),
      event({ id: 'c-speaker', startsAt: daysAhead(4) }),
    ];
    const items = plan(unmarked, [topicMatch('a-topic'), companyMatch('b-host'), match({ eventId: 'c-speaker' })]);
    expect(items.map((item) => item.event.id)).toEqual(['c-speaker', 'b-host', 'a-topic']);
  });

  it('includes declined events only when asked, below everything else', () => {
    const items = plan(events, matches, { includeNotGoing: true });
    expect(items.map((item) => item.event.id)).toEqual(['going-topic', 'maybe-speaker', 'hosted', 'topical', 'declined']);
    expect(items[4].reasons.map((reason) => reason.text)).toContain('You said you are not going');
  });

  it('never ranks a cancelled event, even one marked GOING', () => {
    expect(plan([cancelled], [match({ eventId: 'cancelled' })], { includeNotGoing: true })).toEqual([]);
    expect(plan([{ ...cancelled, status: 'cancelled' }], [match({ eventId: 'cancelled' })])).toEqual([]);
  });

  it('orders ties by start, then id, and keeps to the limit', () => {
    const twins = [event({ id: 'b', startsAt: daysAhead(2) }), event({ id: 'a', startsAt: daysAhead(2) }), event({ id: 'c', startsAt: daysAhead(1) })];
    const items = plan(
      twins,
      ['a', 'b', 'c'].map((eventId) => topicMatch(eventId)),
    );
    expect(items.map((item) => item.event.id)).toEqual(['c', 'a', 'b']);
    expect(
      plan(
        twins,
        ['a', 'b', 'c'].map((eventId) => topicMatch(eventId)),
        { limit: 2 },
      ).map((item) => item.event.id),
    ).toEqual(['c', 'a']);
    expect(plan(events, matches)).toEqual(plan([...events].reverse(), [...matches].reverse()));
  });

  it('takes events overlapping the window: running at its start yes, ended by then or starting at its end no', () => {
    const running = event({ id: 'running', startsAt: new Date(NOW.getTime() - HOUR), endsAt: new Date(NOW.getTime() + HOUR) });
    const ended = event({ id: 'ended', startsAt: new Date(NOW.getTime() - 2 * HOUR), endsAt: NOW });
    const atEnd = event({ id: 'at-end', startsAt: daysAhead(30) });
    const openEnded = event({ id: 'open-ended', startsAt: NOW, endsAt: null });
    const items = plan(
      [running, ended, atEnd, openEnded],
      ['running', 'ended', 'at-end', 'open-ended'].map((id) => topicMatch(id)),
    );
    expect(items.map((item) => item.event.id)).toEqual(['running', 'open-ended']);
  });

  it('gives readable reasons with their evidence', () => {
    const items = plan(events, matches);
    const speaker = items.find((item) => item.event.id === 'maybe-speaker');
    expect(speaker?.reasons[0]).toMatchObject({
      text: 'Priya Raman, hiring manager at Stripe, is speaking',
      evidence: [{ field: 'performers', snippet: 'Priya Raman (Stripe)' }],
      kind: 'PERSON',
      role: 'SPEAKER',
      contactId: 'priya',
    });
    expect(speaker?.reasons.map((reason) => reason.text)).toEqual(
      expect.arrayContaining(['Your overdue touch with Priya Raman can happen in person here', 'You might go']),
    );
    const host = items.find((item) => item.event.id === 'hosted');
    expect(host?.reasons[0]).toMatchObject({ text: 'Stripe is hosting this event', evidence: [{ field: 'organizer', snippet: 'Stripe' }] });
    expect(items[0].reasons.map((reason) => reason.text)).toEqual(['About CRDTs, a topic you follow', 'You are going']);
  });
});

describe('whom to meet', () => {
  const talk = event({ id: 'talk', startsAt: daysAhead(8) });
  const hosted = event({ id: 'hosted', startsAt: daysAhead(12) });

  it('lists the speaker with why, relationship state and sourced talking points', () => {
    const [item] = plan([talk], [match({ eventId: 'talk' })]);
    expect(item.meet).toHaveLength(1);
    const [priya] = item.meet;
    expect(priya.contact.id).toBe('priya');
    expect(priya.why).toBe('Priya is speaking (hiring manager at Stripe)');
    expect(priya.evidence).toEqual([{ field: 'performers', snippet: 'Priya Raman (Stripe)' }]);
    expect(priya.relationship).toMatchObject({
      lastTouch: { kind: 'EMAIL', source: { kind: 'INTERACTION', id: 'ix-priya-thanks' } },
      interviews: [{ id: 'iv-stripe', title: 'Onsite: system design and hiring manager chat' }],
      unansweredTouches: 1,
      cadence: 'OVERDUE',
    });
    expect(priya.relationship.summary).toBe(
      'Last touch: email on 12 Nov (1 unanswered touch). Interviewed on 11 Nov. Next: project update, overdue since 17 Nov.',
    );
    expect(priya.talkingPoints.length).toBeGreaterThanOrEqual(4);
    for (const point of priya.talkingPoints) expect(point.sources.length).toBeGreaterThan(0);
    expect(priya.talkingPoints.map((point) => point.kind)).toEqual(expect.arrayContaining(['PROMISE', 'EVENT_TOPIC', 'INTERVIEW_TOPIC']));
  });

  it('lists the tracked people at a matched company, hiring managers first', () => {
    const [item] = plan([hosted], [companyMatch('hosted')]);
    expect(item.meet.map((person) => [person.contact.id, person.why])).toEqual([
      ['priya', 'Works at Stripe, which is hosting this event (hiring manager)'],
      ['marcus', 'Works at Stripe, which is hosting this event (interviewer)'],
    ]);
    expect(plan([hosted], [companyMatch('hosted')], { maxMeetPerEvent: 1 })[0].meet).toHaveLength(1);
  });

  it('marks events that overlap as conflicts, assuming two hours when no end is known', () => {
    const evening = event({ id: 'evening', startsAt: at('2024-11-28T17:00:00Z'), endsAt: null });
    const later = event({ id: 'later', startsAt: at('2024-11-28T18:30:00Z') });
    const separate = event({ id: 'separate', startsAt: at('2024-11-28T19:00:00Z'), endsAt: null });
    const items = plan([evening, later, separate], [match({ eventId: 'evening' }), topicMatch('later'), topicMatch('separate')]);
    const conflictsOf = (id: string) => items.find((item) => item.event.id === id)?.conflicts.map((conflict) => conflict.event.id);
    expect(conflictsOf('evening')).toEqual(['later']);
    expect(conflictsOf('later')).toEqual(['evening', 'separate']);
    expect(conflictsOf('separate')).toEqual(['later']);
  });
});

describe('actions around an event', () => {
  // Friday 29 Nov, 18:00–21:00 Berlin.
  const friday = event({ id: 'friday', startsAt: at('2024-11-29T17:00:00Z'), endsAt: at('2024-11-29T20:00:00Z') });

  it('connects on LinkedIn before the event with a drafted note, and follows up Monday/Tuesday after a Friday', () => {
    const [item] = plan([friday], [match({ eventId: 'friday' })]);
    const before = item.actions.find((action) => action.when === 'BEFORE');
    expect(before).toMatchObject({
      kind: 'LINKEDIN_CONNECT',
      contactId: 'priya',
      text: 'Connect with Priya Raman on LinkedIn before the event',
      dueAt: at('2024-11-22T17:00:00Z'),
      status: 'UPCOMING',
      blockedReason: null,
    });
    expect(before?.draft?.channel).toBe('LINKEDIN_NOTE');
    expect(before?.draft?.body.length).toBeLessThanOrEqual(200);
    expect(before?.draft?.body).toContain('I see you are speaking at “Payments Engineering Meetup Berlin” on Fri 29 Nov.');

    const after = item.actions.find((action) => action.when === 'AFTER');
    expect(after).toMatchObject({
      kind: 'FOLLOW_UP_EMAIL',
      text: 'If you meet Priya, log it and follow up by Tue 3 Dec',
      dueAt: at('2024-12-02T20:00:00Z'),
      latestAt: at('2024-12-03T20:00:00Z'),
      status: 'UPCOMING',
    });
    expect(after?.draft?.body).toContain('Good to meet you at “Payments Engineering Meetup Berlin” on Fri 29 Nov.');
  });

  it('drafts a premium-length note when the user has premium', () => {
    const [item] = plan([friday], [match({ eventId: 'friday' })], { linkedinPremium: true });
    const note = item.actions.find((action) => action.when === 'BEFORE')?.draft?.body ?? '';
    expect(note.length).toBeLessThanOrEqual(300);
    expect(note.length).toBeGreaterThan(200);
  });

  it('tells a connected speaker you will be there', () => {
    const [item] = plan([friday], [match({ eventId: 'friday', contactId: 'alex', evidence: [{ field: 'performers', snippet: 'Alex Kim' }] })]);
    expect(item.actions.find((action) => action.when === 'BEFORE')).toMatchObject({
      kind: 'EVENT_INTRODUCTION',
      text: 'Tell Alex you will be there',
      draft: expect.objectContaining({ channel: 'LINKEDIN_MESSAGE' }),
    });
  });

  it('respects the budget: with a fresh unanswered touch, say hello in person instead', () => {
    const soon = event({ id: 'soon', startsAt: daysAhead(4) });
    const sent = interaction({ id: 'fresh', occurredAt: daysAgo(1) });
    const [item] = plan([soon], [match({ eventId: 'soon' })], { interactions: [...DEMO.interactions, sent] });
    const before = item.actions.find((action) => action.when === 'BEFORE');
    expect(before).toMatchObject({
      status: 'BLOCKED',
      draft: null,
      blockedReason: '1 unanswered touch in the last 7 days (email on 19 Nov); wait for a reply or until 26 Nov',
      text: 'Say hello to Priya Raman in person; a message before the event would be one touch too many',
    });
  });

  it('holds back every message to someone a stop rule silenced, and says so', () => {
    // The demo thank-you 8 days ago, then two check-ins nobody answered.
    const checkIns = [interaction({ id: 'check-1', occurredAt: daysAgo(5) }), interaction({ id: 'check-2', occurredAt: daysAgo(2) })];
    const [item] = plan([friday], [match({ eventId: 'friday' })], { interactions: [...DEMO.interactions, ...checkIns] });
    const [priya] = item.meet;
    expect(priya.relationship.cadence).toBe('STOPPED');
    expect(priya.relationship.summary).toContain('On hold: 2 check-ins since your interview on 11 Nov went unanswered; stop and wait for a reply.');
    const before = item.actions.find((action) => action.when === 'BEFORE');
    expect(before).toMatchObject({
      status: 'BLOCKED',
      draft: null,
      blockedReason: '2 check-ins since your interview on 11 Nov went unanswered; stop and wait for a reply',
    });
    // Meeting in person answers everything: the follow-up after the event stays open.
    expect(item.actions.find((action) => action.when === 'AFTER')?.status).toBe('UPCOMING');
  });

  it('keeps every drafted action free of filler', () => {
    const items = plan([friday, event({ id: 'host', startsAt: daysAhead(15) })], [match({ eventId: 'friday' }), companyMatch('host', 'co-notion')]);
    const drafts = items.flatMap((item) => item.actions.flatMap((action) => (action.draft ? [action.draft] : [])));
    expect(drafts.length).toBeGreaterThanOrEqual(3);
    for (const written of drafts) {
      expect(findBannedPhrases(`${written.subject ?? ''} ${written.body}`)).toEqual([]);
      expect(written.sources.length).toBeGreaterThan(0);
    }
  });
});

describe('past windows', () => {
  const lastMonth = { from: at('2024-10-01T00:00:00Z'), to: at('2024-11-01T00:00:00Z') };
  const october = event({ id: 'october', startsAt: at('2024-10-17T16:00:00Z'), attendance: 'GOING' });
  const skipped = event({ id: 'skipped', startsAt: at('2024-10-01T16:00:00Z') });

  it('reviews last month: ranked items with what was done and what was missed', () => {
    const reachedOut = interaction({ id: 'after', occurredAt: at('2024-10-18T09:00:00Z'), awaitingReply: false });
    const items = plan([october, skipped], [match({ eventId: 'october' }), companyMatch('skipped')], {
      window: lastMonth,
      interactions: [...DEMO.interactions, reachedOut],
    });
    expect(items.map((item) => item.event.id)).toEqual(['october', 'skipped']);
    const [reviewed] = items;
    expect(reviewed.actions.map((action) => [action.when, action.status])).toEqual([
      ['BEFORE', 'MISSED'],
      ['AFTER', 'DONE'],
    ]);
    expect(reviewed.actions.every((action) => action.status !== 'DONE' || action.draft === null)).toBe(true);
    const missedFollowUps = items[1].actions.filter((action) => action.when === 'AFTER').map((action) => action.status);
    expect(missedFollowUps).toEqual(['OVERDUE', 'OVERDUE']);
  });
});

describe('an event with a follow-up checklist', () => {
  const lastWeek = { from: daysAgo(10), to: NOW };
  const meetup = event({ id: 'meetup', startsAt: daysAgo(3), attendance: 'GOING' });
  const item: TouchSuggestion = {
    id: 'cl:priya:FOLLOW_UP_EMAIL',
    followUpId: 'cl:priya:FOLLOW_UP_EMAIL',
    contactId: 'priya',
    contactName: 'Priya Raman',
    kind: 'FOLLOW_UP_EMAIL',
    rule: 'MET_AT_EVENT_FOLLOW_UP',
    channel: 'EMAIL',
    dueAt: daysAgo(1),
    latestAt: daysAhead(1),
    overdue: false,
    subject: 'Good to meet you',
    draft: 'Hi Priya,\n\nGood to meet you.\n\nBest,',
    reason: 'Email Priya a follow-up by Thu 21 Nov — you met at “Payments Engineering Meetup Berlin”',
    sources: [{ kind: 'EVENT', id: 'meetup' }],
    remindAt: [],
  };

  it('shows the checklist’s next item as the after-the-event action, not a second one', () => {
    const [planned] = plan([meetup], [match({ eventId: 'meetup' })], {
      window: lastWeek,
      claims: [{ contactId: 'priya', meetingIds: [], next: item, blocked: null, eventId: 'meetup' }],
    });
    const after = planned.actions.filter((action) => action.when === 'AFTER');
    expect(after).toEqual([
      expect.objectContaining({
        id: item.id,
        followUpId: item.id,
        status: 'DUE',
        text: item.reason,
        draft: expect.objectContaining({ body: item.draft, kind: 'MET_AT_EVENT_FOLLOW_UP' }),
      }),
    ]);
  });

  it('says when the checklist for the person is done, and leaves other events’ actions alone', () => {
    const other = event({ id: 'other', startsAt: daysAgo(5), attendance: 'GOING' });
    const items = plan([meetup, other], [match({ eventId: 'meetup' }), match({ eventId: 'other' })], {
      window: lastWeek,
      claims: [{ contactId: 'priya', meetingIds: [], next: null, blocked: null, eventId: 'meetup' }],
    });
    const afterOf = (id: string) => items.find((i) => i.event.id === id)?.actions.filter((action) => action.when === 'AFTER') ?? [];
    expect(afterOf('meetup').map((action) => [action.status, action.followUpId])).toEqual([['DONE', null]]);
    expect(afterOf('other').map((action) => action.id)).toEqual(['other:priya:AFTER:FOLLOW_UP']);
  });
});

describe('scale', () => {
  it('ranks 20,000 events for 500 contacts quickly, detailing only the returned items', () => {
    const contacts = Array.from({ length: 500 }, (_, i) =>
      contact({ id: `c${i}`, name: `Person ${i}`, companyId: `co${i % 200}`, companyName: `Company ${i % 200}` }),
    );
    const events = Array.from({ length: 20_000 }, (_, i) =>
      event({ id: `e${String(i).padStart(5, '0')}`, startsAt: new Date(NOW.getTime() + (i % 720) * HOUR) }),
    );
    const matches = events.flatMap((item, i) =>
      i % 3 === 0 ? [match({ eventId: item.id, contactId: `c${i % 500}`, score: 0.5 + (i % 50) / 100 })] : [companyMatch(item.id, `co${i % 200}`, 'SPONSOR')],
    );
    const started = performance.now();
    const items = plan(events, matches, { contacts: [...contacts, PRIYA, MARCUS, ALEX], limit: 50 });
    const elapsed = performance.now() - started;
    expect(items).toHaveLength(50);
    // A guard against accidental quadratic work, not a benchmark (that is `npm run bench`).
    expect(elapsed).toBeLessThan(10_000);
  });
});
