import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { addDays, isKnownZone } from '@app/zones';
import { type NormalizedEvent, type ParseResult } from '@app/event-model';
import { testOptions } from './__fixtures__/test-options';
import { extractHtmlEvents } from './index';

/*
 * Golden tests driven by test/fixtures/corpus/manifest.json: every HTML
 * file of the corpus is read, and every fact the manifest records for it is
 * checked. A new manifest entry is tested without touching this file.
 */

const CORPUS = join(__dirname, '../../../test/fixtures/corpus');
const BASE_URL = 'https://fixtures.example/corpus/';

type Fact = Record<string, unknown>;
interface ManifestFile {
  file: string;
  format: string;
  counts?: { events?: number };
  events?: Fact[];
}

const manifest = JSON.parse(readFileSync(join(CORPUS, 'manifest.json'), 'utf8')) as { files: ManifestFile[] };
const htmlFiles = readdirSync(join(CORPUS, 'html'))
  .filter((name) => name.endsWith('.html'))
  .sort();
const entryFor = (name: string) => manifest.files.find((f) => f.file === `html/${name}`);

/** The zone the manifest says the page's times are in (the first IANA name it mentions), else UTC. */
function zoneOf(entry: ManifestFile | undefined): string {
  for (const [candidate] of JSON.stringify(entry ?? {}).matchAll(/[A-Z][A-Za-z_]+\/[A-Z][A-Za-z_]+/g)) {
    if (isKnownZone(candidate)) return candidate;
  }
  return 'UTC';
}

const results = new Map<string, ParseResult>();
function parse(name: string): ParseResult {
  let result = results.get(name);
  if (!result) {
    const html = readFileSync(join(CORPUS, 'html', name), 'utf8');
    result = extractHtmlEvents(html, testOptions({ defaultTimeZone: zoneOf(entryFor(name)), baseUrl: BASE_URL }));
    results.set(name, result);
  }
  return result;
}

/** Wall clock and offset of an ISO 8601 date-time; a date stays as it is. */
function moment(iso: string): string {
  const m = /^(\d{4}-\d{2}-\d{2})T(\d{2}:\d{2})(?::(\d{2}))?(?:\.\d+)?(Z|[+-]\d{2}:?\d{2})$/.exec(iso);
  if (!m) return iso;
  const offset = m[4] === 'Z' ? '+00:00' : m[4].replace(/^([+-]\d{2}):?(\d{2})$/, '$1:$2');
  return `${m[1]}T${m[2]}:${m[3] ?? '00'}${offset}`;
}

const asString = (value: unknown) => (typeof value === 'string' ? value : null);
const resolved = (url: string) => new URL(url, BASE_URL).toString();
const firstWord = (value: unknown) => String(value).split(/\s/)[0];

/** The event a manifest fact describes: same title, then narrowed by URL and start. */
function find(events: NormalizedEvent[], fact: Fact): NormalizedEvent | undefined {
  let found = events.filter((e) => e.title === fact.title);
  const url = asString(fact.url);
  if (url) found = found.filter((e) => e.url === resolved(url));
  const start = asString(fact.start);
  if (start) found = found.filter((e) => moment(e.start) === moment(start));
  const startLocal = asString(fact.startLocal);
  if (startLocal) found = found.filter((e) => e.start.startsWith(startLocal));
  return found[0];
}

/** Checks one fact; the manifest's fields are documented in its `conventions`. */
function checkFact(event: NormalizedEvent, key: string, value: unknown): void {
  switch (key) {
    case 'title':
    case 'location':
    case 'uid':
      expect({ [key]: event[key] }).toEqual({ [key]: value });
      break;
    case 'start':
    case 'end':
      expect({ [key]: event[key] === null ? null : moment(event[key]) }).toEqual({ [key]: value === null ? null : moment(value as string) });
      break;
    case 'endAsWritten': // the inclusive last day of an all-day event
      expect(event.end).toBe(addDays(value as string, 1));
      break;
    case 'startLocal':
      expect(event.start.slice(0, 16)).toBe(value);
      break;
    case 'endLocal':
      expect(event.end?.slice(0, 16)).toBe(value);
      break;
    case 'allDay':
      expect(event.allDay).toBe(value);
      break;
    case 'timeZone': {
      const zone = asString(value)?.split(' ')[0];
      if (zone && isKnownZone(zone)) expect(event.timeZone).toBe(zone);
      // null: the page names no zone, so the default zone was applied to a floating time.
      if (value === null) expect(event.floating || event.allDay || event.start.endsWith('Z')).toBe(true);
      break;
    }
    case 'status':
      expect(event.status).toBe(firstWord(value));
      break;
    case 'url':
      expect(event.url).toBe(value === null ? null : resolved(value as string));
      break;
    case 'organizer': {
      const text = value as string;
      if (text.startsWith('mailto:')) expect(event.organizer?.email).toBe(text.slice('mailto:'.length));
      else expect(event.organizer?.name).toBe(text);
      break;
    }
    case 'startVisible': {
      // "July 13 @ 3:00 pm (America/Detroit, i.e. 2022-07-13T15:00:00-04:00)": what the page shows is the truth.
      const shown = /i\.e\.\s+(\S+?)\)?$/.exec(String(value));
      if (shown) expect(moment(event.start)).toBe(moment(shown[1]));
      break;
    }
    default:
      // notes, raw* (the literal source strings), ianaTimeZone, jsonValid (checked per file): informative.
      break;
  }
}

describe('HTML corpus (manifest golden facts)', () => {
  it('has a manifest entry for every corpus HTML file', () => {
    expect(htmlFiles.filter((name) => !entryFor(name))).toEqual([]);
  });

  describe.each(htmlFiles)('%s', (name) => {
    const entry = entryFor(name);

    it('is read without error, in bounded time', () => {
      const started = Date.now();
      expect(() => parse(name)).not.toThrow();
      expect(Date.now() - started).toBeLessThan(2_000);
    });

    if (entry?.counts?.events !== undefined) {
      it(`yields ${entry.counts.events} events`, () => {
        expect(parse(name).events).toHaveLength(entry.counts?.events as number);
      });
    }

    if (entry?.events?.some((fact) => fact.jsonValid === false)) {
      it('reports the invalid JSON-LD it repaired', () => {
        expect(
          parse(name)
            .warnings.map((w) => w.message)
            .join('\n'),
        ).toMatch(/not valid JSON/);
      });
    }

    if (entry?.counts?.events === 0) {
      it('says what to do next when there is no event', () => {
        expect(
          parse(name)
            .warnings.map((w) => w.message)
            .join('\n'),
        ).toMatch(/selector recipe/);
      });
    }

    const facts = (entry?.events ?? []).map((fact, index) => [index, String(fact.title), fact] as const);
    if (facts.length > 0) {
      it.each(facts)('event %i "%s" has the facts the manifest records', (_, __, fact) => {
        const event = find(parse(name).events, fact);
        expect(event).toBeDefined();
        for (const [key, value] of Object.entries(fact)) checkFact(event as NormalizedEvent, key, value);
      });
    }
  });

  it('gives every event of a page a distinct UID', () => {
    for (const name of htmlFiles) {
      const uids = parse(name).events.map((e) => e.uid);
      expect(new Set(uids).size).toBe(uids.length);
    }
  });
});
