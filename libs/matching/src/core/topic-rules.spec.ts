import { event, keys, TRACKED } from './__fixtures__/tracked';
import { buildMatcher } from './matcher';
import type { MatchableEvent } from './types';

const matcher = buildMatcher(TRACKED);
const topics = (e: MatchableEvent) => keys(matcher.match(e)).filter((k) => k.startsWith('TOPIC:'));

describe('topics', () => {
  it('matches phrases plural- and hyphen-insensitively', () => {
    expect(topics(event({ title: 'Distributed system design' }))).toEqual(['TOPIC:dist']);
    expect(topics(event({ title: 'CRDTs for the rest of us' }))).toEqual(['TOPIC:crdt']);
    expect(topics(event({ title: 'Local-first', description: 'Sync engines and offline first apps.' }))).toEqual(['TOPIC:offline']);
    expect(topics(event({ title: 'Offline-First apps' }))).toEqual(['TOPIC:offline']);
    expect(topics(event({ title: "Engineering managers' breakfast" }))).toEqual(['TOPIC:em']);
  });

  it('looks in the title, the description and the categories, not elsewhere', () => {
    expect(topics(event({ title: 'Meetup', categories: ['distributed-systems'] }))).toEqual(['TOPIC:dist']);
    expect(topics(event({ title: 'Meetup', description: 'All about distributed systems.' }))).toEqual(['TOPIC:dist']);
    expect(topics(event({ title: 'Meetup', location: 'Distributed Systems Hall', organizer: { name: 'CRDT Club', email: null } }))).toEqual([]);
  });

  it('does not join words across punctuation', () => {
    expect(topics(event({ title: 'Distributed, systems' }))).toEqual([]);
  });

  it('reads a capitalised ordinary-word topic only as a proper noun', () => {
    expect(topics(event({ title: 'Go & Rust night' }))).toEqual(['TOPIC:rust']);
    expect(topics(event({ title: 'Dojo', categories: ['rust'] }))).toEqual(['TOPIC:rust']);
    expect(topics(event({ title: 'Rust removal for bikes', description: 'Learn to treat rust on old frames.' }))).toEqual([]);
  });

  it('scores topics below companies and people, target roles a little higher', () => {
    const found = matcher.match(event({ title: 'Engineering manager night at Stripe', description: 'On distributed systems.' }));
    const score = (key: string) => found.find((m) => keys([m])[0] === key)?.score ?? 0;
    expect(score('COMPANY:stripe')).toBeGreaterThan(score('TOPIC:em'));
    expect(score('TOPIC:em')).toBeGreaterThan(score('TOPIC:dist'));
    expect(found.find((m) => m.kind === 'TOPIC')).toMatchObject({ role: 'TOPIC', reason: 'the event is about engineering manager (your target role)' });
  });
});
