import type { EventMatch, MatchableEvent, MatcherInput } from '../types';

/** A compact tracked set for the rule-by-rule specs. */
export const TRACKED: MatcherInput = {
  companies: [
    { id: 'notion', name: 'Notion', aliases: ['Notion Labs'], domains: ['notion.so'] },
    { id: 'square', name: 'Square', aliases: [], domains: ['squareup.com'] },
    { id: 'block', name: 'Block', aliases: ['Block, Inc.'], domains: ['block.xyz'] },
    { id: 'apple', name: 'Apple', aliases: [], domains: ['apple.com'] },
    { id: 'meta', name: 'Meta', aliases: ['Facebook'], domains: ['meta.com'] },
    { id: 'alphabet', name: 'Alphabet', aliases: [], domains: ['abc.xyz'] },
    { id: 'stripe', name: 'Stripe', aliases: [], domains: ['stripe.com'] },
    { id: 'datadog', name: 'Datadog', aliases: [], domains: ['datadoghq.com'] },
    { id: 'socgen', name: 'Société Générale', aliases: [], domains: ['societegenerale.com'] },
    { id: 'att', name: 'AT&T', aliases: [], domains: ['att.com'] },
    { id: 'google', name: 'Google', aliases: [], domains: ['google.com'] },
    { id: 'microsoft', name: 'Microsoft', aliases: [], domains: ['microsoft.com'] },
  ],
  contacts: [
    { id: 'priya', name: 'Priya Raman', aliases: [], companyId: 'stripe', email: 'priya@stripe.com', title: 'Engineering Manager' },
    { id: 'alex-notion', name: 'Alex Kim', aliases: [], companyId: 'notion', email: null, title: null },
    { id: 'alex-stripe', name: 'Alex Kim', aliases: [], companyId: 'stripe', email: 'akim@stripe.com', title: null },
    { id: 'zoe', name: 'Zoë Müller', aliases: [], companyId: 'datadog', email: null, title: null },
    { id: 'will', name: 'Will Price', aliases: [], companyId: null, email: null, title: null },
    { id: 'raj', name: 'Rajesh Kumar', aliases: ['Raj Kumar'], companyId: null, email: null, title: null },
    { id: 'anna', name: 'Anna Schmidt', aliases: [], companyId: null, email: null, title: null },
    { id: 'mike', name: 'Mike Mueller', aliases: [], companyId: null, email: null, title: null },
  ],
  topics: [
    { id: 'dist', phrase: 'distributed systems', source: 'INTEREST' },
    { id: 'crdt', phrase: 'CRDT', source: 'INTEREST' },
    { id: 'offline', phrase: 'offline-first', source: 'INTEREST' },
    { id: 'em', phrase: 'engineering manager', source: 'TARGET_ROLE' },
    { id: 'rust', phrase: 'Rust', source: 'INTEREST' },
  ],
};

let sequence = 0;

/** An event with only the given fields set. */
export function event(fields: Partial<MatchableEvent>): MatchableEvent {
  sequence++;
  return { id: `e${sequence}`, title: '', description: null, location: null, organizer: null, people: [], categories: [], url: null, ...fields };
}

/** "COMPANY:stripe"-style keys of the matches, in result order. */
export function keys(matches: EventMatch[]): string[] {
  return matches.map((m) => `${m.kind}:${m.contactId ?? m.companyId ?? m.topicId}`);
}
