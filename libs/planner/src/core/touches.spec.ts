import {
  ALEX,
  DEMO,
  MARCUS,
  NOW,
  PARTITIONING_UPDATE,
  PRIYA,
  ZONE,
  contact,
  daysAgo,
  daysAhead,
  event,
  interaction,
  interview,
  match,
} from './__fixtures__/workspace';
import { findBannedPhrases } from './drafts';
import { DEFAULT_CADENCE_RULES, mergeCadenceRules, type CadenceRulesPatch } from './rules';
import { countWords } from './text';
import { planTouches, type BlockedTouch, type TouchClaim, type TouchInput, type TouchSuggestion } from './touches';

const HOUR = 3_600_000;
const DAY = 86_400_000;
const at = (iso: string) => new Date(iso);

function run(overrides: Partial<TouchInput> & { patch?: CadenceRulesPatch } = {}) {
  const { patch, ...rest } = overrides;
  return planTouches({
    now: NOW,
    timeZone: ZONE,
    linkedinPremium: false,
    rules: patch ? mergeCadenceRules(DEFAULT_CADENCE_RULES, patch) : DEFAULT_CADENCE_RULES,
    contacts: [PRIYA],
    interviews: [],
    interactions: [],
    projectUpdates: [],
    ...rest,
  });
}

const only = (plan: ReturnType<typeof run>, contactId = 'priya') => {
  const touch = plan.touches.find((candidate) => candidate.contactId === contactId);
  if (!touch) throw new Error(`no touch for ${contactId}: ${JSON.stringify(plan.blocked)}`);
  return touch;
};

describe('thank-you after an interview', () => {
  const justNow = interview({ id: 'iv', occurredAt: new Date(NOW.getTime() - 2 * HOUR), contactIds: ['priya', 'marcus'] });

  it('is due within 24 hours, one per interviewer', () => {
    const plan = run({ contacts: [PRIYA, MARCUS], interviews: [justNow] });
    expect(plan.touches.map((touch) => [touch.contactId, touch.rule, touch.kind])).toEqual([
      ['marcus', 'THANK_YOU', 'LINKEDIN_CONNECT'],
      ['priya', 'THANK_YOU', 'FOLLOW_UP_EMAIL'],
    ]);
    const priya = only(plan);
    expect(priya.dueAt).toEqual(new Date(justNow.occurredAt.getTime() + 24 * HOUR));
    expect(priya.latestAt).toEqual(priya.dueAt);
    expect(priya.overdue).toBe(false);
    expect(priya.reason).toBe('Interview on 20 Nov: thank Priya within 24 hours');
    expect(priya.subject).toBe('Thank you: Onsite: system design and hiring manager chat on 20 Nov');
    expect(priya.draft).toContain('I enjoyed our conversation about idempotency keys in payment APIs and ledger consistency.');
    expect(priya.sources).toContainEqual({ kind: 'INTERVIEW', id: 'iv' });
  });

  it('is sent once: after it is logged the next touch is the check-in', () => {
    const thanks = interaction({ id: 'thanks', occurredAt: new Date(NOW.getTime() - HOUR) });
    const plan = run({ contacts: [PRIYA, MARCUS], interviews: [justNow], interactions: [thanks] });
    expect(only(plan).rule).toBe('INTERVIEW_CHECK_IN');
    // Wed 20 Nov + 5 business days = Wed 27 Nov, same time.
    expect(only(plan).dueAt).toEqual(new Date(justNow.occurredAt.getTime() + 7 * DAY));
    expect(only(plan, 'marcus').rule).toBe('THANK_YOU');
  });

  it('is flagged late after 24 hours', () => {
    const yesterday = interview({ id: 'iv', occurredAt: new Date(NOW.getTime() - 30 * HOUR) });
    const touch = only(run({ interviews: [yesterday] }));
    expect(touch.overdue).toBe(true);
    expect(touch.reason).toContain('is late');
  });

  it('ignores an interview that has not happened yet', () => {
    const tomorrow = interview({ id: 'iv', occurredAt: daysAhead(1) });
    expect(only(run({ interviews: [tomorrow] })).rule).toBe('FIRST_CONNECT');
  });
});

describe('silence after an interview', () => {
  // Friday 8 Nov, 15:00 Berlin; thank-you the same evening.
  const friday = interview({ id: 'iv', occurredAt: at('2024-11-08T14:00:00Z') });
  const thanks = interaction({ id: 'thanks', occurredAt: at('2024-11-08T18:00:00Z') });

  it('checks in after 5 business days, skipping the weekend', () => {
    const touch = only(run({ interviews: [friday], interactions: [thanks] }));
    expect(touch.rule).toBe('INTERVIEW_CHECK_IN');
    expect(touch.kind).toBe('FOLLOW_UP_EMAIL');
    expect(touch.dueAt).toEqual(at('2024-11-15T14:00:00Z'));
    expect(touch.overdue).toBe(true);
    expect(touch.reason).toBe('5 business days since your interview on 8 Nov without a reply');
    expect(touch.sources).toEqual(
      expect.arrayContaining([
        { kind: 'INTERVIEW', id: 'iv' },
        { kind: 'INTERACTION', id: 'thanks' },
      ]),
    );
  });

  it('counts calendar days when the user turns business days off', () => {
    const touch = only(run({ interviews: [friday], interactions: [thanks], patch: { interviewSilence: { firstCheckInBusinessDays: false } } }));
    expect(touch.dueAt).toEqual(at('2024-11-13T14:00:00Z'));
    expect(touch.reason).toBe('5 days since your interview on 8 Nov without a reply');
  });

  it('checks in again 10–14 days after the first check-in, and says it is the last', () => {
    const checkIn = interaction({ id: 'check-1', occurredAt: at('2024-11-15T15:00:00Z') });
    const touch = only(run({ interviews: [friday], interactions: [thanks, checkIn] }));
    expect(touch.rule).toBe('INTERVIEW_CHECK_IN');
    expect(touch.dueAt).toEqual(at('2024-11-25T15:00:00Z'));
    expect(touch.latestAt).toEqual(at('2024-11-29T15:00:00Z'));
    expect(touch.overdue).toBe(false);
    expect(touch.reason).toBe('No reply to your check-in on 15 Nov: check in again 10–14 days after it (the last one before stopping)');
    expect(touch.draft).toContain('I wrote on 15 Nov after our interview on 8 Nov');
  });

  it('stops after 2 unanswered check-ins and says why', () => {
    const october = interview({ id: 'iv', occurredAt: at('2024-10-21T10:00:00Z') });
    const touches = [
      interaction({ id: 'thanks', occurredAt: at('2024-10-21T16:00:00Z') }),
      interaction({ id: 'check-1', occurredAt: at('2024-10-28T10:00:00Z') }),
      interaction({ id: 'check-2', occurredAt: at('2024-11-08T10:00:00Z') }),
    ];
    const plan = run({ interviews: [october], interactions: touches });
    expect(plan.touches).toEqual([]);
    expect(plan.blocked).toEqual([
      expect.objectContaining({
        contactId: 'priya',
        rule: 'INTERVIEW_CHECK_IN',
        blockedBy: 'STOP_RULE',
        reason: '2 check-ins since your interview on 21 Oct went unanswered; stop and wait for a reply',
        availableAt: null,
      }),
    ]);
  });

  it('ends with a reply: the keep-in-touch clock runs from the reply', () => {
    const reply = interaction({ id: 'reply', occurredAt: at('2024-11-12T09:00:00Z'), direction: 'INBOUND', awaitingReply: false });
    const touch = only(run({ interviews: [friday], interactions: [thanks, reply] }));
    expect(touch.rule).toBe('KEEP_IN_TOUCH');
    expect(touch.dueAt).toEqual(at('2024-12-12T09:00:00Z'));
  });

  it('sends a promised update as soon as it exists, and the check-in carries it', () => {
    const touch = only(run({ interviews: [friday], interactions: [thanks], projectUpdates: [PARTITIONING_UPDATE] }));
    expect(touch.rule).toBe('PROMISED_UPDATE');
    expect(touch.kind).toBe('PROJECT_UPDATE');
    expect(touch.subject).toBe('As promised: Zero-downtime table partitioning write-up');
    expect(touch.draft).toContain('I am sharing the write-up on our zero-downtime partition migration');
    expect(touch.sources).toEqual(
      expect.arrayContaining([
        { kind: 'PROJECT_UPDATE', id: 'pu-partitioning' },
        { kind: 'INTERVIEW', id: 'iv' },
      ]),
    );
  });

  it('does not share the same update twice', () => {
    const shared = interaction({
      id: 'shared',
      kind: 'PROJECT_UPDATE',
      occurredAt: at('2024-11-18T10:00:00Z'),
      notes: 'Sent https://example.com/blog/zero-downtime-partitioning',
    });
    const touch = only(run({ interviews: [friday], interactions: [thanks, shared], projectUpdates: [PARTITIONING_UPDATE] }));
    expect(touch.rule).toBe('INTERVIEW_CHECK_IN');
    expect(touch.draft).not.toContain('zero-downtime-partitioning');
  });
});

describe('met at an event', () => {
  const connected = contact({ id: 'priya', linkedinConnected: true });
  const fridayEvening = at('2024-11-15T17:00:00Z');
  const met = interaction({ id: 'met', kind: 'MET_AT_EVENT', occurredAt: fridayEvening, awaitingReply: false });
  const saturday = at('2024-11-16T10:00:00Z');
  const meetup = event({ id: 'ev', startsAt: fridayEvening });

  it('follows up within 1–2 business days: a Friday meeting lands on Monday/Tuesday', () => {
    const touch = only(run({ now: saturday, contacts: [connected], interactions: [met], events: [meetup], matches: [match({ eventId: 'ev' })] }));
    expect(touch.rule).toBe('MET_AT_EVENT_FOLLOW_UP');
    expect(touch.kind).toBe('FOLLOW_UP_EMAIL');
    expect(touch.dueAt).toEqual(at('2024-11-18T17:00:00Z'));
    expect(touch.latestAt).toEqual(at('2024-11-19T17:00:00Z'));
    expect(touch.reason).toBe('You met Priya at “Payments Engineering Meetup Berlin” on Fri 15 Nov: follow up by Tue 19 Nov (within 1–2 business days)');
    expect(touch.draft).toContain('Good to meet you at “Payments Engineering Meetup Berlin” on Fri 15 Nov.');
    expect(touch.sources).toEqual(
      expect.arrayContaining([
        { kind: 'INTERACTION', id: 'met' },
        { kind: 'EVENT', id: 'ev' },
      ]),
    );
  });

  it('asks for a LinkedIn note within 24 hours when not connected', () => {
    const touch = only(run({ now: saturday, interactions: [met] }));
    expect(touch.kind).toBe('LINKEDIN_CONNECT');
    expect(touch.channel).toBe('LINKEDIN_NOTE');
    expect(touch.dueAt).toEqual(new Date(fridayEvening.getTime() + 24 * HOUR));
    expect(touch.draft.length).toBeLessThanOrEqual(200);
    expect(touch.draft).toBe('Hi Priya, good to meet you on Fri 15 Nov. I would like to stay in touch.');
  });

  it('allows one reminder a week later, then stops', () => {
    const followUp = interaction({ id: 'follow-up', occurredAt: at('2024-11-18T09:00:00Z') });
    const reminder = only(run({ now: NOW, contacts: [connected], interactions: [met, followUp] }));
    expect(reminder.rule).toBe('MET_AT_EVENT_REMINDER');
    expect(reminder.dueAt).toEqual(at('2024-11-25T09:00:00Z'));

    const sent = interaction({ id: 'reminder', occurredAt: at('2024-11-25T09:00:00Z') });
    const later = run({ now: at('2024-11-27T10:00:00Z'), contacts: [connected], interactions: [met, followUp, sent] });
    expect(later.touches).toEqual([]);
    expect(later.blocked[0]).toMatchObject({ blockedBy: 'STOP_RULE', rule: 'MET_AT_EVENT_REMINDER' });
    expect(later.blocked[0].reason).toBe('Your follow-up after meeting Priya on 15 Nov and 1 reminder went unanswered; wait for a reply');
  });

  it('lets the meeting answer older unanswered touches', () => {
    const old = [25, 18, 11].map((days, i) => interaction({ id: `old-${i}`, occurredAt: daysAgo(days, saturday) }));
    const touch = only(run({ now: saturday, contacts: [connected], interactions: [...old, met] }));
    expect(touch.rule).toBe('MET_AT_EVENT_FOLLOW_UP');
  });
});

describe('touches the post-event checklist keeps (claims)', () => {
  const fridayEvening = at('2024-11-15T17:00:00Z');
  const saturday = at('2024-11-16T10:00:00Z');
  const met = interaction({ id: 'met', kind: 'MET_AT_EVENT', occurredAt: fridayEvening, awaitingReply: false });
  const item = (overrides: Partial<TouchSuggestion>): TouchSuggestion => ({
    id: 'cl:priya:FOLLOW_UP_EMAIL',
    followUpId: 'cl:priya:FOLLOW_UP_EMAIL',
    contactId: 'priya',
    contactName: 'Priya Raman',
    kind: 'FOLLOW_UP_EMAIL',
    rule: 'MET_AT_EVENT_FOLLOW_UP',
    channel: 'EMAIL',
    dueAt: at('2024-11-18T17:00:00Z'),
    latestAt: at('2024-11-19T17:00:00Z'),
    overdue: false,
    subject: 'Good to meet you',
    draft: 'Hi Priya, …',
    reason: 'Email Priya a follow-up by Tue 19 Nov',
    sources: [{ kind: 'INTERACTION', id: 'met' }],
    remindAt: [],
    ...overrides,
  });
  const claim = (overrides: Partial<TouchClaim> = {}): TouchClaim => ({ contactId: 'priya', meetingIds: ['met'], next: item({}), blocked: null, ...overrides });

  it('lists the checklist item in place of the planner’s own follow-up for the same meeting, once', () => {
    const own = run({ now: saturday, interactions: [met] });
    expect(own.touches.map((touch) => touch.rule)).toEqual(['MET_AT_EVENT_FOLLOW_UP']);
    const claimed = run({ now: saturday, interactions: [met], claims: [claim()] });
    expect(claimed.touches).toEqual([item({})]);
    expect(claimed.blocked).toEqual([]);
  });

  it('keeps the planner’s touches for other purposes, and lists the more urgent one', () => {
    const onsite = interview({ id: 'iv', occurredAt: new Date(saturday.getTime() - 2 * HOUR), contactIds: ['priya'] });
    const plan = run({ now: saturday, interactions: [met], interviews: [onsite], claims: [claim()] });
    // The interview came after the meeting: its thank-you (due within 24 h) goes first.
    expect(plan.touches.map((touch) => [touch.rule, touch.followUpId ?? null])).toEqual([['THANK_YOU', null]]);
  });

  it('does not start the meeting’s sequence again once its checklist is all done: keeping in touch comes next', () => {
    const plan = run({ now: saturday, interactions: [met], claims: [claim({ next: null })] });
    expect(plan.touches.map((touch) => [touch.rule, touch.dueAt])).toEqual([['KEEP_IN_TOUCH', new Date(fridayEvening.getTime() + 30 * DAY)]]);
    expect(plan.blocked).toEqual([]);
  });

  it('shows the checklist’s blocked item when it has nothing to suggest', () => {
    const blocked: BlockedTouch = {
      id: 'cl:priya:FOLLOW_UP_EMAIL',
      contactId: 'priya',
      contactName: 'Priya Raman',
      kind: 'FOLLOW_UP_EMAIL',
      rule: 'MET_AT_EVENT_FOLLOW_UP',
      blockedBy: 'BUDGET_WINDOW',
      reason: '1 unanswered touch in the last 7 days; wait for a reply or until 22 Nov',
      wouldBeDueAt: at('2024-11-18T17:00:00Z'),
      availableAt: at('2024-11-21T23:00:00Z'),
      sources: [],
    };
    const plan = run({ now: saturday, interactions: [met], claims: [claim({ next: null, blocked })] });
    expect(plan.touches).toEqual([]);
    expect(plan.blocked).toEqual([blocked]);
  });

  it('holds back keeping in touch while the checklist has items open, and resumes it after', () => {
    const oldTouch = interaction({ id: 'old', kind: 'EMAIL', occurredAt: daysAgo(45, saturday), awaitingReply: false });
    const open = run({
      now: saturday,
      contacts: [contact({ id: 'priya', linkedinConnected: true })],
      interactions: [oldTouch],
      claims: [claim({ meetingIds: [] })],
    });
    expect(open.touches.map((touch) => touch.rule)).toEqual(['MET_AT_EVENT_FOLLOW_UP']);
    const done = run({
      now: saturday,
      contacts: [contact({ id: 'priya', linkedinConnected: true })],
      interactions: [oldTouch],
      claims: [claim({ meetingIds: [], next: null })],
    });
    expect(done.touches.map((touch) => touch.rule)).toEqual(['KEEP_IN_TOUCH']);
  });
});

describe('unanswered coffee invitation', () => {
  const invite = (id: string, iso: string, kind: 'COFFEE' | 'EMAIL' = 'COFFEE') => interaction({ id, kind, occurredAt: at(iso) });

  it('waits about a week before one more message', () => {
    const touch = only(run({ interactions: [invite('c1', '2024-11-11T10:00:00Z')] }));
    expect(touch.rule).toBe('COFFEE_FOLLOW_UP');
    expect(touch.kind).toBe('COFFEE_INVITE');
    expect(touch.dueAt).toEqual(at('2024-11-18T10:00:00Z'));
    expect(touch.reason).toBe('No reply to your coffee invitation on 11 Nov: one more message after 7 days (message 2 of 3 at most)');
    expect(touch.draft).toContain('I wrote on 11 Nov about meeting for a coffee');
  });

  it('sends at most 3 messages, counting follow-ups by email too', () => {
    const two = [invite('c1', '2024-10-28T10:00:00Z'), invite('c2', '2024-11-05T10:00:00Z', 'EMAIL')];
    expect(only(run({ interactions: two })).reason).toContain('message 3 of 3 at most');
    const three = [...two, invite('c3', '2024-11-12T10:00:00Z')];
    const plan = run({ interactions: three });
    expect(plan.touches).toEqual([]);
    expect(plan.blocked[0]).toMatchObject({ blockedBy: 'STOP_RULE', rule: 'COFFEE_FOLLOW_UP', kind: 'COFFEE_INVITE' });
    expect(plan.blocked[0].reason).toBe('3 messages about coffee since 28 Oct went unanswered (3 at most); wait for a reply');
  });
});

describe('keep in touch', () => {
  const reply = (days: number) => interaction({ id: 'reply', occurredAt: daysAgo(days), direction: 'INBOUND', awaitingReply: false });

  it.each([7, 10, 30, 45])('honours "every %i days" exactly', (days) => {
    const touch = only(run({ interactions: [reply(3)], patch: { keepInTouch: { idealDays: days, maxDays: Math.max(days, 60) } } }));
    expect(touch.rule).toBe('KEEP_IN_TOUCH');
    expect(touch.dueAt).toEqual(new Date(daysAgo(3).getTime() + days * DAY));
  });

  it('is due at 30 days and overdue after 60', () => {
    const due = only(run({ interactions: [reply(40)] }));
    expect(due.overdue).toBe(false);
    // 12:00 summer time on 11 Oct; 12:00 winter time on 10 Dec.
    expect(due.dueAt).toEqual(at('2024-11-10T11:00:00Z'));
    expect(due.latestAt).toEqual(at('2024-12-10T11:00:00Z'));
    const overdue = only(run({ interactions: [reply(61)] }));
    expect(overdue.overdue).toBe(true);
    expect(overdue.reason).toBe('Last touch was your email on 20 Sep, more than 60 days ago (60 at most)');
  });

  it('resets the clock with any logged touch: one today means nothing is due for 30 days', () => {
    const today = interaction({ id: 'today', occurredAt: NOW, awaitingReply: false });
    const touch = only(run({ interactions: [reply(40), today] }));
    expect(touch.dueAt).toEqual(new Date(NOW.getTime() + 30 * DAY));
    expect(touch.overdue).toBe(false);
    const inbound = interaction({ id: 'inbound', occurredAt: NOW, direction: 'INBOUND', awaitingReply: false });
    expect(only(run({ interactions: [reply(40), inbound] })).dueAt).toEqual(new Date(NOW.getTime() + 30 * DAY));
  });

  it('keeps the wall-clock time across a DST change', () => {
    const beforeDst = interaction({ id: 'r', occurredAt: at('2024-10-20T10:00:00Z'), direction: 'INBOUND', awaitingReply: false });
    const touch = only(run({ now: at('2024-10-21T10:00:00Z'), interactions: [beforeDst], patch: { keepInTouch: { idealDays: 10 } } }));
    // 12:00 CEST on 20 Oct; 12:00 CET on 30 Oct is an hour later in UTC.
    expect(touch.dueAt).toEqual(at('2024-10-30T11:00:00Z'));
  });

  it('picks the move: an update to share, else LinkedIn, else coffee, else a follow-up', () => {
    const interests = contact({ id: 'priya', linkedinConnected: true });
    expect(only(run({ contacts: [interests], interactions: [reply(3)], projectUpdates: [PARTITIONING_UPDATE] })).kind).toBe('PROJECT_UPDATE');
    expect(only(run({ interactions: [reply(3)] })).kind).toBe('LINKEDIN_CONNECT');
    expect(only(run({ contacts: [interests], interactions: [reply(3)] })).kind).toBe('COFFEE_INVITE');
    const coffee = interaction({ id: 'coffee', kind: 'COFFEE', occurredAt: daysAgo(3), awaitingReply: false });
    expect(only(run({ contacts: [interests], interactions: [coffee] })).kind).toBe('FOLLOW_UP_EMAIL');
  });

  it('suggests connecting first when nothing is logged, and nothing for a connected stranger', () => {
    const touch = only(run());
    expect(touch).toMatchObject({ rule: 'FIRST_CONNECT', kind: 'LINKEDIN_CONNECT', dueAt: NOW });
    expect(touch.draft).toBe('Hi Priya, I am keen to learn how the team at Stripe approaches distributed systems. I would like to stay in touch.');
    expect(run({ contacts: [ALEX] }).touches).toEqual([]);
    const companyOnly = only(run({ contacts: [contact({ id: 'priya', interests: [] })] }));
    expect(companyOnly.draft).toBe('Hi Priya, I am keen to learn more about the engineering team at Stripe. I would like to stay in touch.');
    expect(companyOnly.sources).toEqual([{ kind: 'COMPANY', id: 'co-stripe' }]);
    // Nothing to recall, nothing to say.
    expect(run({ contacts: [contact({ id: 'priya', interests: [], companyId: null, companyName: null })] }).touches).toEqual([]);
  });

  it('recalls the last touch in a keep-in-touch message', () => {
    const connected = contact({ id: 'priya', linkedinConnected: true, interests: [] });
    const coffee = interaction({ id: 'coffee', kind: 'COFFEE', occurredAt: daysAgo(40), awaitingReply: false });
    const sent = interaction({ id: 'sent', occurredAt: daysAgo(35), awaitingReply: false });
    const touch = only(run({ contacts: [connected], interactions: [coffee, sent] }));
    expect(touch.kind).toBe('FOLLOW_UP_EMAIL');
    expect(touch.draft).toContain('A short follow-up to my email on 16 Oct.');
    expect(touch.sources).toContainEqual({ kind: 'INTERACTION', id: 'sent' });
  });
});

describe('sign-off', () => {
  const connected = contact({ id: 'priya', linkedinConnected: true });
  const reply = interaction({ id: 'reply', occurredAt: daysAgo(40), direction: 'INBOUND', awaitingReply: false });

  it('ends a message with the user\'s name when they gave one, and with a bare "Best," otherwise', () => {
    const signed = only(run({ contacts: [connected], interactions: [reply], senderName: '  Jamie Doe ' }));
    expect(signed.channel).not.toBe('LINKEDIN_NOTE');
    expect(signed.draft).toMatch(/\n\nBest,\nJamie Doe$/);
    for (const senderName of [null, undefined, '  ']) {
      const unsigned = only(run({ contacts: [connected], interactions: [reply], senderName }));
      expect(unsigned.draft).toMatch(/\n\nBest,$/);
      expect(unsigned.draft).toBe(signed.draft.replace(/\nJamie Doe$/, ''));
    }
  });
});

describe('anti-pestering budget in next touches', () => {
  it('holds back a due check-in while a touch from this week is unanswered', () => {
    // The thank-you went out late, on Friday; the check-in fell due on Monday.
    const monday = interview({ id: 'iv', occurredAt: at('2024-11-11T10:00:00Z') });
    const lateThanks = interaction({ id: 'thanks', kind: 'LINKEDIN_CONNECT', occurredAt: at('2024-11-15T10:00:00Z') });
    const plan = run({ interviews: [monday], interactions: [lateThanks] });
    expect(plan.touches).toEqual([]);
    expect(plan.blocked).toEqual([
      expect.objectContaining({
        rule: 'INTERVIEW_CHECK_IN',
        blockedBy: 'BUDGET_WINDOW',
        reason: '1 unanswered touch in the last 7 days (LinkedIn note on 15 Nov); wait for a reply or until 22 Nov',
        wouldBeDueAt: at('2024-11-18T10:00:00Z'),
        availableAt: at('2024-11-21T23:00:00Z'),
      }),
    ]);
    expect(plan.blocked[0].sources).toContainEqual({ kind: 'INTERACTION', id: 'thanks' });
    // Once the week has passed the same check-in is suggested.
    expect(only(run({ now: at('2024-11-22T08:00:00Z'), interviews: [monday], interactions: [lateThanks] })).rule).toBe('INTERVIEW_CHECK_IN');
  });

  it('holds back an event heads-up that would follow a fresh unanswered touch', () => {
    const reply = interaction({ id: 'reply', occurredAt: daysAgo(20), direction: 'INBOUND', awaitingReply: false });
    const sent = interaction({ id: 'sent', occurredAt: daysAgo(2) });
    // The heads-up falls due in 3 days, 5 days after the unanswered email.
    const talk = event({ id: 'talk', startsAt: daysAhead(10) });
    const plan = run({ interactions: [reply, sent], events: [talk], matches: [match({ eventId: 'talk' })] });
    expect(plan.touches).toEqual([]);
    expect(plan.blocked[0]).toMatchObject({ rule: 'EVENT_INTRODUCTION', blockedBy: 'BUDGET_WINDOW', wouldBeDueAt: daysAhead(3) });
    expect(plan.blocked[0].reason).toBe('1 unanswered touch in the last 7 days (email on 18 Nov); wait for a reply or until 25 Nov');
  });

  it('holds back any touch once 3 are unanswered', () => {
    const reply = interaction({ id: 'reply', occurredAt: daysAgo(70), direction: 'INBOUND', awaitingReply: false });
    const unanswered = [50, 35, 20].map((days, i) => interaction({ id: `u${i}`, occurredAt: daysAgo(days) }));
    const plan = run({ contacts: [ALEX], interactions: [reply, ...unanswered].map((touch) => ({ ...touch, contactId: 'alex' })) });
    expect(plan.touches).toEqual([]);
    expect(plan.blocked[0]).toMatchObject({ contactId: 'alex', rule: 'KEEP_IN_TOUCH', blockedBy: 'BUDGET_TOTAL', availableAt: null });
    expect(plan.blocked[0].reason).toBe('3 unanswered touches already (email on 1 Oct, email on 16 Oct, email on 31 Oct); wait for a reply');
  });

  it('evaluates a future touch at its due date: by then the week has passed', () => {
    const reply = interaction({ id: 'reply', occurredAt: daysAgo(25), direction: 'INBOUND', awaitingReply: false });
    const sent = interaction({ id: 'sent', occurredAt: daysAgo(2) });
    const touch = only(run({ contacts: [ALEX], interactions: [reply, sent].map((touch) => ({ ...touch, contactId: 'alex' })) }), 'alex');
    expect(touch.dueAt).toEqual(new Date(daysAgo(2).getTime() + 30 * DAY));
  });
});

describe('event introduction', () => {
  const reply = interaction({ id: 'reply', occurredAt: daysAgo(2), direction: 'INBOUND', awaitingReply: false });
  const talk = event({ id: 'talk', startsAt: at('2024-11-30T17:00:00Z') });

  it('gives a heads-up 7 and 1 days before an event where the contact is on stage', () => {
    const touch = only(run({ interactions: [reply], events: [talk], matches: [match({ eventId: 'talk' })] }));
    expect(touch.rule).toBe('EVENT_INTRODUCTION');
    expect(touch.kind).toBe('EVENT_INTRODUCTION');
    expect(touch.dueAt).toEqual(at('2024-11-23T17:00:00Z'));
    expect(touch.remindAt).toEqual([at('2024-11-23T17:00:00Z'), at('2024-11-29T17:00:00Z')]);
    expect(touch.reason).toBe('Priya is speaking at “Payments Engineering Meetup Berlin” on Sat 30 Nov: say you will be there (heads-up 7 and 1 days before)');
    expect(touch.draft).toContain('I see you are speaking at “Payments Engineering Meetup Berlin” on Sat 30 Nov.');
    expect(touch.sources).toContainEqual({ kind: 'EVENT', id: 'talk' });
  });

  it('skips cancelled and declined events and mere mentions', () => {
    const skip = (overrides: Parameters<typeof event>[0], role: 'SPEAKER' | 'MENTION' = 'SPEAKER') =>
      only(run({ interactions: [reply], events: [event(overrides)], matches: [match({ eventId: overrides.id, role })] })).rule;
    expect(skip({ id: 'x', startsAt: talk.startsAt, status: 'CANCELLED' })).toBe('KEEP_IN_TOUCH');
    expect(skip({ id: 'x', startsAt: talk.startsAt, attendance: 'NOT_GOING' })).toBe('KEEP_IN_TOUCH');
    expect(skip({ id: 'x', startsAt: talk.startsAt }, 'MENTION')).toBe('KEEP_IN_TOUCH');
    expect(skip({ id: 'x', startsAt: talk.startsAt, attendance: 'GOING' }, 'MENTION')).toBe('EVENT_INTRODUCTION');
  });
});

describe('every suggestion', () => {
  const workspace = () => {
    const events = [event({ id: 'talk', startsAt: daysAhead(9) }), event({ id: 'host', startsAt: daysAhead(12), attendance: 'GOING' })];
    const matches = [match({ eventId: 'talk' }), match({ eventId: 'host', kind: 'COMPANY', role: 'HOST', contactId: null, companyId: 'co-notion' })];
    return { ...DEMO, events, matches };
  };

  it.each([false, true])('respects channel limits and carries sources (premium: %s)', (linkedinPremium) => {
    const plan = run({ ...workspace(), linkedinPremium });
    expect(plan.touches.length).toBeGreaterThanOrEqual(4);
    for (const touch of plan.touches) {
      expect(touch.sources.length).toBeGreaterThan(0);
      expect(touch.draft.trim()).not.toBe('');
      expect(findBannedPhrases(touch.draft)).toEqual([]);
      if (touch.channel === 'LINKEDIN_NOTE') expect(touch.draft.length).toBeLessThanOrEqual(linkedinPremium ? 300 : 200);
      else expect(countWords(touch.draft)).toBeLessThanOrEqual(150);
      if (touch.channel === 'EMAIL') expect(touch.subject).toBeTruthy();
    }
  });

  it('never suggests sending anything on its own', () => {
    const plan = run(workspace());
    const texts = [...plan.touches.flatMap((touch) => [touch.reason, touch.draft]), ...plan.blocked.map((touch) => touch.reason)];
    for (const text of texts) expect(text).not.toMatch(/automatic|on your behalf|will be sent|we sent|we will send/i);
  });

  it('comes in a stable order: due date, then name; the limit keeps the earliest', () => {
    const input = { ...workspace(), contacts: [...DEMO.contacts].reverse() };
    const plan = run(input);
    const dues = plan.touches.map((touch) => touch.dueAt.getTime());
    expect(dues).toEqual([...dues].sort((a, b) => a - b));
    expect(run(input)).toEqual(plan);
    expect(run({ ...input, limit: 2 }).touches).toEqual(plan.touches.slice(0, 2));
    expect(new Set(plan.touches.map((touch) => touch.contactId)).size).toBe(plan.touches.length);
  });
});
