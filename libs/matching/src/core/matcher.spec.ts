import { event, keys, TRACKED } from './__fixtures__/tracked';
import { buildMatcher } from './matcher';
import type { MatchableEvent } from './types';

const rich: MatchableEvent = event({
  title: 'Payments night at Stripe: distributed systems',
  description: 'Priya Raman (Stripe) and Zoë Müller from Datadog talk about CRDTs. Sponsored by Notion.',
  location: 'Stripe HQ, 354 Oyster Point Blvd',
  organizer: { name: 'Priya Raman', email: 'priya@stripe.com' },
  people: [
    { name: 'Priya Raman', role: 'SPEAKER', affiliation: 'Stripe', email: null, url: null },
    { name: 'Datadog', role: 'SPONSOR', affiliation: null, email: null, url: null },
  ],
  categories: ['Distributed Systems'],
  url: 'https://stripe.com/events/payments-night',
});

describe('matcher', () => {
  const matcher = buildMatcher(TRACKED);

  it('returns one match per (kind, id) with all evidence merged', () => {
    const found = matcher.match(rich);
    expect(new Set(keys(found)).size).toBe(found.length);
    const stripe = found.find((m) => m.companyId === 'stripe');
    expect(stripe?.evidence.map((e) => e.field).sort()).toEqual(['description', 'location', 'organizer', 'people', 'title', 'url']);
    // Organizing and speaking: the organizer e-mail pins her down, so that role leads.
    const priya = found.find((m) => m.contactId === 'priya');
    expect(priya?.role).toBe('ORGANIZER');
    expect(priya?.evidence.map((e) => e.field)).toEqual(['organizer', 'people', 'description']);
  });

  it('sorts by score, strongest evidence first, with scores in [0, 1]', () => {
    const found = matcher.match(rich);
    expect(keys(found)[0]).toBe('PERSON:priya');
    for (let i = 1; i < found.length; i++) expect(found[i - 1]?.score).toBeGreaterThanOrEqual(found[i]?.score ?? 0);
    for (const m of found) {
      expect(m.score).toBeGreaterThan(0);
      expect(m.score).toBeLessThanOrEqual(1);
    }
    expect(found.filter((m) => m.kind === 'TOPIC').every((t) => found.filter((m) => m.kind !== 'TOPIC').every((o) => o.score > t.score))).toBe(true);
  });

  it('orders evidence kinds as the spec does', () => {
    const score = (e: MatchableEvent, id: string) => matcher.match(e).find((m) => m.companyId === id || m.contactId === id)?.score ?? 0;
    const structuredPerson = score(
      event({ title: 't', people: [{ name: 'Priya Raman', role: 'SPEAKER', affiliation: null, email: null, url: null }] }),
      'priya',
    );
    const structuredCompany = score(event({ title: 't', organizer: { name: 'Datadog', email: null } }), 'datadog');
    const domain = score(event({ title: 't', url: 'https://www.datadoghq.com/x' }), 'datadog');
    const mention = score(event({ title: 'Datadog night' }), 'datadog');
    const topic = matcher.match(event({ title: 'distributed systems' }))[0]?.score ?? 0;
    expect(structuredPerson).toBeGreaterThan(structuredCompany);
    expect(structuredCompany).toBeGreaterThan(domain);
    expect(domain).toBeGreaterThan(mention);
    expect(mention).toBeGreaterThan(topic);
  });

  it('keeps evidence from every field even when one field repeats the name', () => {
    const description = Array.from({ length: 10 }, (_, i) => `Part ${i}: engineers from Datadog.`).join(' ');
    const [match] = matcher.match(event({ title: 'Ops night', description, organizer: { name: 'Datadog', email: null }, categories: ['Datadog'] }));
    expect(match?.evidence.map((e) => e.field)).toEqual(['organizer', 'description', 'description', 'categories']);
  });

  it('gives evidence snippets of at most 160 characters around the words', () => {
    const long = `${'Lorem ipsum dolor sit amet. '.repeat(20)}Engineers from Datadog join us. ${'Consectetur adipiscing elit. '.repeat(20)}`;
    const [match] = matcher.match(event({ title: 'x', description: long }));
    const snippet = match?.evidence[0]?.snippet ?? '';
    expect(snippet.length).toBeLessThanOrEqual(160);
    expect(snippet).toContain('Engineers from Datadog join us.');
    expect(snippet.startsWith('…')).toBe(true);
    expect(snippet.endsWith('…')).toBe(true);
  });

  it('is deterministic, whatever the order of the tracked lists', () => {
    const reversed = buildMatcher({
      companies: [...TRACKED.companies].reverse(),
      contacts: [...TRACKED.contacts].reverse(),
      topics: [...TRACKED.topics].reverse(),
    });
    const first = matcher.match(rich);
    expect(matcher.match(rich)).toEqual(first);
    expect(reversed.match(rich)).toEqual(first);
  });

  it('returns nothing for an event about nothing tracked, and copes with empty input', () => {
    expect(matcher.match(event({ title: 'Monthly JS meetup', description: 'Bundlers and pizza.' }))).toEqual([]);
    expect(buildMatcher({ companies: [], contacts: [], topics: [] }).match(rich)).toEqual([]);
    expect(matcher.match(event({ title: '' }))).toEqual([]);
  });
});
