import {
  ALEX,
  CRDT_UPDATE,
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
} from '../__fixtures__/workspace';
import { fittingUpdates } from '../project-fit';
import { DEFAULT_CADENCE_RULES, mergeCadenceRules } from '../rules';
import { countWords, fitChars, fitWords } from '../text';
import type { PlannerContact, PlannerInterview } from '../types';
import { BANNED_PHRASES, draft, draftEmail, draftLinkedInNote, findBannedPhrases, type DraftChannel, type DraftInput, type DraftKind } from './index';
import { renderNote } from './linkedin-note';

const KINDS: DraftKind[] = [
  'LINKEDIN_CONNECT',
  'THANK_YOU',
  'CHECK_IN',
  'COFFEE_INVITE',
  'PROJECT_UPDATE',
  'EVENT_INTRODUCTION',
  'MET_AT_EVENT_FOLLOW_UP',
  'KEEP_IN_TOUCH',
  'KEEP_PROMISE',
];
const CHANNELS: DraftChannel[] = ['EMAIL', 'LINKEDIN_MESSAGE', 'LINKEDIN_NOTE'];

const meetup = event({ id: 'ev', startsAt: daysAhead(5) });
const metAt = interaction({ id: 'met', kind: 'MET_AT_EVENT', occurredAt: NOW, awaitingReply: false });
const previous = interaction({ id: 'prev', occurredAt: new Date(NOW.getTime() - 9 * 86_400_000) });

function fullInput(person: PlannerContact = PRIYA, onsite: PlannerInterview = STRIPE_ONSITE): DraftInput {
  const [update] = fittingUpdates(person, { interviews: [onsite], interactions: [], projectUpdates: [PARTITIONING_UPDATE, CRDT_UPDATE] });
  return {
    contact: person,
    timeZone: ZONE,
    senderName: 'Jamie Doe',
    interview: onsite,
    event: meetup,
    eventRole: 'SPEAKER',
    update: update ?? null,
    previous,
    lastTouch: previous,
  };
}

/** The context each kind is drafted with in practice. */
function inputFor(kind: DraftKind, base: DraftInput): DraftInput {
  switch (kind) {
    case 'MET_AT_EVENT_FOLLOW_UP':
      return { ...base, metAt, previous: null };
    case 'KEEP_PROMISE':
      return { ...base, metAt, previous: null, promise: 'Send the slides from my lightning talk on payment retries' };
    case 'LINKEDIN_CONNECT':
    case 'THANK_YOU':
      return { ...base, previous: null, event: null };
    case 'EVENT_INTRODUCTION':
      return { ...base, previous: null };
    default:
      return base;
  }
}

const LONG_NAME = 'Maximiliane Alexandra Konstantina von Hohenzollern-Sigmaringen und Habsburg-Lothringen';
const LONG_FIRST_NAME =
  'Wolfeschlegelsteinhausenbergerdorffwelchevoralternwarengewissenhaftschaferswessenschafewarenwohlgepflegeundsorgfaltigkeitbeschutzenvonangreifendurchihrraubgierigfeinde';
const LONG_COMPANY =
  'Internationale Gesellschaft für Zahlungsverkehrsinfrastruktur, Ledger-Konsistenz und Hochverfügbare Verteilte Systeme mbH & Co. KGaA (Deutschland, Österreich, Schweiz)';
const LONG_TOPIC =
  'how to design idempotency keys for payment APIs that survive retries across regions, partial failures, clock skew and the occasional operator who replays a whole day of traffic by hand';

const hardCases: [string, DraftInput][] = [
  ['ordinary', fullInput()],
  ['long full name', fullInput(contact({ id: 'priya', name: LONG_NAME }))],
  ['one enormous first name', fullInput(contact({ id: 'priya', name: `${LONG_FIRST_NAME} Smith` }))],
  ['long company name', fullInput(contact({ id: 'priya', companyName: LONG_COMPANY }))],
  [
    'long everything',
    {
      ...fullInput(contact({ id: 'priya', name: LONG_NAME, companyName: LONG_COMPANY })),
      interview: interview({ id: 'iv-stripe', occurredAt: STRIPE_ONSITE.occurredAt, topics: [LONG_TOPIC, LONG_TOPIC], questionsAsked: [`${LONG_TOPIC}?`] }),
      event: event({ id: 'ev', startsAt: daysAhead(5), title: `${LONG_COMPANY} presents: ${LONG_TOPIC}` }),
    },
  ],
];

describe('LinkedIn connection notes', () => {
  it.each(hardCases)('fit 200 characters, 300 with premium, whole words only (%s)', (_, base) => {
    for (const kind of KINDS) {
      const input = inputFor(kind, base);
      const free = draft(kind, input, { channel: 'LINKEDIN_NOTE' });
      const premium = draft(kind, input, { channel: 'LINKEDIN_NOTE', linkedinPremium: true });
      expect(free.body.length).toBeLessThanOrEqual(200);
      expect(premium.body.length).toBeLessThanOrEqual(300);
      expect(premium.body.length).toBeGreaterThanOrEqual(free.body.length);
      for (const note of [free, premium]) {
        // Shorter written forms are used before any cut, so a note never ends in a broken word or an ellipsis.
        expect(note.body).not.toContain('…');
        expect(note.body).toMatch(/(?:[.?!)”]|https:\/\/\S+)$/);
        expect(note.body).toMatch(/^Hi( [^ ,]+)?,/);
        expect(note.sources.length).toBeGreaterThan(0);
        expect(note.subject).toBeNull();
      }
    }
  });

  it('greets by first name, recalls the interview and puts a bare link last', () => {
    const note = draftLinkedInNote({ ...fullInput(), event: null });
    expect(note.body).toBe(
      'Hi Priya, thank you for the interview on 11 Nov; I enjoyed our conversation about idempotency keys in payment APIs. Glad to connect. As promised: https://example.com/blog/zero-downtime-partitioning',
    );
    expect(note.sources).toEqual([
      { kind: 'INTERVIEW', id: 'iv-stripe' },
      { kind: 'PROJECT_UPDATE', id: 'pu-partitioning' },
      { kind: 'CONTACT_NOTE', id: 'priya' },
    ]);
    const premium = draftLinkedInNote({ ...fullInput(), event: null }, { linkedinPremium: true });
    expect(premium.body).toBe(
      'Hi Priya, thank you for the interview on 11 Nov; I enjoyed our conversation about idempotency keys in payment APIs. As promised, I am sharing the write-up on our zero-downtime partition migration (https://example.com/blog/zero-downtime-partitioning). I would like to stay in touch.',
    );
  });

  it('leaves a first name out rather than cutting it', () => {
    const note = draftLinkedInNote({ ...fullInput(contact({ id: 'priya', name: `${LONG_FIRST_NAME} Smith` })), event: null });
    expect(note.body.startsWith('Hi, thank you')).toBe(true);
  });

  it('follows the user’s own limit', () => {
    const rules = mergeCadenceRules(DEFAULT_CADENCE_RULES, { linkedinNote: { maxChars: 120 } });
    expect(draftLinkedInNote(fullInput(), { rules }).body.length).toBeLessThanOrEqual(120);
  });

  it('cuts at a word with an ellipsis only when even the shortest forms overflow', () => {
    const plan = {
      kind: 'LINKEDIN_CONNECT' as const,
      greetingName: 'Priya',
      subjects: [],
      pieces: [
        { variants: ['Thank you for the conversation about idempotency keys on 11 Nov.'], sources: [{ kind: 'INTERVIEW' as const, id: 'iv' }], required: true },
      ],
    };
    const full = 'Hi, thank you for the conversation about idempotency keys on 11 Nov.';
    const note = renderNote(plan, 40);
    expect(note.body.length).toBeLessThanOrEqual(40);
    expect(note.body.endsWith('…')).toBe(true);
    const kept = note.body.slice(0, -1);
    expect(full.startsWith(kept)).toBe(true);
    expect(full.charAt(kept.length)).toBe(' ');
  });
});

describe('emails and messages', () => {
  it.each(hardCases)('stay within 150 words (%s)', (_, base) => {
    for (const kind of KINDS.filter((candidate) => candidate !== 'LINKEDIN_CONNECT')) {
      for (const channel of ['EMAIL', 'LINKEDIN_MESSAGE'] as const) {
        const message = draft(kind, inputFor(kind, base), { channel });
        expect(countWords(message.body)).toBeLessThanOrEqual(150);
        expect(message.sources.length).toBeGreaterThan(0);
        expect(message.body.startsWith('Hi')).toBe(true);
        if (channel === 'EMAIL') {
          expect(message.subject).toBeTruthy();
          expect((message.subject ?? '').length).toBeLessThanOrEqual(78);
        } else {
          expect(message.subject).toBeNull();
        }
      }
    }
  });

  it('drops detail to meet a tighter word budget, keeping the recall and the ask', () => {
    const long = { ...PARTITIONING_UPDATE, summary: Array.from({ length: 60 }, (_, i) => `detail${i}`).join(' ') };
    const [update] = fittingUpdates(PRIYA, { interviews: [STRIPE_ONSITE], interactions: [], projectUpdates: [long] });
    const rules = mergeCadenceRules(DEFAULT_CADENCE_RULES, { email: { maxWords: 60 } });
    const email = draftEmail('CHECK_IN', { ...fullInput(), previous: null, update }, { rules });
    expect(countWords(email.body)).toBeLessThanOrEqual(60);
    expect(email.body).toContain('Our conversation on 11 Nov');
    expect(email.body).toContain('Is there an update on next steps you can share?');
  });

  it('writes a thank-you that recalls the interview, keeps the promise and is signed', () => {
    const email = draftEmail('THANK_YOU', { ...fullInput(), previous: null, event: null });
    expect(email.subject).toBe('Thank you: Onsite: system design and hiring manager chat on 11 Nov');
    expect(email.body).toBe(
      [
        'Hi Priya,',
        'Thank you for your time on 11 Nov. I enjoyed our conversation about idempotency keys in payment APIs and ledger consistency.',
        'As promised, I am sharing the write-up on our zero-downtime partition migration: “Zero-downtime table partitioning write-up” (https://example.com/blog/zero-downtime-partitioning).',
        'I have kept thinking about your question, “How would you make a payment retry safe?”, and would be glad to go deeper on it.',
        'I am excited about the chance to join the team at Stripe.',
        'Best,\nJamie Doe',
      ].join('\n\n'),
    );
    expect(email.sources).toEqual([
      { kind: 'INTERVIEW', id: 'iv-stripe' },
      { kind: 'PROJECT_UPDATE', id: 'pu-partitioning' },
      { kind: 'CONTACT_NOTE', id: 'priya' },
      { kind: 'COMPANY', id: 'co-stripe' },
    ]);
  });

  it('recalls something specific in every kind', () => {
    const base = fullInput(ALEX, NOTION_INTERVIEW);
    expect(draftEmail('COFFEE_INVITE', { ...base, previous: null }).body).toContain('offline sync');
    expect(draftEmail('EVENT_INTRODUCTION', inputFor('EVENT_INTRODUCTION', base)).body).toContain(
      'I see you are speaking at “Payments Engineering Meetup Berlin” on Mon 25 Nov.',
    );
    expect(draftEmail('MET_AT_EVENT_FOLLOW_UP', inputFor('MET_AT_EVENT_FOLLOW_UP', base)).body).toContain(
      'Good to meet you at “Payments Engineering Meetup Berlin” on Wed 20 Nov.',
    );
    expect(draftEmail('PROJECT_UPDATE', base).body).toContain('“CRDT sync benchmark”');
    expect(draftEmail('CHECK_IN', base).body).toContain('I wrote on 11 Nov after our interview on 16 Nov');
    expect(
      draftEmail('KEEP_IN_TOUCH', { ...base, lastTouch: interaction({ id: 'call', kind: 'CALL', direction: 'INBOUND', occurredAt: NOW }) }).body,
    ).toContain('Thank you again for your call on 20 Nov.');
  });
});

describe('keeping a promise made at an event', () => {
  const base: DraftInput = { contact: PRIYA, timeZone: ZONE, senderName: 'Jamie Doe', event: meetup, metAt, promise: 'send the deck' };

  it('recalls the meeting and shares the promised thing, sourced by the meeting', () => {
    const email = draftEmail('KEEP_PROMISE', base);
    expect(email.subject).toBe('As promised: the deck');
    expect(email.body).toBe(
      [
        'Hi Priya,',
        'Good to meet you at “Payments Engineering Meetup Berlin” on Wed 20 Nov.',
        'As promised, I am sharing the deck.',
        'I would be glad to hear what you think.',
        'Best,\nJamie Doe',
      ].join('\n\n'),
    );
    expect(email.sources).toEqual([
      { kind: 'EVENT', id: 'ev' },
      { kind: 'INTERACTION', id: 'met' },
    ]);
    expect(draft('KEEP_PROMISE', base, { channel: 'LINKEDIN_NOTE' }).body).toBe(
      'Hi Priya, good to meet you at “Payments Engineering Meetup Berlin” on Wed 20 Nov. As promised, I am sharing the deck. I would be glad to hear what you think.',
    );
  });

  it('is sourced by the event when the meeting is not logged, and links the update that delivers it', () => {
    const deck = { ...PARTITIONING_UPDATE, id: 'pu-deck', title: 'Payments retries deck' };
    const update = { update: deck, promise: null, grounds: [], sources: [{ kind: 'PROJECT_UPDATE' as const, id: 'pu-deck' }] };
    const email = draftEmail('KEEP_PROMISE', { ...base, metAt: null, metAtEvent: true, update });
    expect(email.body).toContain(`As promised, I am sharing the deck: “Payments retries deck” (${deck.url}).`);
    expect(email.sources).toEqual([
      { kind: 'EVENT', id: 'ev' },
      { kind: 'PROJECT_UPDATE', id: 'pu-deck' },
    ]);
  });

  it('words a promise that is no object, and keeps a long one within a note', () => {
    expect(draftEmail('KEEP_PROMISE', { ...base, promise: 'Introduce you to Anna from the platform team' }).body).toContain(
      'Following up on my promise to introduce you to Anna from the platform team.',
    );
    const long = draft(
      'KEEP_PROMISE',
      { ...base, contact: contact({ id: 'priya', name: `${LONG_FIRST_NAME} Smith` }), promise: `Send ${LONG_TOPIC}` },
      { channel: 'LINKEDIN_NOTE' },
    );
    expect(long.body.length).toBeLessThanOrEqual(200);
    expect(long.body).not.toContain('…');
    expect(long.body).toContain('As promised');
  });
});

describe('banned phrases', () => {
  it.each(hardCases)('appear in no draft of any kind on any channel (%s)', (_, base) => {
    for (const kind of KINDS) {
      for (const channel of CHANNELS) {
        for (const linkedinPremium of [false, true]) {
          const written = draft(kind, inputFor(kind, base), { channel, linkedinPremium });
          expect(findBannedPhrases(`${written.subject ?? ''}\n${written.body}`)).toEqual([]);
        }
      }
    }
  });

  it('are kept out even when the user’s notes contain them', () => {
    const filler = interview({
      id: 'iv-stripe',
      occurredAt: STRIPE_ONSITE.occurredAt,
      title: 'Touching base with the team',
      topics: ['just checking in on the roadmap'],
      questionsAsked: ['Hope this finds you well?'],
    });
    const update = { ...PARTITIONING_UPDATE, summary: 'Circling back on the migration, per my last email.' };
    const [fit] = fittingUpdates(PRIYA, { interviews: [filler], interactions: [], projectUpdates: [update] });
    for (const kind of KINDS) {
      for (const channel of CHANNELS) {
        const written = draft(kind, { ...inputFor(kind, fullInput()), interview: filler, update: fit }, { channel });
        expect(findBannedPhrases(`${written.subject ?? ''}\n${written.body}`)).toEqual([]);
        expect(written.body.trim()).not.toBe('');
      }
    }
  });

  it('are found case-insensitively on word boundaries', () => {
    expect(BANNED_PHRASES).toEqual(
      expect.arrayContaining(['just checking in', 'touching base', 'hope this finds you well', 'circling back', 'per my last email']),
    );
    expect(findBannedPhrases('Just Checking In!')).toEqual(['just checking in', 'checking in']);
    expect(findBannedPhrases('I hope this finds you well.')).toEqual(['hope this finds you well']);
    expect(findBannedPhrases('We touch based on it')).toEqual([]);
    expect(findBannedPhrases('checking inventory')).toEqual([]);
  });
});

describe('text fitting', () => {
  it('never cuts a word', () => {
    expect(fitChars('one two three four', 12)).toBe('one two…');
    expect(fitChars('one two three four', 14)).toBe('one two three…');
    expect(fitChars('one two', 50)).toBe('one two');
    expect(fitChars('unbreakable', 5)).toBe('');
    expect(fitWords('one two, three four', 2)).toBe('one two…');
    expect(fitWords('one two', 5)).toBe('one two');
  });
});
