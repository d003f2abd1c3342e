import { findBannedPhrases } from '@app/planner';
import {
  ALEX,
  at,
  checklistInput,
  contact,
  END,
  event,
  GARDENING_UPDATE,
  HOUR,
  interaction,
  LENA,
  meeting,
  PARTITIONING_UPDATE,
  PRIYA,
  RUST_BERLIN,
  stored,
  type Scenario,
} from './__fixtures__/checklist';
import { checklistItems } from './checklist';
import type { ChecklistItem, ChecklistView } from './types';

const view = (scenario: Scenario = {}) => checklistItems(checklistInput(scenario));
const item = (checklist: ChecklistView, key: string): ChecklistItem => {
  const found = checklist.items.find((candidate) => candidate.key === key);
  if (!found) throw new Error(`no item ${key} in ${checklist.items.map((candidate) => candidate.key).join(', ')}`);
  return found;
};
const keys = (checklist: ChecklistView) => checklist.items.map((candidate) => candidate.key);
const countWords = (text: string) => text.split(/\s+/).filter((word) => /[\p{L}\p{N}]/u.test(word)).length;

/** An event from 17:00 to 19:00 Berlin time on a given date ("2026-12-11"), met at its end. */
function eveningEvent(date: string, offset = '+01:00') {
  const startsAt = new Date(`${date}T17:00:00${offset}`);
  const ended = new Date(startsAt.getTime() + 2 * HOUR);
  return { event: event({ startsAt }), met: [meeting('priya', ended)], now: new Date(ended.getTime() + HOUR) };
}

describe('timing in the user’s zone', () => {
  it('asks for a LinkedIn note within 24 hours and a follow-up within 1–2 business days', () => {
    const checklist = view();
    const note = item(checklist, 'priya:LINKEDIN_NOTE');
    expect(note.dueAt).toEqual(at('2026-12-11T18:00:00Z'));
    expect(note.latestAt).toEqual(note.dueAt);
    expect(note.text).toBe('Send Priya a LinkedIn note by Fri 11 Dec, 19:00 — you met at “Rust Berlin”');
    const email = item(checklist, 'priya:FOLLOW_UP_EMAIL');
    expect(email.dueAt).toEqual(at('2026-12-11T18:00:00Z'));
    // Thursday + 2 business days is Monday.
    expect(email.latestAt).toEqual(at('2026-12-14T18:00:00Z'));
    expect(email.text).toBe('Email Priya a follow-up by Mon 14 Dec, 19:00 — you met at “Rust Berlin”');
    expect(email.overdue).toBe(false);
  });

  it('follows up a Friday event on Monday, by Tuesday at the latest', () => {
    const checklist = view(eveningEvent('2026-12-11'));
    const email = item(checklist, 'priya:FOLLOW_UP_EMAIL');
    expect(email.dueAt).toEqual(at('2026-12-14T18:00:00Z'));
    expect(email.latestAt).toEqual(at('2026-12-15T18:00:00Z'));
    expect(email.text).toBe('Email Priya a follow-up by Tue 15 Dec, 19:00 — you met at “Rust Berlin”');
    // "Within 24 hours" counts hours, weekend or not.
    expect(item(checklist, 'priya:LINKEDIN_NOTE').dueAt).toEqual(at('2026-12-12T18:00:00Z'));
  });

  it('follows up a Saturday event on Monday too', () => {
    const email = item(view(eveningEvent('2026-12-12')), 'priya:FOLLOW_UP_EMAIL');
    expect(email.dueAt).toEqual(at('2026-12-14T18:00:00Z'));
    expect(email.latestAt).toEqual(at('2026-12-15T18:00:00Z'));
  });

  it('keeps the wall-clock time across the end of summer time', () => {
    // Friday 23 Oct 2026, 19:00 CEST; clocks go back on Sunday 25 Oct.
    const checklist = view(eveningEvent('2026-10-23', '+02:00'));
    const email = item(checklist, 'priya:FOLLOW_UP_EMAIL');
    expect(email.dueAt).toEqual(at('2026-10-26T18:00:00Z'));
    expect(email.latestAt).toEqual(at('2026-10-27T18:00:00Z'));
    expect(email.text).toContain('by Tue 27 Oct, 19:00');
    expect(item(checklist, 'priya:LINKEDIN_NOTE').dueAt).toEqual(at('2026-10-24T17:00:00Z'));
    // A week later at the same local time, one hour later in UTC.
    expect(item(checklist, 'priya:COFFEE_INVITE').dueAt).toEqual(at('2026-10-30T18:00:00Z'));
  });

  it('counts business days on the user’s calendar: the same meeting gives different instants in two zones', () => {
    // Friday 23:30 UTC: already Saturday in Berlin, still Friday evening in New York.
    const late = event({ startsAt: at('2026-12-11T21:30:00Z'), endsAt: at('2026-12-11T23:30:00Z') });
    const scenario: Scenario = { event: late, met: [meeting('priya', at('2026-12-11T23:30:00Z'))], now: at('2026-12-12T01:00:00Z') };
    const berlin = view({ ...scenario, zone: 'Europe/Berlin' });
    const newYork = view({ ...scenario, zone: 'America/New_York' });
    expect(item(berlin, 'priya:FOLLOW_UP_EMAIL')).toMatchObject({ dueAt: at('2026-12-13T23:30:00Z'), latestAt: at('2026-12-14T23:30:00Z') });
    expect(item(newYork, 'priya:FOLLOW_UP_EMAIL')).toMatchObject({ dueAt: at('2026-12-14T23:30:00Z'), latestAt: at('2026-12-15T23:30:00Z') });
    expect(item(berlin, 'priya:LINKEDIN_NOTE').text).toContain('by Sun 13 Dec, 00:30');
    expect(item(newYork, 'priya:LINKEDIN_NOTE').text).toContain('by Sat 12 Dec, 18:30');
  });

  it('counts someone only suggested from the event’s end (two hours after the start when it has none)', () => {
    const open = event({ startsAt: at('2026-12-10T16:00:00Z'), endsAt: null });
    const checklist = view({ event: open, met: [], suggested: ['priya'], attendeesRecordedAt: null });
    expect(item(checklist, 'priya:LINKEDIN_NOTE').dueAt).toEqual(at('2026-12-11T18:00:00Z'));
  });
});

describe('which items there are', () => {
  it('asks for a LinkedIn note only when not connected, unless the user acted on it', () => {
    const both = [meeting('priya'), meeting('alex')];
    expect(keys(view({ met: both }))).not.toContain('alex:LINKEDIN_NOTE');
    expect(keys(view({ met: both }))).toContain('priya:LINKEDIN_NOTE');
    const acted = view({ met: both, stored: [stored({ key: 'alex:LINKEDIN_NOTE', kind: 'LINKEDIN_NOTE', status: 'DONE', doneAt: END })] });
    expect(item(acted, 'alex:LINKEDIN_NOTE').status).toBe('DONE');
  });

  it('writes to someone without an email address on LinkedIn', () => {
    const email = item(view({ met: [meeting('lena')] }), 'lena:FOLLOW_UP_EMAIL');
    expect(email.channel).toBe('LINKEDIN_MESSAGE');
    expect(email.subject).toBeNull();
    expect(email.text).toBe('Message Lena on LinkedIn by Mon 14 Dec, 19:00 — you met at “Rust Berlin”');
    expect(email.logs).toEqual({ kind: 'EMAIL', awaitingReply: true });
  });

  it('offers a project update about 30 days later only when one fits', () => {
    const fitting = item(view({ projectUpdates: [PARTITIONING_UPDATE, GARDENING_UPDATE] }), 'priya:PROJECT_UPDATE');
    expect(fitting.dueAt).toEqual(at('2027-01-09T18:00:00Z'));
    expect(fitting.text).toBe(
      "Share “Zero-downtime table partitioning write-up” with Priya from Sat 9 Jan (it touches on Priya's interest in PostgreSQL) — you met at “Rust Berlin”",
    );
    expect(fitting.draft).toContain('“Zero-downtime table partitioning write-up” (https://example.com/blog/zero-downtime-partitioning)');
    expect(fitting.sources).toContainEqual({ kind: 'PROJECT_UPDATE', id: 'pu-partitioning' });
    expect(fitting.logs).toEqual({ kind: 'PROJECT_UPDATE', awaitingReply: true });
    expect(keys(view({ projectUpdates: [GARDENING_UPDATE] }))).not.toContain('priya:PROJECT_UPDATE');
    // Alex cares about CRDTs, not PostgreSQL.
    expect(keys(view({ met: [meeting('alex')], projectUpdates: [PARTITIONING_UPDATE] }))).not.toContain('alex:PROJECT_UPDATE');
    // The event's own theme is a match too.
    const rust = { ...GARDENING_UPDATE, id: 'pu-rust', title: 'A borrow-checker talk', tags: ['Rust'] };
    expect(keys(view({ met: [meeting('alex')], projectUpdates: [rust] }))).toContain('alex:PROJECT_UPDATE');
  });

  it('closes a project update the user acted on once nothing fits any more', () => {
    const shared = interaction({ id: 'shared', occurredAt: at('2026-12-10T19:00:00Z'), kind: 'PROJECT_UPDATE', notes: PARTITIONING_UPDATE.title });
    const row = stored({ key: 'priya:PROJECT_UPDATE', kind: 'PROJECT_UPDATE', status: 'SNOOZED', snoozedUntil: at('2027-02-01T09:00:00Z') });
    const closed = item(view({ projectUpdates: [PARTITIONING_UPDATE], interactions: [shared], stored: [row] }), 'priya:PROJECT_UPDATE');
    expect(closed).toMatchObject({ status: 'DONE', draft: null, closedReason: 'Nothing left to share with Priya: no unshared update fits now' });
  });
});

describe('promises made at the event', () => {
  const deck = stored({ key: 'priya:PROMISE:1', kind: 'PROMISE', text: 'send the deck' });

  it('are due when promised, else three days after meeting', () => {
    const checklist = view({
      stored: [deck, stored({ key: 'priya:PROMISE:2', kind: 'PROMISE', text: 'Intro to Anna', promisedBy: at('2026-12-18T09:00:00Z') })],
    });
    const first = item(checklist, 'priya:PROMISE:1');
    expect(first.dueAt).toEqual(at('2026-12-13T18:00:00Z'));
    expect(first.text).toBe('Keep your promise to Priya: “send the deck” (by Sun 13 Dec) — you met at “Rust Berlin”');
    expect(first.subject).toBe('As promised: the deck');
    expect(first.draft).toBe(
      'Hi Priya,\n\nGood to meet you at “Rust Berlin” on Thu 10 Dec.\n\nAs promised, I am sharing the deck.\n\nI would be glad to hear what you think.\n\nBest,\nJamie Doe',
    );
    expect(first.logs).toEqual({ kind: 'EMAIL', awaitingReply: false });
    expect(item(checklist, 'priya:PROMISE:2').dueAt).toEqual(at('2026-12-18T09:00:00Z'));
  });

  it('link the update that delivers them', () => {
    const slides = { ...GARDENING_UPDATE, id: 'pu-deck', title: 'Payments deck', url: 'https://example.com/deck', tags: ['talks'] };
    const promise = item(
      view({ projectUpdates: [slides], stored: [stored({ key: 'priya:PROMISE:1', kind: 'PROMISE', text: 'Send the payments deck' })] }),
      'priya:PROMISE:1',
    );
    expect(promise.draft).toContain('As promised, I am sharing the payments deck: “Payments deck” (https://example.com/deck).');
    expect(promise.sources).toContainEqual({ kind: 'PROJECT_UPDATE', id: 'pu-deck' });
  });
});

describe('drafts', () => {
  const LONG_TITLE = `Rust Berlin ${'and the whole systems programming community of Brandenburg '.repeat(5)}`;
  const scenarios: [string, Scenario][] = [
    ['ordinary', {}],
    ['premium', { linkedinPremium: true }],
    [
      'long title and name',
      {
        event: { ...RUST_BERLIN, title: LONG_TITLE },
        contacts: [contact({ id: 'priya', name: 'Maximiliane Alexandra Konstantina von Hohenzollern-Sigmaringen' })],
      },
    ],
  ];

  it.each(scenarios)('fit their channel, avoid filler and cite the event or the meeting (%s)', (_, scenario) => {
    const checklist = view({
      ...scenario,
      met: [meeting('priya'), meeting('alex'), meeting('lena')],
      contacts: [...(scenario.contacts ?? [PRIYA]), ALEX, LENA],
      projectUpdates: [PARTITIONING_UPDATE],
      stored: [
        stored({ key: 'priya:PROMISE:1', kind: 'PROMISE', text: 'send the deck' }),
        stored({ key: 'lena:PROMISE:1', kind: 'PROMISE', text: 'Introduce you to Anna' }),
      ],
    });
    const drafted = checklist.items.filter((candidate) => candidate.draft !== null);
    expect(new Set(drafted.map((candidate) => candidate.kind))).toEqual(
      new Set(['LINKEDIN_NOTE', 'FOLLOW_UP_EMAIL', 'COFFEE_INVITE', 'PROMISE', 'PROJECT_UPDATE']),
    );
    for (const candidate of drafted) {
      const body = candidate.draft ?? '';
      if (candidate.channel === 'LINKEDIN_NOTE') expect(body.length).toBeLessThanOrEqual(scenario.linkedinPremium ? 300 : 200);
      else expect(countWords(body)).toBeLessThanOrEqual(150);
      expect(body).not.toContain('…');
      expect(body.startsWith('Hi')).toBe(true);
      expect(findBannedPhrases(`${candidate.subject ?? ''}\n${body}`)).toEqual([]);
      expect(candidate.sources).toEqual(
        expect.arrayContaining([
          { kind: 'EVENT', id: 'ev-rust' },
          { kind: 'INTERACTION', id: `met-${candidate.contactId}` },
        ]),
      );
    }
  });

  it('recall what was talked about, and leave the coffee to its own item', () => {
    const checklist = view({ met: [meeting('priya', END, ['retries across regions'])] });
    expect(item(checklist, 'priya:LINKEDIN_NOTE').draft).toBe(
      'Hi Priya, good to meet you at “Rust Berlin” on Thu 10 Dec; I enjoyed our conversation about retries across regions. I would like to stay in touch.',
    );
    const email = item(checklist, 'priya:FOLLOW_UP_EMAIL').draft ?? '';
    expect(email).toContain('I enjoyed our conversation about retries across regions.');
    expect(email).not.toMatch(/coffee/i);
    expect(item(checklist, 'priya:COFFEE_INVITE').draft).toMatch(/coffee/);
  });

  it('cite the event alone for someone not recorded as met', () => {
    const note = item(view({ met: [], suggested: ['priya'], attendeesRecordedAt: null }), 'priya:LINKEDIN_NOTE');
    expect(note.draft).toBe('Hi Priya, good to meet you at “Rust Berlin” on Thu 10 Dec. I would like to stay in touch.');
    expect(note.sources).toEqual([{ kind: 'EVENT', id: 'ev-rust' }]);
  });
});

describe('the event itself', () => {
  it('asks only “did you go?” when the user said maybe', () => {
    const checklist = view({ event: { ...RUST_BERLIN, attendance: 'MAYBE' }, suggested: ['alex'] });
    expect(checklist.needsConfirmation).toBe(true);
    expect(checklist.needsAttendees).toBe(false);
    expect(checklist.items).toHaveLength(1);
    expect(checklist.items[0]).toMatchObject({
      key: '-:CONFIRM_ATTENDANCE',
      kind: 'CONFIRM_ATTENDANCE',
      status: 'OPEN',
      contactId: null,
      text: 'Did you go to “Rust Berlin”?',
      dueAt: at('2026-12-11T18:00:00Z'),
      draft: null,
      logs: null,
    });
  });

  it('keeps “did you go?” answered yes on the list as done, before “who did you meet?”', () => {
    const checklist = view({
      attendeesRecordedAt: null,
      stored: [stored({ key: '-:CONFIRM_ATTENDANCE', kind: 'CONFIRM_ATTENDANCE', status: 'DONE', doneAt: END })],
    });
    expect(checklist.items.slice(0, 2).map((candidate) => [candidate.kind, candidate.status])).toEqual([
      ['CONFIRM_ATTENDANCE', 'DONE'],
      ['RECORD_MET', 'OPEN'],
    ]);
  });

  it.each([
    ['cancelled', { ...RUST_BERLIN, status: 'cancelled' }],
    ['not going', { ...RUST_BERLIN, attendance: 'NOT_GOING' as const }],
    ['no answer', { ...RUST_BERLIN, attendance: null }],
  ])('has no checklist when %s', (_, ev) => {
    expect(view({ event: ev })).toEqual({ needsAttendees: false, needsConfirmation: false, items: [] });
  });

  it('asks who the user met until they say, first', () => {
    const open = view({ attendeesRecordedAt: null });
    expect(open.needsAttendees).toBe(true);
    expect(open.items[0]).toMatchObject({ key: '-:RECORD_MET', status: 'OPEN', text: 'Who did you meet at “Rust Berlin”?', dueAt: at('2026-12-11T18:00:00Z') });
    const recorded = view({ attendeesRecordedAt: at('2026-12-10T21:00:00Z') });
    expect(recorded.needsAttendees).toBe(false);
    expect(recorded.items[0]).toMatchObject({ key: '-:RECORD_MET', status: 'DONE', doneAt: at('2026-12-10T21:00:00Z') });
  });
});

describe('people', () => {
  it('lists suggested people not met, with “if you met”, until the user records whom they met', () => {
    const checklist = view({ met: [meeting('priya')], suggested: ['lena', 'priya', 'ghost'], attendeesRecordedAt: null });
    expect(item(checklist, 'lena:LINKEDIN_NOTE').text).toBe('If you met Lena at “Rust Berlin”, send a LinkedIn note by Fri 11 Dec, 19:00');
    expect(item(checklist, 'lena:COFFEE_INVITE').text).toBe('If you met Lena at “Rust Berlin”, suggest a coffee if there is no reply by Thu 17 Dec');
    // Priya was met: she appears once, as met.
    expect(item(checklist, 'priya:LINKEDIN_NOTE').text.startsWith('Send Priya')).toBe(true);
    expect(checklist.items.filter((candidate) => candidate.key === 'priya:LINKEDIN_NOTE')).toHaveLength(1);
    expect(checklist.items.some((candidate) => candidate.contactId === 'ghost')).toBe(false);

    const recorded = view({ met: [meeting('priya')], suggested: ['lena'] });
    expect(recorded.items.some((candidate) => candidate.contactId === 'lena')).toBe(false);
    const acted = view({
      met: [meeting('priya')],
      suggested: ['lena'],
      stored: [stored({ key: 'lena:LINKEDIN_NOTE', kind: 'LINKEDIN_NOTE', status: 'SKIPPED' })],
    });
    expect(keys(acted).filter((key) => key.startsWith('lena:'))).toEqual(['lena:FOLLOW_UP_EMAIL', 'lena:COFFEE_INVITE', 'lena:LINKEDIN_NOTE']);
  });

  it('orders the checklist’s own item first, then open by due time, then snoozed, then closed', () => {
    const checklist = view({
      met: [meeting('priya'), meeting('alex')],
      now: at('2026-12-11T09:00:00Z'),
      stored: [
        stored({ key: 'priya:LINKEDIN_NOTE', kind: 'LINKEDIN_NOTE', status: 'DONE', doneAt: at('2026-12-10T21:00:00Z') }),
        stored({ key: 'alex:COFFEE_INVITE', kind: 'COFFEE_INVITE', status: 'SNOOZED', snoozedUntil: at('2026-12-12T09:00:00Z') }),
        stored({ key: 'alex:FOLLOW_UP_EMAIL', kind: 'FOLLOW_UP_EMAIL', status: 'SKIPPED', skipReason: 'Talked at length already' }),
        stored({ key: 'priya:PROMISE:1', kind: 'PROMISE', text: 'send the deck', promisedBy: at('2026-12-11T12:00:00Z') }),
      ],
    });
    expect(keys(checklist)).toEqual([
      '-:RECORD_MET',
      'priya:PROMISE:1',
      'priya:FOLLOW_UP_EMAIL',
      'priya:COFFEE_INVITE',
      'alex:COFFEE_INVITE',
      // Both closed and due at the same moment: by key.
      'alex:FOLLOW_UP_EMAIL',
      'priya:LINKEDIN_NOTE',
    ]);
    expect(item(checklist, 'priya:LINKEDIN_NOTE')).toMatchObject({ status: 'DONE', draft: null, doneAt: at('2026-12-10T21:00:00Z') });
    expect(item(checklist, 'alex:FOLLOW_UP_EMAIL')).toMatchObject({ status: 'SKIPPED', draft: null, skipReason: 'Talked at length already' });
  });
});
