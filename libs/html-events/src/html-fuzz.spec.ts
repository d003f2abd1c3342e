import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { UnreadableSourceError } from '@app/event-model';
import { testOptions } from './__fixtures__/test-options';
import { extractHtmlEvents, type SelectorRecipe } from './index';
import { seededRandom as prng } from '@app/testing';

/*
 * Deterministic fuzzing over the corpus: truncations, byte flips, a 1 MB
 * line and 10,000-deep nesting. The extractor may refuse a mutant with
 * UnreadableSourceError and nothing else, and must answer within a bound.
 */

const CORPUS_HTML = join(__dirname, '../../../test/fixtures/corpus/html');
const files = readdirSync(CORPUS_HTML)
  .filter((name) => name.endsWith('.html'))
  .sort();
// A hang detector, not a benchmark (that is `npm run bench`): generous, as CI machines are busy.
const TIME_BOUND_MS = 10_000;
const DEPTH = 10_000;

const SPICY = '<>"\'{}[]\\&;:,/=\u0000\u00a0\ud800';

function flipBytes(html: string, random: () => number, flips: number): string {
  const chars = html.split('');
  for (let i = 0; i < flips; i++) {
    const at = Math.floor(random() * chars.length);
    chars[at] = random() < 0.5 ? SPICY[Math.floor(random() * SPICY.length)] : String.fromCharCode(Math.floor(random() * 256));
  }
  return chars.join('');
}

const insertAt = (html: string, random: () => number, text: string) => {
  const at = Math.floor(random() * html.length);
  return html.slice(0, at) + text + html.slice(at);
};

const deepDivs = '<div>'.repeat(DEPTH) + 'deep' + '</div>'.repeat(DEPTH);
const deepItems = '<div itemscope itemtype="http://schema.org/Event" itemprop="subEvent"><span itemprop="name">n</span>'.repeat(DEPTH) + '</div>'.repeat(DEPTH);
const deepEvents = '<div class="h-event vevent"><span class="p-name summary">n</span>'.repeat(DEPTH) + '</div>'.repeat(DEPTH);
const deepJson = `<script type="application/ld+json">{"@type":"Event","name":"Deep","startDate":"2024-01-01","subEvent":${'['.repeat(DEPTH)}${']'.repeat(DEPTH)}}</script>`;
const deepJsonObjects = `<script type="application/ld+json">${'{"@type":"Event","name":"x","startDate":"2024-01-01","subEvent":'.repeat(DEPTH)}null${'}'.repeat(DEPTH)}</script>`;
const megabyteLine = (random: () => number) =>
  Array.from({ length: 1_048_576 / 16 }, () => (random() < 0.5 ? 'abcdefgh&amp;<b> ' : 'x"y\\\'{"a":[1,2,')).join('');
const megabyteJsonLd = `<script type="application/ld+json">{"@type":"Event","name":"Big","startDate":"2024-01-01","description":"${'lorem ipsum <b>dolor</b> '.repeat(45_000)}"}</script>`;

type Mutant = [string, string];

function mutants(name: string, index: number): Mutant[] {
  const html = readFileSync(join(CORPUS_HTML, name), 'utf8');
  const random = prng(0x5eed + index);
  const list: Mutant[] = [
    ['truncated', html.slice(0, Math.floor(random() * html.length))],
    ['truncated inside the head', html.slice(0, Math.floor(random() * Math.min(html.length, 4_000)))],
    ['50 byte flips', flipBytes(html, random, 50)],
    ['2% byte flips', flipBytes(html, random, Math.ceil(html.length / 50))],
  ];
  // The nesting and size mutants cost the most: spread them over the corpus.
  const heavy: [string, () => string][] = [
    ['10,000 nested divs', () => insertAt(html, random, deepDivs)],
    ['10,000 nested itemscope', () => insertAt(html, random, deepItems)],
    ['10,000 nested h-event/vevent', () => insertAt(html, random, deepEvents)],
    ['10,000 nested JSON arrays in JSON-LD', () => insertAt(html, random, deepJson)],
    ['10,000 nested JSON-LD events', () => insertAt(html, random, deepJsonObjects)],
    ['a 1 MB line', () => insertAt(html, random, megabyteLine(random))],
    ['a 1 MB JSON-LD description', () => insertAt(html, random, megabyteJsonLd)],
  ];
  const picked = [heavy[index % heavy.length], ...(index < heavy.length ? [heavy[(index + 3) % heavy.length]] : [])];
  for (const [what, make] of picked) list.push([what, make()]);
  return list;
}

const recipe: SelectorRecipe = { item: 'p, li, div', fields: { title: '.', start: '.' }, dateFormats: ['MMMM d, yyyy', 'yyyy-MM-dd'] };

// Every other mutant is read with a recipe too, so the recipe path is fuzzed
// (it runs on pages whose structured data the mutation destroyed).
const cases = files
  .flatMap((name, index) => mutants(name, index).map(([what, html]) => [name, what, html] as const))
  .map(([name, what, html], i) => [name, what, i % 2 === 1, html] as const);

describe('fuzzed corpus HTML', () => {
  it.each(cases)('%s, %s (recipe: %s): no crash, bounded time', (_, __, withRecipe, html) => {
    const options = withRecipe ? testOptions({ recipe, maxEventsPerSource: 200 }) : testOptions({ defaultTimeZone: 'America/Chicago' });
    const started = Date.now();
    try {
      const result = extractHtmlEvents(html, options);
      expect(Array.isArray(result.events)).toBe(true);
      expect(result.warnings.length).toBeLessThanOrEqual(201);
    } catch (error) {
      expect(error).toBeInstanceOf(UnreadableSourceError);
    }
    expect(Date.now() - started).toBeLessThan(TIME_BOUND_MS);
  });
});
