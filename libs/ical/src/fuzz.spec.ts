import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { UnreadableSourceError } from '@app/event-model';
import { parseIcs } from './index';
import { seededRandom as random } from '@app/testing';

/**
 * Deterministic fuzzing of the corpus: each file is damaged in the ways real
 * feeds are damaged (cut off, bit rot, a huge line, absurd nesting, lost or
 * repeated lines). The parser may refuse an input only with
 * UnreadableSourceError, and must answer each one within a time bound (a
 * bound, not a benchmark).
 */

const CORPUS = join(__dirname, '..', '..', '..', 'test', 'fixtures', 'corpus', 'ics');
// A hang detector, not a benchmark (that is `npm run bench`): generous, as CI machines are busy.
const TIME_BOUND_MS = 10_000;

type Mutation = (text: string, next: () => number) => string;

const pick = (next: () => number, n: number) => Math.floor(next() * n);

const MUTATIONS: Record<string, Mutation> = {
  truncate: (text, next) => text.slice(0, pick(next, text.length)),
  byteFlips: (text, next) => {
    const bytes = Buffer.from(text, 'utf8');
    const flips = Math.max(5, Math.floor(bytes.length / 200));
    for (let i = 0; i < flips; i++) bytes[pick(next, bytes.length)] ^= 1 + pick(next, 255);
    return bytes.toString('utf8');
  },
  hugeLine: (text, next) => {
    const lines = text.split(/\r?\n/);
    const at = pick(next, lines.length);
    const name = ['X-FUZZ', 'DESCRIPTION', 'SUMMARY;LANGUAGE=en', 'ATTACH;ENCODING=BASE64;VALUE=BINARY'][pick(next, 4)];
    lines.splice(at, 0, `${name}:${'A<b>&amp;\\n'.repeat((1 << 20) / 10)}`);
    return lines.join('\r\n');
  },
  deepNesting: (text, next) => {
    const lines = text.split(/\r?\n/);
    const events = lines.flatMap((line, index) => (line.startsWith('BEGIN:VEVENT') ? [index] : []));
    const at = events.length > 0 ? events[pick(next, events.length)] + 1 : pick(next, lines.length);
    const nest: string[] = [];
    for (let i = 0; i < 10_000; i++) nest.push(i % 2 === 0 ? 'BEGIN:VEVENT' : 'BEGIN:VALARM');
    lines.splice(at, 0, ...nest);
    return lines.join('\r\n');
  },
  deleteAndDuplicateLines: (text, next) => {
    const out: string[] = [];
    for (const line of text.split(/\r?\n/)) {
      const roll = next();
      if (roll < 0.05) continue;
      out.push(line);
      if (roll > 0.95) out.push(line);
    }
    return out.join('\r\n');
  },
  shuffleRuns: (text, next) => {
    // Swaps two runs of lines: components end up interleaved and out of order.
    const lines = text.split(/\r?\n/);
    const a = pick(next, lines.length);
    const b = pick(next, lines.length);
    const length = 1 + pick(next, 20);
    const first = lines.splice(Math.min(a, b), length);
    lines.splice(Math.max(a, b) - length > 0 ? Math.max(a, b) - length : 0, 0, ...first);
    return lines.join('\r\n');
  },
};

/** A year from the file's earliest DTSTART, so mutated series are expanded too. */
function windowFor(text: string): { from: Date; to: Date } {
  const starts = [...text.matchAll(/^DTSTART[^:\r\n]*:(\d{4})(\d{2})(\d{2})/gm)].map((m) => Date.UTC(+m[1], +m[2] - 1, +m[3]));
  const from = starts.length > 0 ? Math.min(...starts) : Date.UTC(2020, 0, 1);
  return { from: new Date(from), to: new Date(from + 365 * 86_400_000) };
}

interface Case {
  file: string;
  mutation: string;
  seed: number;
}

const files = readdirSync(CORPUS).filter((file) => file.endsWith('.ics'));
const cases: Case[] = files.flatMap((file, fileIndex) => {
  // Larger files cost most; one seed of each is enough.
  const seeds = readFileSync(join(CORPUS, file)).length > 30_000 ? [1] : [1, 2];
  return Object.keys(MUTATIONS).flatMap((mutation) => seeds.map((seed) => ({ file, mutation, seed: seed * 1_000 + fileIndex })));
});

describe('fuzzed corpus', () => {
  // Load and compile the parser's dependencies before timing anything.
  beforeAll(() => {
    const text = readFileSync(join(CORPUS, 'node-ical__ms_timezones.ics'), 'utf8');
    parseIcs(text, { defaultTimeZone: 'UTC', window: windowFor(text), maxOccurrencesPerSeries: 200, maxEventsPerSource: 5_000 });
  });

  it.each(cases)('$file / $mutation / seed $seed', ({ file, mutation, seed }) => {
    const original = readFileSync(join(CORPUS, file), 'utf8');
    const input = MUTATIONS[mutation](original, random(seed));
    const began = performance.now();
    try {
      const result = parseIcs(input, {
        defaultTimeZone: 'Europe/Berlin',
        window: windowFor(original),
        maxOccurrencesPerSeries: 200,
        maxEventsPerSource: 5_000,
      });
      expect(Array.isArray(result.events)).toBe(true);
      for (const event of result.events) {
        expect(typeof event.uid).toBe('string');
        expect(typeof event.start).toBe('string');
      }
    } catch (error) {
      expect(error).toBeInstanceOf(UnreadableSourceError);
    }
    expect(performance.now() - began).toBeLessThan(TIME_BOUND_MS);
  });
});
