import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as nodeIcal from 'node-ical';
import type { NormalizedEvent } from '@app/event-model';
import { parseIcs } from './index';

/**
 * Cross-check of recurrence expansion against node-ical (its own RRULE
 * engine, rrule-temporal) on every series of the corpus: the instance
 * starts in the window must be the same. Where they are not, the reason is
 * written down below and the difference itself is asserted, so a change on
 * either side shows up.
 */

const CORPUS = join(__dirname, '..', '..', '..', 'test', 'fixtures', 'corpus');
const manifest = JSON.parse(readFileSync(join(CORPUS, 'manifest.json'), 'utf8')) as {
  files: { file: string; occurrencesInWindow?: { window: [string, string] } }[];
};
// node-ical reads floating times in the process's zone; ours are read in the default zone, so use the same.
const PROCESS_ZONE = Intl.DateTimeFormat().resolvedOptions().timeZone;

/** Files node-ical cannot read at all. */
const UNREADABLE_BY_NODE_ICAL: Record<string, string> = {
  'node-ical__large-file-with-late-error.ics': 'node-ical throws "duplicate DTSTART encountered" and loses the whole feed; ours keeps 400 events',
};

interface KnownDifference {
  why: string;
  check(theirs: string[], ours: string[]): void;
}

const onlyIn = (a: string[], b: string[]) => a.filter((x) => !b.includes(x));

/**
 * Deliberate differences, keyed by file and series (UID, or SUMMARY for
 * UID-less events). Not listed: Office-2012-owa "TEST2", whose DTSTART (a
 * Monday) does not match BYDAY=TH,FR. Ours always keeps DTSTART as the first
 * instance (RFC 5545 §3.8.5.3); node-ical keeps it with this window but drops
 * it when the window starts years earlier.
 */
const KNOWN_DIFFERENCES: Record<string, Record<string, KnownDifference>> = {
  'ical.js__recur_instances.ics': {
    '623c13c0-6c2b-45d6-a12b-c33ad61c4868': {
      why: "node-ical's expandRecurringEvent ignores RDATE; the manifest counts the three RDATE instances (one of them moved by its override)",
      check: (theirs, ours) => {
        expect(onlyIn(theirs, ours)).toEqual([]);
        expect(onlyIn(ours, theirs)).toEqual(['2012-11-07T04:00:00.000Z', '2012-11-10T18:00:00.000Z', '2012-11-30T18:00:00.000Z']);
      },
    },
  },
  'ical4j__calconnect.ics': {
    'E88157FE01BE8A5C85256FDB006EBCC3-Lotus_Notes_Generated': {
      why: 'node-ical cannot resolve the custom TZID "Eastern" and reads it as UTC; the file\'s VTIMEZONE makes it -04:00 (manifest)',
      check: (theirs, ours) => {
        expect(ours.map((start) => new Date(Date.parse(start) - 4 * 3_600_000).toISOString())).toEqual(theirs);
      },
    },
  },
  'ical4j__mathBirthdays.ics': {
    'AAE0B70C-B76A-11D9-BD53-000A95723178': {
      why: 'A February 29th birthday (DTSTART 2004-02-29): RFC 5545 §3.3.10 skips instances on days that do not exist, so leap years only; node-ical moves every later one to February 28th, leap years included',
      check: (theirs, ours) => {
        expect(ours).toEqual(['2004-02-29', '2008-02-29']);
        expect(onlyIn(theirs, ours).every((date) => date.endsWith('-02-28'))).toBe(true);
      },
    },
  },
  'node-ical__festival-multiday-rrule.ics': {
    'foobarTV broadcast starts': {
      why: 'DTSTART;VALUE=DATE:20110804T120000 holds a date-time: node-ical trusts VALUE=DATE, ours the value (floating 12:00, as the manifest reads it); and DTSTART (a Thursday, BYDAY=MO,FR) is the first instance by §3.8.5.3',
      check: (theirs, ours) => {
        expect(ours.every((start) => start.endsWith('T12:00:00.000Z'))).toBe(true);
        const ourDates = ours.map((start) => start.slice(0, 10));
        expect(onlyIn(theirs, ourDates)).toEqual([]);
        expect(onlyIn(ourDates, theirs)).toEqual(['2011-08-04']);
      },
    },
  },
};

/** The manifest's window, else five years from the file's earliest DTSTART (node-ical is slow on long windows). */
function windowOf(file: string, text: string): [Date, Date] {
  const window = manifest.files.find((entry) => entry.file === `ics/${file}`)?.occurrencesInWindow?.window;
  if (window) return window.map((value) => new Date(value.length === 10 ? `${value}T00:00:00Z` : value)) as [Date, Date];
  const starts = [...text.matchAll(/^DTSTART[^:\r\n]*:(\d{4})(\d{2})(\d{2})/gm)].map((m) => Date.UTC(+m[1], +m[2] - 1, +m[3]));
  const from = starts.length > 0 ? Math.min(...starts) : Date.UTC(2000, 0, 1);
  return [new Date(from), new Date(from + 5 * 365 * 86_400_000)];
}

const pad = (n: number) => String(n).padStart(2, '0');
const localDate = (date: Date) => `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
const ourStart = (event: NormalizedEvent) => (event.allDay ? event.start : new Date(Date.parse(event.start)).toISOString());

interface Series {
  file: string;
  key: string;
  theirs: string[];
  ours: string[];
}

function seriesOf(file: string): Series[] {
  const text = readFileSync(join(CORPUS, 'ics', file), 'utf8');
  const [from, to] = windowOf(file, text);
  const ours = parseIcs(text, {
    defaultTimeZone: PROCESS_ZONE,
    window: { from, to },
    maxOccurrencesPerSeries: 5_000,
    maxEventsPerSource: 100_000,
  }).events;
  const series: Series[] = [];
  for (const component of Object.values(nodeIcal.sync.parseICS(text))) {
    if (!component || component.type !== 'VEVENT' || !component.rrule) continue;
    const summary = typeof component.summary === 'string' ? component.summary : String(component.summary?.val ?? '');
    const key = component.uid || summary.trim();
    // node-ical's `to` is inclusive; ours is exclusive.
    const theirs = nodeIcal
      .expandRecurringEvent(component, { from, to: new Date(to.getTime() - 1) })
      .filter((instance) => instance.isFullDay || instance.start.getTime() >= from.getTime())
      .map((instance) => (instance.isFullDay ? localDate(instance.start) : instance.start.toISOString()))
      .sort();
    const mine = ours
      .filter((event) => event.recurring && (component.uid ? event.uid === component.uid : event.title === summary.trim()))
      .map(ourStart)
      .sort();
    series.push({ file, key, theirs, ours: mine });
  }
  return series;
}

describe('recurrence cross-check with node-ical', () => {
  const files = readdirSync(join(CORPUS, 'ics')).filter((file) => file.endsWith('.ics') && !(file in UNREADABLE_BY_NODE_ICAL));
  let all: Series[] = [];

  beforeAll(() => {
    // node-ical reports its own fallbacks on the console.
    const quiet = [jest.spyOn(console, 'warn').mockImplementation(() => undefined), jest.spyOn(console, 'log').mockImplementation(() => undefined)];
    try {
      all = files.flatMap(seriesOf);
    } finally {
      quiet.forEach((spy) => spy.mockRestore());
    }
  });

  it('covers the recurring series of the corpus', () => {
    expect(all.length).toBeGreaterThan(1_300);
  });

  it('gives the same instance starts for every series without a known difference', () => {
    const mismatches = all
      .filter((series) => !KNOWN_DIFFERENCES[series.file]?.[series.key])
      .filter((series) => JSON.stringify(series.theirs) !== JSON.stringify(series.ours))
      .map((series) => ({
        file: series.file,
        key: series.key,
        onlyNodeIcal: onlyIn(series.theirs, series.ours),
        onlyOurs: onlyIn(series.ours, series.theirs),
      }));
    expect(mismatches).toEqual([]);
  });

  const known = Object.entries(KNOWN_DIFFERENCES).flatMap(([file, byKey]) => Object.entries(byKey).map(([key, difference]) => ({ file, key, difference })));
  it.each(known)('$file $key: $difference.why', ({ file, key, difference }) => {
    const series = all.find((candidate) => candidate.file === file && candidate.key === key);
    expect(series).toBeDefined();
    difference.check(series?.theirs ?? [], series?.ours ?? []);
  });

  it.each(Object.entries(UNREADABLE_BY_NODE_ICAL))('%s: %s', (file) => {
    const text = readFileSync(join(CORPUS, 'ics', file), 'utf8');
    expect(() => nodeIcal.sync.parseICS(text)).toThrow();
    const [from, to] = windowOf(file, text);
    const ours = parseIcs(text, { defaultTimeZone: 'UTC', window: { from, to }, maxOccurrencesPerSeries: 1_000, maxEventsPerSource: 50_000 });
    expect(ours.events.length).toBeGreaterThanOrEqual(400);
  });
});
