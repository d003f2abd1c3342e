import { at, checklistInput, END, interaction, meeting, PARTITIONING_UPDATE, stored, type Scenario } from './__fixtures__/checklist';
import { checklistItems } from './checklist';
import { touchClaims } from './claims';
import { parseFollowUpItemId } from './keys';
import type { FollowUpKind, StoredItem } from './types';

function claimsFor(scenario: Scenario) {
  const input = checklistInput(scenario);
  const view = checklistItems(input);
  return { view, claims: touchClaims(view, input) };
}

const done = (key: string, kind: FollowUpKind): StoredItem => stored({ key, kind, status: 'DONE', doneAt: END });

describe('claims for the planner', () => {
  it('offer each person’s next open item as a touch whose id parses back to the item', () => {
    const { view, claims } = claimsFor({ met: [meeting('priya')], suggested: ['lena'], attendeesRecordedAt: null });
    expect(claims.map((claim) => [claim.contactId, claim.meetingIds])).toEqual([
      ['priya', ['met-priya']],
      ['lena', []],
    ]);
    const next = claims[0].next;
    // Due at the same moment as the email, the note has the tighter deadline.
    expect(next).toMatchObject({
      id: 'cl-1:priya:LINKEDIN_NOTE',
      followUpId: 'cl-1:priya:LINKEDIN_NOTE',
      contactId: 'priya',
      contactName: 'Priya Raman',
      rule: 'MET_AT_EVENT_FOLLOW_UP',
      kind: 'LINKEDIN_CONNECT',
      channel: 'LINKEDIN_NOTE',
      dueAt: at('2026-12-11T18:00:00Z'),
      reason: 'Send Priya a LinkedIn note by Fri 11 Dec, 19:00 — you met at “Rust Berlin”',
      remindAt: [],
    });
    const note = view.items.find((item) => item.key === 'priya:LINKEDIN_NOTE');
    expect(next?.draft).toBe(note?.draft);
    expect(next?.sources).toEqual(note?.sources);
    expect(parseFollowUpItemId(next?.id ?? '')).toEqual({ checklistId: 'cl-1', key: 'priya:LINKEDIN_NOTE' });
    expect(claims[0].blocked).toBeNull();
  });

  it.each([
    ['FOLLOW_UP_EMAIL', ['priya:LINKEDIN_NOTE'], 'MET_AT_EVENT_FOLLOW_UP', 'FOLLOW_UP_EMAIL'],
    ['PROMISE', ['priya:LINKEDIN_NOTE', 'priya:FOLLOW_UP_EMAIL'], 'PROMISED_UPDATE', 'FOLLOW_UP_EMAIL'],
    ['COFFEE_INVITE', ['priya:LINKEDIN_NOTE', 'priya:FOLLOW_UP_EMAIL', 'priya:PROMISE:1'], 'MET_AT_EVENT_REMINDER', 'COFFEE_INVITE'],
    ['PROJECT_UPDATE', ['priya:LINKEDIN_NOTE', 'priya:FOLLOW_UP_EMAIL', 'priya:PROMISE:1', 'priya:COFFEE_INVITE'], 'KEEP_IN_TOUCH', 'PROJECT_UPDATE'],
  ])('map a %s item onto the planner’s rule and move', (kind, closed, rule, touchKind) => {
    const rows = closed.map((key) => done(key, key.split(':')[1] as FollowUpKind));
    const promise = rows.some((row) => row.key === 'priya:PROMISE:1') ? [] : [stored({ key: 'priya:PROMISE:1', kind: 'PROMISE', text: 'send the deck' })];
    const { claims } = claimsFor({ projectUpdates: [PARTITIONING_UPDATE], stored: [...rows, ...promise] });
    const key = kind === 'PROMISE' ? 'priya:PROMISE:1' : `priya:${kind}`;
    expect(claims[0].next).toMatchObject({ id: `cl-1:${key}`, rule, kind: touchKind });
  });

  it('hand over the first held-back item when the budget holds back every open one', () => {
    const touches = [
      interaction({ id: 'ix-note', kind: 'LINKEDIN_CONNECT', occurredAt: at('2026-12-10T19:00:00Z') }),
      interaction({ id: 'ix-email', occurredAt: at('2026-12-10T19:30:00Z') }),
      interaction({ id: 'ix-other', occurredAt: at('2026-12-10T20:00:00Z') }),
    ];
    const scenario: Scenario = { now: at('2026-12-10T21:00:00Z'), interactions: touches, stored: [done('priya:LINKEDIN_NOTE', 'LINKEDIN_NOTE')] };
    const { claims } = claimsFor(scenario);
    expect(claims[0].next).toBeNull();
    expect(claims[0].blocked).toMatchObject({
      id: 'cl-1:priya:FOLLOW_UP_EMAIL',
      rule: 'MET_AT_EVENT_FOLLOW_UP',
      kind: 'FOLLOW_UP_EMAIL',
      blockedBy: 'BUDGET_TOTAL',
      wouldBeDueAt: at('2026-12-11T18:00:00Z'),
      availableAt: null,
    });
    expect(parseFollowUpItemId(claims[0].blocked?.id ?? '')).toEqual({ checklistId: 'cl-1', key: 'priya:FOLLOW_UP_EMAIL' });

    // A promise asks for no reply: it goes ahead, and nothing is reported as held back.
    const withPromise = claimsFor({
      ...scenario,
      stored: [...(scenario.stored ?? []), stored({ key: 'priya:PROMISE:1', kind: 'PROMISE', text: 'send the deck' })],
    });
    expect(withPromise.claims[0].next).toMatchObject({ id: 'cl-1:priya:PROMISE:1', rule: 'PROMISED_UPDATE' });
    expect(withPromise.claims[0].blocked).toBeNull();
  });

  it('still claim a meeting whose items are all closed, so the planner does not start its own sequence', () => {
    const reply = interaction({ id: 'reply', contactId: 'alex', direction: 'INBOUND', awaitingReply: false, occurredAt: at('2026-12-11T09:00:00Z') });
    const { view, claims } = claimsFor({
      met: [meeting('priya'), meeting('alex')],
      now: at('2026-12-11T10:00:00Z'),
      interactions: [reply],
      stored: [stored({ key: 'alex:FOLLOW_UP_EMAIL', kind: 'FOLLOW_UP_EMAIL', status: 'SKIPPED', skipReason: 'They wrote first' })],
    });
    expect(view.items.filter((item) => item.contactId === 'alex').map((item) => [item.kind, item.status])).toEqual([
      ['FOLLOW_UP_EMAIL', 'SKIPPED'],
      ['COFFEE_INVITE', 'DONE'],
    ]);
    expect(claims.find((claim) => claim.contactId === 'alex')).toEqual({
      contactId: 'alex',
      meetingIds: ['met-alex'],
      next: null,
      blocked: null,
      eventId: 'ev-rust',
    });
    expect(claims.map((claim) => claim.contactId)).toEqual(['priya', 'alex']);
  });

  it('are empty when the checklist has no people', () => {
    const input = checklistInput({ met: [], attendeesRecordedAt: null });
    expect(touchClaims(checklistItems(input), input)).toEqual([]);
  });
});
