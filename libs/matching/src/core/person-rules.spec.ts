import { event, keys, TRACKED } from './__fixtures__/tracked';
import { buildMatcher } from './matcher';
import type { EventPerson, MatchableEvent } from './types';

const matcher = buildMatcher(TRACKED);
const people = (e: MatchableEvent) => keys(matcher.match(e)).filter((k) => k.startsWith('PERSON:'));
const speaker = (name: string, affiliation: string | null = null, email: string | null = null): EventPerson => ({ name, role: 'SPEAKER', affiliation, email, url: null });

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
