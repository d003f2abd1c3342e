import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildMatcher } from './matcher';
import type { MatchableEvent, MatcherInput, MatchKind } from './types';

interface LabelledEvent {
  note: string;
  event: MatchableEvent;
  expected: { kind: MatchKind; id: string }[];
}

interface LabelledSet {
  tracked: MatcherInput;
  events: LabelledEvent[];
}

const data = JSON.parse(readFileSync(join(__dirname, '__fixtures__', 'labelled-events.json'), 'utf8')) as LabelledSet;

describe('labelled event set', () => {
  it('is big enough and covers the tracked set the spec asks for', () => {
    expect(data.events.length).toBeGreaterThanOrEqual(150);
    expect(data.tracked.companies.length).toBeGreaterThanOrEqual(20);
    expect(data.tracked.contacts.length).toBeGreaterThanOrEqual(30);
    const names = data.tracked.companies.map((c) => c.name);
    for (const name of ['Notion', 'Square', 'Block', 'Apple', 'Meta', 'Alphabet', 'Stripe', 'Datadog', 'Société Générale', 'AT&T', 'Google', 'Microsoft']) {
      expect(names).toContain(name);
    }
    const alexKims = data.tracked.contacts.filter((c) => c.name === 'Alex Kim');
    expect(new Set(alexKims.map((c) => c.companyId)).size).toBe(2);
  });

  it('reaches precision and recall of at least 0.95 over (event, kind, id) pairs', () => {
    const matcher = buildMatcher(data.tracked);
    let truePositives = 0;
    const falsePositives: string[] = [];
    const falseNegatives: string[] = [];
    for (const { event, expected } of data.events) {
      const found = new Set(matcher.match(event).map((m) => `${m.kind}:${m.contactId ?? m.companyId ?? m.topicId}`));
      const wanted = new Set(expected.map((e) => `${e.kind}:${e.id}`));
      for (const key of found) {
        if (wanted.has(key)) truePositives++;
        else falsePositives.push(`${event.id} ${key} (${event.title})`);
      }
      for (const key of wanted) if (!found.has(key)) falseNegatives.push(`${event.id} ${key} (${event.title})`);
    }
    const precision = truePositives / (truePositives + falsePositives.length);
    const recall = truePositives / (truePositives + falseNegatives.length);
    // The lead quotes these figures; the misses are listed so a regression shows what broke.
    console.log(
      [
        `matching labelled set: ${data.events.length} events, ${truePositives + falseNegatives.length} expected pairs`,
        `precision ${precision.toFixed(3)} (${truePositives}/${truePositives + falsePositives.length}), recall ${recall.toFixed(3)} (${truePositives}/${truePositives + falseNegatives.length})`,
        ...falsePositives.map((p) => `  false positive: ${p}`),
        ...falseNegatives.map((n) => `  missed: ${n}`),
      ].join('\n'),
    );
    expect(precision).toBeGreaterThanOrEqual(0.95);
    expect(recall).toBeGreaterThanOrEqual(0.95);
  });
});
