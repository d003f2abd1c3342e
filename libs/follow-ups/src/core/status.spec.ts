import { at, checklistInput, END, interaction, meeting, PARTITIONING_UPDATE, stored, type Scenario } from './__fixtures__/checklist';
import { checklistItems } from './checklist';
import type { ChecklistItem } from './types';

const itemOf = (scenario: Scenario, key: string): ChecklistItem => {
  const found = checklistItems(checklistInput(scenario)).items.find((candidate) => candidate.key === key);
  if (!found) throw new Error(`no item ${key}`);
  return found;
};
const deck = stored({ key: 'priya:PROMISE:1', kind: 'PROMISE', text: 'send the deck' });

describe('the anti-pestering budget', () => {
  // Friday 11 Dec, 10:00 in Berlin: the LinkedIn note went out and was ticked.
  const note = interaction({ id: 'note', kind: 'LINKEDIN_CONNECT', occurredAt: at('2026-12-11T09:00:00Z') });
  const noted: Scenario = {
    now: at('2026-12-11T10:00:00Z'),
    interactions: [note],
    stored: [deck, stored({ key: 'priya:LINKEDIN_NOTE', kind: 'LINKEDIN_NOTE', status: 'DONE', doneAt: note.occurredAt })],
  };

  it('holds the email back after a LinkedIn note, says why and until when, and keeps its draft', () => {
    const email = itemOf(noted, 'priya:FOLLOW_UP_EMAIL');
    expect(email.status).toBe('OPEN');
    expect(email.blockedBy).toBe('BUDGET_WINDOW');
    expect(email.blockedReason).toBe('1 unanswered touch in the last 7 days (LinkedIn note on 11 Dec); wait for a reply or until 18 Dec');
    expect(email.availableAt).toEqual(at('2026-12-17T23:00:00Z'));
    expect(email.draft).toContain('Good to meet you at “Rust Berlin”');
    expect(email.sources).toContainEqual({ kind: 'INTERACTION', id: 'note' });
  });

  it('lets the coffee invitation through a week after the note, and never holds a promise back', () => {
    const coffee = itemOf(noted, 'priya:COFFEE_INVITE');
    expect(coffee.dueAt).toEqual(at('2026-12-18T09:00:00Z'));
    expect(coffee.blockedBy).toBeNull();
    expect(itemOf(noted, 'priya:PROMISE:1').blockedBy).toBeNull();
  });

  it('stops everything that awaits a reply after three unanswered touches, but not the promise', () => {
    const touches = [
      interaction({ id: 'ix-note', kind: 'LINKEDIN_CONNECT', occurredAt: at('2026-12-10T19:00:00Z') }),
      interaction({ id: 'ix-email', occurredAt: at('2026-12-10T19:30:00Z') }),
      interaction({ id: 'ix-coffee', kind: 'COFFEE', occurredAt: at('2026-12-10T20:00:00Z') }),
    ];
    const scenario: Scenario = { now: at('2026-12-10T21:00:00Z'), interactions: touches, stored: [deck] };
    for (const key of ['priya:LINKEDIN_NOTE', 'priya:FOLLOW_UP_EMAIL', 'priya:COFFEE_INVITE']) {
      expect(itemOf(scenario, key)).toMatchObject({ status: 'OPEN', blockedBy: 'BUDGET_TOTAL', availableAt: null });
    }
    expect(itemOf(scenario, 'priya:FOLLOW_UP_EMAIL').blockedReason).toBe(
      '3 unanswered touches already (LinkedIn note on 10 Dec, email on 10 Dec, coffee invitation on 10 Dec); wait for a reply',
    );
    expect(itemOf(scenario, 'priya:PROMISE:1')).toMatchObject({ status: 'OPEN', blockedBy: null, blockedReason: null });
  });

  it('counts the meeting as the answer to touches before it', () => {
    const earlier = ['2026-11-01', '2026-11-10', '2026-11-20'].map((day, i) => interaction({ id: `old-${i}`, occurredAt: at(`${day}T09:00:00Z`) }));
    expect(itemOf({ interactions: earlier }, 'priya:FOLLOW_UP_EMAIL').blockedBy).toBeNull();
  });
});

describe('re-timing from the latest touch', () => {
  it('moves the coffee invitation and the project update when the follow-up email is sent', () => {
    const before: Scenario = { now: at('2026-12-14T09:00:00Z'), projectUpdates: [PARTITIONING_UPDATE] };
    expect(itemOf(before, 'priya:COFFEE_INVITE').dueAt).toEqual(at('2026-12-17T18:00:00Z'));
    expect(itemOf(before, 'priya:PROJECT_UPDATE').dueAt).toEqual(at('2027-01-09T18:00:00Z'));

    const sent = interaction({ id: 'followed-up', occurredAt: at('2026-12-14T08:00:00Z') });
    const after: Scenario = {
      ...before,
      interactions: [sent],
      stored: [
        stored({ key: 'priya:LINKEDIN_NOTE', kind: 'LINKEDIN_NOTE', status: 'SKIPPED' }),
        stored({ key: 'priya:FOLLOW_UP_EMAIL', kind: 'FOLLOW_UP_EMAIL', status: 'DONE', doneAt: sent.occurredAt }),
      ],
    };
    const coffee = itemOf(after, 'priya:COFFEE_INVITE');
    expect(coffee.dueAt).toEqual(at('2026-12-21T08:00:00Z'));
    expect(coffee.text).toBe('If Priya has not replied by Mon 21 Dec, suggest a coffee — you met at “Rust Berlin”');
    expect(coffee.blockedBy).toBeNull();
    expect(itemOf(after, 'priya:PROJECT_UPDATE').dueAt).toEqual(at('2027-01-13T08:00:00Z'));
  });
});

describe('replies', () => {
  it('close the coffee invitation but not the promise', () => {
    const reply = interaction({ id: 'reply', direction: 'INBOUND', awaitingReply: false, occurredAt: at('2026-12-12T09:00:00Z') });
    const scenario: Scenario = { now: at('2026-12-12T12:00:00Z'), interactions: [reply], stored: [deck] };
    const coffee = itemOf(scenario, 'priya:COFFEE_INVITE');
    expect(coffee).toMatchObject({ status: 'DONE', closedReason: 'Priya replied on 12 Dec: no invitation needed', doneAt: reply.occurredAt, draft: null });
    expect(coffee.sources).toContainEqual({ kind: 'INTERACTION', id: 'reply' });
    expect(itemOf(scenario, 'priya:PROMISE:1')).toMatchObject({ status: 'OPEN', closedReason: null });
    expect(itemOf(scenario, 'priya:PROMISE:1').draft).toContain('As promised, I am sharing the deck.');
  });

  it('count a call, but not the meeting itself', () => {
    const call = interaction({ id: 'call', kind: 'CALL', direction: 'OUTBOUND', awaitingReply: false, occurredAt: at('2026-12-15T16:00:00Z') });
    expect(itemOf({ now: at('2026-12-16T09:00:00Z'), interactions: [call] }, 'priya:COFFEE_INVITE').closedReason).toBe(
      'You spoke with Priya on 15 Dec: no invitation needed',
    );
    // Logged a little after the time the user gave for the meeting: still the meeting, not a reply.
    const logged = { ...meeting('priya'), logged: { ...meeting('priya').logged, occurredAt: new Date(END.getTime() + 60_000) } };
    expect(itemOf({ met: [logged] }, 'priya:COFFEE_INVITE').status).toBe('OPEN');
  });

  it('do not undo what the user decided', () => {
    const reply = interaction({ id: 'reply', direction: 'INBOUND', awaitingReply: false, occurredAt: at('2026-12-12T09:00:00Z') });
    const skipped = stored({ key: 'priya:COFFEE_INVITE', kind: 'COFFEE_INVITE', status: 'SKIPPED', skipReason: 'Not my team' });
    expect(itemOf({ now: at('2026-12-12T12:00:00Z'), interactions: [reply], stored: [skipped] }, 'priya:COFFEE_INVITE')).toMatchObject({
      status: 'SKIPPED',
      skipReason: 'Not my team',
      closedReason: null,
    });
  });
});

describe('snoozing', () => {
  const until = at('2026-12-13T09:00:00Z');
  const snoozed = stored({ key: 'priya:LINKEDIN_NOTE', kind: 'LINKEDIN_NOTE', status: 'SNOOZED', snoozedUntil: until });

  it('holds an item until the snooze ends', () => {
    const note = itemOf({ stored: [snoozed] }, 'priya:LINKEDIN_NOTE');
    expect(note).toMatchObject({ status: 'SNOOZED', dueAt: until, snoozedUntil: until, overdue: false });
    expect(note.draft).not.toBeNull();
  });

  it('re-times it when the snooze has ended: due then, the passed deadline dropped', () => {
    const note = itemOf({ stored: [snoozed], now: at('2026-12-13T10:00:00Z') }, 'priya:LINKEDIN_NOTE');
    expect(note).toMatchObject({ status: 'OPEN', dueAt: until, latestAt: null, snoozedUntil: null, overdue: false });
    expect(itemOf({ stored: [snoozed], now: at('2026-12-14T10:00:00Z') }, 'priya:LINKEDIN_NOTE').overdue).toBe(true);
  });
});

describe('stale items', () => {
  it('turn stale 14 days past their last moment, stay listed, and suggest another channel', () => {
    // The note's last moment is Fri 11 Dec, 19:00.
    expect(itemOf({ now: at('2026-12-25T17:00:00Z') }, 'priya:LINKEDIN_NOTE')).toMatchObject({ status: 'OPEN', overdue: true, staleSuggestion: null });
    expect(itemOf({ now: at('2026-12-25T19:00:00Z') }, 'priya:LINKEDIN_NOTE')).toMatchObject({
      status: 'STALE',
      overdue: true,
      staleSuggestion: 'No answer on LinkedIn: try an email to Priya instead',
    });
    // The email's last moment is Mon 14 Dec; Priya is not connected on LinkedIn.
    expect(itemOf({ now: at('2026-12-29T09:00:00Z') }, 'priya:FOLLOW_UP_EMAIL')).toMatchObject({
      status: 'STALE',
      staleSuggestion: 'No answer by email: try a LinkedIn note to Priya instead',
    });
  });

  it('suggest letting it go when there is no other channel', () => {
    const alex: Scenario = { met: [meeting('alex')], now: at('2026-12-29T09:00:00Z') };
    expect(itemOf(alex, 'alex:FOLLOW_UP_EMAIL').staleSuggestion).toBe(
      'Let it go: it has been a while since “Rust Berlin” on 10 Dec; a later event is a better moment to reconnect',
    );
    const sent = interaction({ id: 'sent', contactId: 'alex', occurredAt: at('2026-12-11T09:00:00Z') });
    const coffee = itemOf(
      {
        ...alex,
        now: at('2027-01-05T09:00:00Z'),
        interactions: [sent],
        stored: [stored({ key: 'alex:FOLLOW_UP_EMAIL', kind: 'FOLLOW_UP_EMAIL', status: 'DONE', doneAt: sent.occurredAt })],
      },
      'alex:COFFEE_INVITE',
    );
    expect(coffee.status).toBe('STALE');
    expect(coffee.staleSuggestion).toBe('Let it go: Alex has not answered since your email on 11 Dec; a later event is a better moment to reconnect');
  });

  it('suggest keeping a promise late rather than dropping it', () => {
    expect(itemOf({ now: at('2027-01-05T09:00:00Z'), stored: [deck] }, 'priya:PROMISE:1')).toMatchObject({
      status: 'STALE',
      staleSuggestion: 'A promise kept late still counts: keep it now, or skip it if it no longer applies',
    });
  });
});
