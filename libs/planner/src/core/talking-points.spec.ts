import {
  ALEX,
  CRDT_UPDATE,
  MARCUS,
  NOTION_INTERVIEW,
  NOW,
  PARTITIONING_UPDATE,
  PRIYA,
  STRIPE_ONSITE,
  ZONE,
  contact,
  daysAhead,
  event,
  interaction,
  interview,
  match,
} from './__fixtures__/workspace';
import { talkingPoints, type TalkingPointContext } from './talking-points';

const context = (overrides: Partial<TalkingPointContext> = {}): TalkingPointContext => ({
  timeZone: ZONE,
  interviews: [STRIPE_ONSITE, NOTION_INTERVIEW],
  interactions: [],
  projectUpdates: [PARTITIONING_UPDATE, CRDT_UPDATE],
  now: NOW,
  max: 20,
  ...overrides,
});

const byKind = (points: ReturnType<typeof talkingPoints>, kind: string) => points.filter((point) => point.kind === kind);

describe('talking points', () => {
  it('delivers a promise with the project update that keeps it', () => {
    const [promise] = byKind(talkingPoints(PRIYA, context()), 'PROMISE');
    expect(promise).toEqual({
      kind: 'PROMISE',
      text: 'You promised the write-up on our zero-downtime partition migration: here it is, “Zero-downtime table partitioning write-up” (https://example.com/blog/zero-downtime-partitioning).',
      sources: [
        { kind: 'INTERVIEW', id: 'iv-stripe' },
        { kind: 'PROJECT_UPDATE', id: 'pu-partitioning' },
      ],
    });
  });

  it('reminds of a promise nothing keeps yet, and drops one already kept', () => {
    const [open] = byKind(talkingPoints(PRIYA, context({ projectUpdates: [] })), 'PROMISE');
    expect(open.text).toBe(
      'You promised the write-up on our zero-downtime partition migration at your interview on 11 Nov: bring it, or say when it will be ready.',
    );
    expect(open.sources).toEqual([{ kind: 'INTERVIEW', id: 'iv-stripe' }]);

    const shared = interaction({ id: 'sent', kind: 'PROJECT_UPDATE', occurredAt: NOW, notes: 'Sent the Zero-downtime table partitioning write-up' });
    expect(byKind(talkingPoints(PRIYA, context({ interactions: [shared] })), 'PROMISE')).toEqual([]);
  });

  it('recalls interview topics, the question asked and the concern raised', () => {
    const points = talkingPoints(PRIYA, context());
    expect(byKind(points, 'INTERVIEW_TOPIC')[0].text).toBe(
      'Pick up the thread from your interview on 11 Nov: idempotency keys in payment APIs and ledger consistency.',
    );
    expect(byKind(points, 'INTERVIEW_QUESTION')[0].text).toBe(
      'You were asked “How would you make a payment retry safe?” at your interview on 11 Nov; bring a sharper answer or what you have tried since.',
    );
    expect(byKind(points, 'CONCERN')[0].text).toBe(
      'Your interview on 11 Nov raised a concern (limited experience with Ruby); have one concrete example that answers it.',
    );
  });

  it('falls back to the company interview for a colleague who was not in it', () => {
    const colleague = contact({ id: 'jo', name: 'Jo Park', interests: [] });
    expect(byKind(talkingPoints(colleague, context()), 'INTERVIEW_TOPIC')[0].text).toContain('from your Stripe interview on 11 Nov');
  });

  it('shares an update whose tags fit the contact, citing why', () => {
    const withoutPromise = interview({ ...NOTION_INTERVIEW, promises: [] });
    const [share] = byKind(talkingPoints(ALEX, context({ interviews: [withoutPromise] })), 'PROJECT_UPDATE');
    expect(share.text).toBe(
      "Share “CRDT sync benchmark” (https://example.com/blog/crdt-benchmark): it fits Alex's interest in CRDTs and the interview topic offline sync.",
    );
    expect(share.sources).toEqual([
      { kind: 'PROJECT_UPDATE', id: 'pu-crdt' },
      { kind: 'CONTACT_NOTE', id: 'alex' },
      { kind: 'INTERVIEW', id: 'iv-notion' },
    ]);
  });

  it('fits updates to the company and the event too', () => {
    const stripeTagged = { ...PARTITIONING_UPDATE, id: 'pu-s', title: 'Stripe API notes', tags: ['Stripe'], url: null };
    const lena = contact({ id: 'lena', name: 'Lena Fischer', interests: [] });
    const [company] = byKind(talkingPoints(lena, context({ interviews: [], projectUpdates: [stripeTagged] })), 'PROJECT_UPDATE');
    expect(company.sources).toContainEqual({ kind: 'COMPANY', id: 'co-stripe' });

    const wasm = { ...PARTITIONING_UPDATE, id: 'pu-w', title: 'Wasm at the edge', tags: ['WebAssembly'], url: null };
    const meetup = event({ id: 'ev', title: 'WebAssembly Berlin', startsAt: daysAhead(3), categories: [] });
    const [fromEvent] = byKind(talkingPoints(lena, context({ interviews: [], projectUpdates: [wasm], event: meetup })), 'PROJECT_UPDATE');
    expect(fromEvent.text).toBe("Share “Wasm at the edge”: it fits the event's theme (WebAssembly).");
    expect(fromEvent.sources).toEqual([
      { kind: 'PROJECT_UPDATE', id: 'pu-w' },
      { kind: 'EVENT', id: 'ev' },
    ]);
  });

  it('talks about the event: the talk, the host, the topic', () => {
    const meetup = event({ id: 'ev', startsAt: daysAhead(3) });
    const speaker = talkingPoints(PRIYA, context({ event: meetup, matches: [match({ eventId: 'ev' })] }));
    expect(byKind(speaker, 'EVENT_TOPIC')[0]).toEqual({
      kind: 'EVENT_TOPIC',
      text: 'Ask Priya a question about the talk at “Payments Engineering Meetup Berlin”.',
      sources: [{ kind: 'EVENT', id: 'ev' }],
    });
    const hosted = talkingPoints(
      MARCUS,
      context({ event: meetup, matches: [match({ eventId: 'ev', kind: 'COMPANY', role: 'HOST', contactId: null, companyId: 'co-stripe' })] }),
    );
    expect(byKind(hosted, 'EVENT_TOPIC')[0].text).toBe('Stripe is hosting “Payments Engineering Meetup Berlin”: ask Marcus how the team is involved.');
    expect(byKind(hosted, 'EVENT_TOPIC')[0].sources).toEqual([
      { kind: 'EVENT', id: 'ev' },
      { kind: 'COMPANY', id: 'co-stripe' },
    ]);
    const topical = talkingPoints(
      MARCUS,
      context({ event: meetup, matches: [match({ eventId: 'ev', kind: 'TOPIC', role: 'TOPIC', contactId: null, topicPhrase: 'ledger design' })] }),
    );
    expect(byKind(topical, 'EVENT_TOPIC')[0].text).toBe('“Payments Engineering Meetup Berlin” covers ledger design: ask Marcus how the team approaches it.');
  });

  it('offers coffee, unless an invitation is still open', () => {
    const [coffee] = byKind(talkingPoints(PRIYA, context()), 'COFFEE_INVITE');
    expect(coffee.text).toBe('Invite Priya to a 20-minute coffee to continue the conversation on idempotency keys in payment APIs.');
    const open = interaction({ id: 'invite', kind: 'COFFEE', occurredAt: NOW });
    expect(byKind(talkingPoints(PRIYA, context({ interactions: [open] })), 'COFFEE_INVITE')).toEqual([]);
  });

  it('gives every sentence at least one source, and nothing without one', () => {
    const meetup = event({ id: 'ev', startsAt: daysAhead(3) });
    for (const person of [PRIYA, MARCUS, ALEX]) {
      const points = talkingPoints(person, context({ event: meetup, matches: [match({ eventId: 'ev' })] }));
      expect(points.length).toBeGreaterThan(0);
      for (const point of points) expect(point.sources.length).toBeGreaterThan(0);
    }
    const stranger = contact({ id: 'x', name: 'Xu Li', companyId: null, companyName: null, interests: [] });
    expect(talkingPoints(stranger, context())).toEqual([]);
  });

  it('ignores interviews that have not happened and keeps to the maximum', () => {
    const upcoming = interview({ id: 'future', occurredAt: daysAhead(2), topics: ['a future topic'] });
    const points = talkingPoints(PRIYA, context({ interviews: [upcoming], projectUpdates: [] }));
    expect(points.some((point) => point.text.includes('future topic'))).toBe(false);
    expect(talkingPoints(PRIYA, context({ max: 2 }))).toHaveLength(2);
    expect(talkingPoints(PRIYA, { timeZone: ZONE, interviews: [STRIPE_ONSITE], interactions: [], projectUpdates: [] })).toHaveLength(6);
  });

  it('leaves out sentences that would carry filler from the notes', () => {
    const filler = interview({ id: 'f', occurredAt: STRIPE_ONSITE.occurredAt, topics: ['touching base on the roadmap'], promises: [] });
    const points = talkingPoints(PRIYA, context({ interviews: [filler], projectUpdates: [] }));
    expect(points.some((point) => /touching base/i.test(point.text))).toBe(false);
  });

  it('is deterministic', () => {
    expect(talkingPoints(ALEX, context())).toEqual(talkingPoints(ALEX, context()));
  });
});
