import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildMatcher } from './matcher';
import type { MatchableEvent, MatcherInput, MatchKind } from './types';
import { seededRandom as random } from '@app/testing';

interface LabelledEvent {
  note: string;
  event: MatchableEvent;
  expected: { kind: MatchKind; id: string }[];
}

interface LabelledSet {
  tracked: MatcherInput;
  events: LabelledEvent[];
}

type Split = 'dev' | 'held-out';

interface RealWorldSet {
  split: { seed: number; heldOutFraction: number; method: 'mulberry32' };
  tracked: MatcherInput;
  events: (LabelledEvent & { split: Split; source: { repo: string; path: string; commit: string } })[];
}

const read = <T>(file: string) => JSON.parse(readFileSync(join(__dirname, '__fixtures__', file), 'utf8')) as T;
const data = read<LabelledSet>('labelled-events.json');
const realWorld = read<RealWorldSet>('real-world-events.json');

interface Figures {
  precision: number;
  recall: number;
  lines: string[];
}

/** Precision and recall over (event, kind, id) pairs, with every false positive and miss listed. */
function figures(label: string, tracked: MatcherInput, events: readonly LabelledEvent[]): Figures {
  const matcher = buildMatcher(tracked);
  let truePositives = 0;
  const falsePositives: string[] = [];
  const falseNegatives: string[] = [];
  for (const { event, expected } of events) {
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
  return {
    precision,
    recall,
    lines: [
      `${label}: ${events.length} events, ${truePositives + falseNegatives.length} expected pairs`,
      `precision ${precision.toFixed(3)} (${truePositives}/${truePositives + falsePositives.length}), recall ${recall.toFixed(3)} (${truePositives}/${truePositives + falseNegatives.length})`,
      ...falsePositives.map((p) => `  false positive: ${p}`),
      ...falseNegatives.map((n) => `  missed: ${n}`),
    ],
  };
}

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
    const { precision, recall, lines } = figures('matching labelled set', data.tracked, data.events);
    // The lead quotes these figures; the misses are listed so a regression shows what broke.
    console.log(lines.join('\n'));
    expect(precision).toBeGreaterThanOrEqual(0.95);
    expect(recall).toBeGreaterThanOrEqual(0.95);
  });
});

describe('real-world event set', () => {
  it('has at least 150 events from recorded public sources, and a held-out part drawn from the recorded seed', () => {
    expect(realWorld.events.length).toBeGreaterThanOrEqual(150);
    for (const { source } of realWorld.events) {
      expect(source.repo).toMatch(/^[\w.-]+\/[\w.-]+$/);
      expect(source.path).not.toBe('');
      expect(source.commit).toMatch(/^[0-9a-f]{40}$/);
    }
    const next = random(realWorld.split.seed);
    const drawn = realWorld.events.map((): Split => (next() < realWorld.split.heldOutFraction ? 'held-out' : 'dev'));
    expect(realWorld.events.map((e) => e.split)).toEqual(drawn);
    expect(drawn.filter((s) => s === 'held-out').length / drawn.length).toBeGreaterThanOrEqual(0.4);
  });

  it.each<[Split, number, number]>([
    // The rules were tuned on the dev part; the held-out part was measured once they were done.
    ['dev', 0.98, 0.95],
    ['held-out', 0.98, 0.95],
  ])('matches the %s part with precision ≥ %s and recall ≥ %s', (split, minPrecision, minRecall) => {
    const events = realWorld.events.filter((e) => e.split === split);
    const { precision, recall, lines } = figures(`real-world events, ${split}`, realWorld.tracked, events);
    console.log(lines.join('\n'));
    expect(precision).toBeGreaterThanOrEqual(minPrecision);
    expect(recall).toBeGreaterThanOrEqual(minRecall);
  });
});
