import { event, keys, TRACKED } from './__fixtures__/tracked';
import { buildMatcher } from './matcher';
import type { EventPerson, MatchableEvent } from './types';

const matcher = buildMatcher(TRACKED);
const people = (e: MatchableEvent) => keys(matcher.match(e)).filter((k) => k.startsWith('PERSON:'));
const speaker = (name: string, affiliation: string | null = null, email: string | null = null): EventPerson => ({
  name,
  role: 'SPEAKER',
  affiliation,
  email,
  url: null,
});

describe('people', () => {
  it('matches names accent- and case-insensitively, with umlaut transliterations', () => {
    for (const title of ['Zoë Müller on hiring', 'Zoe Muller on hiring', 'Zoe Mueller on hiring', 'zoe müller answers questions']) {
      expect(people(event({ title }))).toEqual(['PERSON:zoe']);
    }
  });

  it('matches aliases and possessives', () => {
    expect(people(event({ title: 'Raj Kumar on database internals' }))).toEqual(['PERSON:raj']);
    expect(people(event({ title: "Priya Raman's talk on retries" }))).toEqual(['PERSON:priya']);
  });

  it('never matches a first name alone', () => {
    expect(people(event({ title: 'Coffee with Priya', description: 'Priya and Alex chat about careers. Zoë will join.' }))).toEqual([]);
  });

  it('does not join a name across a sentence break', () => {
    expect(people(event({ title: 'Pricing', description: 'We will. Price three products.' }))).toEqual([]);
  });

  it('needs capitals for names made of ordinary words', () => {
    expect(people(event({ title: 'Will Price on seed investing' }))).toEqual(['PERSON:will']);
    expect(people(event({ title: 'Pricing', description: 'We will price three products live.' }))).toEqual([]);
  });

  it('ranks a listed speaker above a mention, and says so', () => {
    const [listed] = matcher.match(event({ title: 'Talk', people: [speaker('Priya Raman', 'Stripe')] }));
    const [mentioned] = matcher.match(event({ title: 'Talk', description: 'With Priya Raman.' }));
    expect(listed).toMatchObject({ kind: 'PERSON', contactId: 'priya', role: 'SPEAKER', reason: 'Priya Raman is speaking' });
    expect(mentioned).toMatchObject({ kind: 'PERSON', contactId: 'priya', role: 'MENTION' });
    expect(listed?.score).toBeGreaterThan(mentioned?.score ?? 1);
  });

  it('matches a listed person by e-mail and an organizer by name', () => {
    expect(people(event({ title: 'Talk', people: [speaker('A. Kim', null, 'AKim@stripe.com')] }))).toEqual(['PERSON:alex-stripe']);
    const [org] = matcher.match(event({ title: 'Happy hour', organizer: { name: 'Priya Raman', email: null } }));
    expect(org).toMatchObject({ contactId: 'priya', role: 'ORGANIZER' });
  });

  it('tells namesakes apart by affiliation, e-mail domain and event context', () => {
    expect(people(event({ title: 'Talk', people: [speaker('Alex Kim', 'Stripe')] }))).toEqual(['PERSON:alex-stripe']);
    expect(people(event({ title: 'Talk', people: [speaker('Alex Kim', null, 'alex@notion.so')] }))).toEqual(['PERSON:alex-notion']);
    expect(people(event({ title: 'Panel', description: 'Panelists: Alex Kim (Notion), Dana Wu.' }))).toEqual(['PERSON:alex-notion']);
    expect(people(event({ title: 'Panel', description: 'Alex Kim, staff engineer at Stripe, joins us.' }))).toEqual(['PERSON:alex-stripe']);
    expect(people(event({ title: 'Speakers', description: 'Alex Kim — Stripe' }))).toEqual(['PERSON:alex-stripe']);
    expect(people(event({ title: 'Careers at Stripe', people: [speaker('Alex Kim')] }))).toEqual(['PERSON:alex-stripe']);
  });

  it('does not take a common name at another company for the tracked person', () => {
    expect(people(event({ title: 'Talk', people: [speaker('Alex Kim', 'Shopify')] }))).toEqual([]);
    expect(people(event({ title: 'Talk', people: [speaker('Priya Raman', 'Google')] }))).toEqual([]);
    expect(people(event({ title: 'Talk', people: [speaker('Priya Raman', null, 'priya@microsoft.com')] }))).toEqual([]);
    expect(people(event({ title: 'Panel', description: 'With Alex Kim (Acme Pay) and Sarah Lee.' }))).toEqual([]);
    expect(people(event({ title: 'Alex Kim (Stripe) on design tokens' }))).toEqual(['PERSON:alex-stripe']);
  });

  it('applies an affiliation given anywhere in the event to every mention of that name', () => {
    const e = event({ title: 'Priya Raman book signing', description: 'Priya Raman (Penguin Books) signs her novel.' });
    expect(people(e)).toEqual([]);
  });

  it('keeps a job title in parentheses from reading as another organisation', () => {
    expect(people(event({ title: 'Talk', description: 'Priya Raman (Engineering Manager) on retries.' }))).toEqual(['PERSON:priya']);
  });

  it('gives a possessive company to the name after it, not the one before', () => {
    expect(people(event({ title: 'Panel', description: "With Priya Raman, Datadog's Zoë Müller and others." })).sort()).toEqual(['PERSON:priya', 'PERSON:zoe']);
  });

  it('does not mistake a venue after a verb for an employer', () => {
    expect(people(event({ title: 'QCon', description: 'Priya Raman speaks at QCon London.' }))).toEqual(['PERSON:priya']);
  });

  it('keeps namesakes without company information as weaker, shared matches', () => {
    const found = matcher.match(event({ title: 'Critique', description: 'Hosted by Alex Kim.' }));
    expect(keys(found)).toEqual(['PERSON:alex-notion', 'PERSON:alex-stripe']);
    for (const m of found) {
      expect(m.score).toBeLessThan(0.5);
      expect(m.reason).toBe('Alex Kim is hosting (name shared by several tracked contacts)');
    }
  });
});

describe('a longer name is a different person', () => {
  it.each([
    ['a hyphenated double surname', 'Speaker: Anna Schmidt-Weber'],
    ['a hyphenated double surname in a title', 'Managing mocks (talk by Anna Schmidt-Weber)'],
    ['a hyphenated first name', 'Speaker: Lena-Anna Schmidt'],
    ['a longer surname', 'Speaker: Anna Schmidtke'],
    ['a second surname in prose', 'Our speaker Anna Schmidt Varga works on compilers.'],
    ['a second surname on its own line', 'Speakers:\nAnna Schmidt Varga\nCompiler engineer'],
    ['a second surname in a title', 'Understanding PyPy (talk by Anna Schmidt Varga)'],
    ['a second surname in capitals', 'Conférence par ANNA SCHMIDT VARGA'],
  ])('rejects %s', (_case, text) => {
    expect(people(event({ title: 'Talk', description: text }))).toEqual([]);
    expect(people(event({ title: text }))).toEqual([]);
  });

  it.each([
    'Speaker: Anna Schmidt',
    'Anna Schmidt, compiler engineer, on PyPy.',
    'Anna Schmidt - compiler engineer',
    'Anna Schmidt (Research Engineer) on PyPy.',
    "Anna Schmidt's talk on PyPy.",
    'Join Anna Schmidt Tuesday for a talk.',
    'Anna Schmidt PhD presents her thesis.',
    'Anna Schmidt Datadog engineer',
    'With Anna Schmidt and Priya Raman.',
    'Par Anna SCHMIDT\nDepuis 2017',
  ])('still matches the whole name in "%s"', (text) => {
    expect(people(event({ title: 'Talk', description: text }))).toContain('PERSON:anna');
  });

  it('reads a Title Case word after the name as part of it only when it is not an ordinary word', () => {
    expect(people(event({ title: 'Keynote: Anna Schmidt All I really want is power' }))).toEqual(['PERSON:anna']);
    expect(people(event({ title: 'Anna Schmidt Explains Garbage Collection' }))).toEqual(['PERSON:anna']);
    expect(people(event({ title: 'Compilers With Anna Schmidt Varga' }))).toEqual([]);
  });
});

describe('folding keeps one person one person', () => {
  it.each([
    ['Zoë Müller', 'Zoe Mueller', 'zoe'],
    ['Zoë Müller', 'ZOE MULLER', 'zoe'],
    ['Mike Mueller (tracked)', 'Mike Müller', 'mike'],
    ['Mike Mueller (tracked)', 'Mike Muller', 'mike'],
    ['Mike Mueller (tracked)', 'Mike Mueller', 'mike'],
  ])('%s is found as "%s"', (_tracked, written, id) => {
    expect(people(event({ title: 'Talk', description: `Speakers: ${written}.` }))).toEqual([`PERSON:${id}`]);
  });

  it('keeps accent-free spellings of Polish, Nordic and French names', () => {
    const m = buildMatcher({
      companies: [],
      contacts: [
        { id: 'lukasz', name: 'Lukasz Langa', aliases: [], companyId: null, email: null, title: null },
        { id: 'jorn', name: 'Jorn Lomax', aliases: [], companyId: null, email: null, title: null },
        { id: 'frans', name: 'Frans Rosen', aliases: [], companyId: null, email: null, title: null },
      ],
      topics: [],
    });
    const found = (title: string) => keys(m.match(event({ title })));
    expect(found('Looking At Audio, by Łukasz Langa')).toEqual(['PERSON:lukasz']);
    expect(found('python-future (talk by Jørn Lomax)')).toEqual(['PERSON:jorn']);
    expect(found('Logical flaws (talk by Frans Rosén)')).toEqual(['PERSON:frans']);
  });

  it('does not invent umlauts in first names or in "-el" endings', () => {
    const m = buildMatcher({
      companies: [],
      contacts: [{ id: 'joel', name: 'Joel Samuel', aliases: [], companyId: null, email: null, title: null }],
      topics: [],
    });
    expect(keys(m.match(event({ title: 'Talk by Jol Samul' })))).toEqual([]);
    expect(keys(m.match(event({ title: 'Talk by Joel Samuel' })))).toEqual(['PERSON:joel']);
  });
});
