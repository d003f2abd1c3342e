import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { findIana } from 'windows-iana';
import { DEFAULT_LIMITS, type NormalizedEvent, type ParseOptions, type ParseResult } from '@app/event-model';
import { readComponent } from './component';
import { scanComponents } from './component-scanner';
import { normaliseLineBreaks } from './content-line';
import { parseIcs } from './index';
import { WarningLog } from './warnings';

/**
 * Golden tests over the developer-visible corpus, driven by
 * test/fixtures/corpus/manifest.json: every ICS entry and every fact in it
 * becomes a test, so a new manifest entry is covered without touching this
 * file. Facts that do not describe parser output are listed in SKIPPED_FACTS
 * with the reason.
 */

const CORPUS = join(__dirname, '..', '..', '..', 'test', 'fixtures', 'corpus');
const DEFAULT_ZONE = 'UTC';

interface EventFact {
  uid?: string | null;
  recurrenceId?: string;
  method?: string;
  rrule?: string;
  exdates?: string[];
  start?: string;
  end?: string;
  startLocal?: string;
  endLocal?: string;
  lenientStart?: string;
  acceptableStarts?: string[];
  [fact: string]: unknown;
}

interface OccurrenceFacts {
  window: [string, string];
  count?: number;
  countIncludingCancelled?: number;
  countActive?: number;
  starts?: string[];
  titles?: string[];
}

interface FileEntry {
  file: string;
  format: string;
  counts?: Record<string, number | string[]>;
  events?: EventFact[];
  occurrencesInWindow?: OccurrenceFacts;
}

const manifest = JSON.parse(readFileSync(join(CORPUS, 'manifest.json'), 'utf8')) as { files: FileEntry[] };
const entries = manifest.files.filter((entry) => entry.format === 'ics');

/** Facts that are not compared, and why. */
const SKIPPED_FACTS: Record<string, string> = {
  notes: 'prose for humans',
  rrule: 'the model has no RRULE field; the fact marks the series master, which selects how the event is matched',
  rawSummary: 'the literal source text; `title` is the normalised value and is compared',
  rawEnd: 'the invalid source value (DTEND before DTSTART); the parser drops such an end with a warning, which the notes allow',
  method: 'selects whether the fact is an event or a cancellation',
  uid: 'used to find the event',
  recurrenceId: 'used to find the event',
  exdates: 'checked as absence of those instances',
  endLocal: 'checked with startLocal',
  lenientStart: 'checked as the start when there is no strict one',
  acceptableStarts: 'checked as the start',
};

function load(file: string): string {
  return readFileSync(join(CORPUS, file), 'utf8');
}

function options(window: [Date, Date]): ParseOptions {
  return { defaultTimeZone: DEFAULT_ZONE, window: { from: window[0], to: window[1] }, ...DEFAULT_LIMITS };
}

function parseTimed(text: string, window: [Date, Date]): { result: ParseResult; ms: number } {
  const started = performance.now();
  const result = parseIcs(text, options(window));
  return { result, ms: performance.now() - started };
}

const DAY = 86_400_000;

/** A window around every date the file's facts mention, so masters and single events are expanded. */
function factsWindow(entry: FileEntry): [Date, Date] {
  const times: number[] = [];
  for (const fact of entry.events ?? []) {
    for (const key of ['start', 'startLocal', 'lenientStart', 'recurrenceId'] as const) {
      const value = fact[key];
      if (typeof value === 'string') times.push(Date.parse(value.length === 10 ? `${value}T00:00:00Z` : value));
    }
  }
  const valid = times.filter(Number.isFinite);
  if (valid.length === 0) return [new Date('1990-01-01'), new Date('2040-01-01')];
  return [new Date(Math.min(...valid) - 2 * DAY), new Date(Math.max(...valid) + 400 * DAY)];
}

/** The recurrenceId form of a manifest date or date-time ("…Z" instant, or the date). */
function keyOf(value: string): string {
  return value.length === 10 ? value : new Date(Date.parse(value)).toISOString().replace('.000Z', 'Z');
}

function canonicalZone(zone: string): string {
  return new Intl.DateTimeFormat('en-US', { timeZone: zone }).resolvedOptions().timeZone;
}

/** "Name <mailto:x@y>" or "mailto:x@y" as the model's organizer. */
function organizerOf(text: string): { name: string | null; email: string } {
  const match = /^(?:(.*?)\s*<)?mailto:([^>]+)>?$/i.exec(text.trim());
  if (!match) throw new Error(`unreadable organizer fact "${text}"`);
  return { name: match[1] ?? null, email: match[2] };
}

/** Index of facts superseded by a later fact for the same (uid, recurrenceId): the manifest lists versions in file order. */
function supersededFacts(facts: EventFact[]): Set<number> {
  const last = new Map<string, number>();
  facts.forEach((fact, index) => {
    if (fact.uid && fact.method !== 'CANCEL' && !fact.rrule) last.set(`${fact.uid}|${fact.recurrenceId ?? ''}`, index);
  });
  const superseded = new Set<number>();
  facts.forEach((fact, index) => {
    const key = `${fact.uid}|${fact.recurrenceId ?? ''}`;
    if (fact.uid && fact.method !== 'CANCEL' && !fact.rrule && last.get(key) !== index) superseded.add(index);
  });
  return superseded;
}

function findEvent(events: NormalizedEvent[], fact: EventFact, facts: EventFact[]): { event: NormalizedEvent; seriesOnly: boolean } {
  let candidates = fact.uid ? events.filter((e) => e.uid === fact.uid) : events.slice();
  if (!fact.uid && typeof fact.title === 'string') candidates = candidates.filter((e) => e.title === fact.title);
  if (!fact.uid && fact.title === null) candidates = candidates.filter((e) => e.title === '(untitled)');
  if (fact.recurrenceId) {
    const key = keyOf(fact.recurrenceId);
    const found = candidates.find((e) => e.recurrenceId === key);
    if (!found) throw new Error(`no instance ${key} of ${fact.uid}`);
    return { event: found, seriesOnly: false };
  }
  if (fact.rrule) {
    const first = fact.start ?? fact.lenientStart;
    const key = first ? keyOf(first) : null;
    const replaced = facts.some((other) => other.uid === fact.uid && other.recurrenceId && key && keyOf(other.recurrenceId) === key);
    const excluded = (fact.exdates ?? []).some((date) => key && keyOf(date) === key);
    if (key && !replaced && !excluded) {
      const found = candidates.find((e) => e.recurrenceId === key);
      if (!found) throw new Error(`no first instance ${key} of ${fact.uid}`);
      return { event: found, seriesOnly: false };
    }
    const overridden = new Set(facts.filter((f) => f.uid === fact.uid && f.recurrenceId).map((f) => keyOf(f.recurrenceId as string)));
    const found = candidates.find((e) => e.recurrenceId !== null && !overridden.has(e.recurrenceId));
    if (!found) throw new Error(`no instance of series ${fact.uid}`);
    return { event: found, seriesOnly: true };
  }
  candidates = candidates.filter((e) => e.recurrenceId === null || !fact.uid);
  const local = fact.startLocal;
  if (candidates.length > 1 && (fact.start || local)) {
    candidates = candidates.filter((e) => (fact.start ? e.start === fact.start : e.start.startsWith(local as string)));
  }
  if (candidates.length !== 1) throw new Error(`expected one event for ${JSON.stringify(fact.uid ?? fact.title)}, found ${candidates.length}`);
  return { event: candidates[0], seriesOnly: false };
}

/** Facts that only hold for one instance (not for other instances of the same series). */
const INSTANCE_FACTS = new Set(['start', 'end', 'startLocal', 'lenientStart', 'acceptableStarts', 'startInCalendarZone', 'startInIanaZone', 'startInUtc']);

function checkFact(event: NormalizedEvent, name: string, expected: unknown, fact: EventFact): void {
  switch (name) {
    case 'title':
      expect(event.title).toBe(expected ?? '(untitled)');
      return;
    case 'start':
    case 'end':
    case 'allDay':
    case 'location':
    case 'url':
    case 'recurring':
    case 'sequence':
    case 'description':
      expect(event[name]).toEqual(expected);
      return;
    case 'status':
      // null in the manifest: the source has no STATUS; RFC 5545 and the model default to CONFIRMED.
      expect(event.status).toBe(expected ?? 'CONFIRMED');
      return;
    case 'descriptionStartsWith':
      expect(event.description?.startsWith(expected as string)).toBe(true);
      return;
    case 'organizer':
      expect(event.organizer).toEqual(expected === null ? null : organizerOf(expected as string));
      return;
    case 'startLocal':
      expect(event.start.slice(0, 19)).toBe(expected);
      if (fact.endLocal) expect(event.end?.slice(0, 19)).toBe(fact.endLocal);
      if (fact.timeZone === null) {
        expect(event.floating).toBe(true);
        expect(event.timeZone).toBe(DEFAULT_ZONE);
      }
      return;
    case 'lenientStart':
      if (!fact.start) expect(event.start).toBe(expected);
      return;
    case 'acceptableStarts':
      expect(expected as string[]).toContain(event.start);
      return;
    case 'startInCalendarZone':
    case 'startInIanaZone':
    case 'startInUtc':
      // Informational: the same instant seen in another zone.
      expect(Date.parse(event.start)).toBe(Date.parse(expected as string));
      return;
    case 'timeZone':
    case 'ianaTimeZone': {
      if (name === 'timeZone' && fact.ianaTimeZone) return;
      if (typeof expected === 'string' && expected.includes('implied')) return; // not stated in the file
      if (expected === null) {
        if (fact.startLocal) return; // floating: checked with startLocal
        if (!event.allDay) expect(event.timeZone).toBeNull();
        return;
      }
      // timeZone is the TZID as written; without an ianaTimeZone fact it is a Windows name (khal) or already IANA.
      const written = expected as string;
      const zone = name === 'ianaTimeZone' ? written.split(' ')[0] : (findIana(written)[0] ?? written);
      expect(event.timeZone).not.toBeNull();
      expect(canonicalZone(event.timeZone as string)).toBe(canonicalZone(zone));
      return;
    }
    default:
      if (!(name in SKIPPED_FACTS)) throw new Error(`fact "${name}" is not understood by this test; add it`);
  }
}

/** A hang detector, not a benchmark: generous, as the test machine may be busy. */
const HANG_BOUND_MS = 10_000;

describe('ICS corpus: every file reads without crash or hang', () => {
  const files = readdirSync(join(CORPUS, 'ics')).filter((file) => file.endsWith('.ics'));
  // Load and compile the parser's dependencies before timing anything.
  beforeAll(() => parseTimed(load('ics/node-ical__ms_timezones.ics'), [new Date('2020-01-01'), new Date('2021-01-01')]));

  it.each(files)('%s', (file) => {
    const { result, ms } = parseTimed(load(`ics/${file}`), [new Date('2010-01-01'), new Date('2012-01-01')]);
    expect(ms).toBeLessThan(HANG_BOUND_MS);
    expect(Array.isArray(result.events)).toBe(true);
  });

  it('lists every ICS file of the corpus in the manifest', () => {
    expect(files.map((file) => `ics/${file}`).sort()).toEqual(entries.map((entry) => entry.file).sort());
  });
});

describe.each(entries)('ICS corpus $file', (entry) => {
  const text = load(entry.file);
  const facts = entry.events ?? [];
  const superseded = supersededFacts(facts);
  let parsed: ParseResult | null = null;
  const result = () => (parsed ??= parseIcs(text, options(factsWindow(entry))));

  const eventFacts = facts.map((fact, index) => ({ fact, index })).filter(({ fact, index }) => fact.method !== 'CANCEL' && !superseded.has(index));
  const checks = eventFacts.flatMap(({ fact, index }) =>
    Object.keys(fact)
      .filter((name) => !(name in SKIPPED_FACTS) || name === 'startLocal' || name === 'lenientStart' || name === 'acceptableStarts')
      .map((name) => ({ label: `event #${index + 1} (${fact.uid ?? fact.title}) ${name}`, fact, name })),
  );

  if (checks.length > 0) {
    it.each(checks)('$label', ({ fact, name }) => {
      const { event, seriesOnly } = findEvent(result().events, fact, facts);
      if (seriesOnly && INSTANCE_FACTS.has(name)) return; // the first instance is overridden or excluded
      checkFact(event, name, fact[name], fact);
    });
  }

  // An earlier version of a (uid, recurrenceId) that a later one in the file supersedes must not be the one kept.
  const supersededChecks = facts.filter((_, index) => superseded.has(index));
  if (supersededChecks.length > 0) {
    it.each(supersededChecks)('superseded version "$title" is not kept', (fact) => {
      const kept = result().events.filter((e) => e.uid === fact.uid && e.recurrenceId === null);
      expect(kept).toHaveLength(1);
      expect(kept[0].title).not.toBe(fact.title);
    });
  }

  const exdateChecks = facts.flatMap((fact) => (fact.exdates ?? []).map((date) => ({ uid: fact.uid, date })));
  if (exdateChecks.length > 0) {
    it.each(exdateChecks)('EXDATE $date of $uid has no instance', ({ uid, date }) => {
      expect(result().events.some((e) => e.uid === uid && e.recurrenceId === keyOf(date))).toBe(false);
    });
  }

  const cancelFacts = facts.filter((fact) => fact.method === 'CANCEL');
  if (cancelFacts.length > 0) {
    it.each(cancelFacts)('METHOD:CANCEL of $uid is a cancellation', (fact) => {
      expect(result().cancellations).toContainEqual({
        uid: fact.uid,
        recurrenceId: fact.recurrenceId ? keyOf(fact.recurrenceId) : null,
        sequence: fact.sequence,
      });
    });
  }

  if (entry.counts) {
    it.each(Object.entries(entry.counts))('counts.%s', (name, expected) => {
      expect(countOf(text, name)).toEqual(expected);
    });
  }

  const occurrences = entry.occurrencesInWindow;
  if (occurrences) {
    it('occurrencesInWindow', () => {
      const window: [Date, Date] = [occurrences.window[0], occurrences.window[1]].map(
        (value) => new Date(value.length === 10 ? `${value}T00:00:00Z` : value),
      ) as [Date, Date];
      const uid = facts.find((fact) => fact.rrule)?.uid;
      const { result: windowed } = parseTimed(text, window);
      const instances = windowed.events.filter((e) => e.uid === uid);
      const active = instances.filter((e) => e.status !== 'CANCELLED');
      if (occurrences.count !== undefined) expect(instances).toHaveLength(occurrences.count);
      if (occurrences.countIncludingCancelled !== undefined) expect(instances).toHaveLength(occurrences.countIncludingCancelled);
      if (occurrences.countActive !== undefined) expect(active).toHaveLength(occurrences.countActive);
      if (occurrences.starts) {
        const expected = occurrences.starts.map((start) => {
          const [at, flag] = start.split(' ');
          return { start: at, cancelled: flag === '(CANCELLED)' };
        });
        expect(instances.map((e) => e.start)).toEqual(expected.map((e) => e.start));
        if (occurrences.countIncludingCancelled !== undefined) {
          expect(instances.map((e) => e.status === 'CANCELLED')).toEqual(expected.map((e) => e.cancelled));
        }
      }
      if (occurrences.titles) expect(instances.map((e) => e.title)).toEqual(occurrences.titles);
      expect(instances.every((e) => e.recurring && e.recurrenceId !== null)).toBe(true);
    });
  }
});

/** `counts` facts describe the file's structure; they are checked against the component splitter. */
function countOf(text: string, name: string): number | string[] {
  const warnings = new WarningLog();
  const source = normaliseLineBreaks(text);
  const scan = scanComponents(source, warnings);
  const vevents = scan.records.filter((record) => record.kind === 'VEVENT');
  switch (name) {
    case 'vcalendars':
      return scan.calendars.filter((calendar) => !calendar.implicit).length;
    case 'vevents':
      return vevents.length;
    case 'vtodos':
      return scan.records.filter((record) => record.kind === 'VTODO').length;
    case 'vtimezones':
      return scan.records.filter((record) => record.kind === 'VTIMEZONE').length;
    case 'distinctUids':
      return new Set(vevents.map((record) => record.uid)).size;
    case 'masters':
    case 'overrides': {
      const overrides = vevents.filter((record) => readComponent(source, record, warnings).properties.has('RECURRENCE-ID')).length;
      return name === 'overrides' ? overrides : vevents.length - overrides;
    }
    case 'methods':
      return scan.calendars.filter((calendar) => !calendar.implicit).map((calendar) => calendar.method ?? '');
    default:
      throw new Error(`count "${name}" is not understood by this test; add it`);
  }
}
