import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { INGEST_THREAD_LIMITS } from '@app/ingestion';
import { seededRandom as random } from '@app/testing';
import type { ChildReport } from './ical-sides/child';

/**
 * iCalendar parsing benchmark: our parseIcs against ical.js's own
 * parse-and-iterate and node-ical, on a generated 50,000-event feed with
 * several VTIMEZONEs and 10% weekly series, expanded over a 365-day window.
 * Each side runs in its own child process (bench/ical-sides/, which loads
 * only that side's library) so its peak RSS is its own. Ours and ical.js
 * run `runs` times each, alternating, so a busy machine slows both alike;
 * the figures are medians and the spread is kept. node-ical (about 40 s)
 * and ours with the default limits run once. Ours runs with the heap limits
 * of the ingest thread that parses feeds in the app (INGEST_THREAD_LIMITS,
 * as V8 flags: see oursV8Flags); the libraries we compare with get a large
 * heap, so they never fail for want of one.
 *
 *   node scripts/ensure-build.js && npx swc bench -d dist --config-file .swcrc &&
 *   node -e "require('./dist/bench/ical-parse.bench.js').runIcalBench().then(r=>console.log(JSON.stringify(r,null,2)))"
 */

export type BenchSideName = 'ours' | 'oursDefaultLimits' | 'icalJs' | 'nodeIcal';

export interface IcalBenchSide {
  name: BenchSideName;
  /** Child processes run for this side. */
  runs: number;
  /** Parse + normalise + expand, after the file is read (ms): the median of the runs. */
  elapsedMs: number;
  /** Fastest and slowest run (ms). */
  spreadMs: { min: number; max: number };
  /** VEVENTs in the feed per second of elapsedMs. */
  eventsPerSecond: number;
  /** Single events plus instances of series that start in the window. */
  occurrences: number;
  /** Peak resident set size of the child process (MB): the median of the runs. */
  peakRssMb: number;
  /** The largest peak RSS of any run (MB). */
  maxPeakRssMb: number;
}

export interface IcalBenchResult {
  feed: { bytes: number; vevents: number; series: number; vtimezones: number };
  /** The V8 flags our children run with: the ingest thread's resource limits. */
  oursV8Flags: string[];
  window: { from: string; to: string };
  ours: IcalBenchSide;
  /** Ours with DEFAULT_LIMITS (what ingestion runs with): stops at 50,000 events, so lighter. */
  oursDefaultLimits: IcalBenchSide;
  icalJs: IcalBenchSide;
  nodeIcal: IcalBenchSide;
  /**
   * Speed ratios (ours events/s ÷ theirs, on medians): targets ≥ 2.0 against
   * ical.js and node-ical. `oursVsIcalJsSpread` is the lowest and highest
   * ratio of one run of ours against the ical.js run next to it.
   */
  ratios: { oursVsIcalJs: number; oursVsIcalJsSpread: { min: number; max: number }; oursVsNodeIcal: number; rssOursVsIcalJs: number };
  /** Peak memory is judged on the largest run. */
  targets: { twiceIcalJs: boolean; twiceNodeIcal: boolean; under200Mb: boolean };
}

export interface IcalBenchOptions {
  events?: number;
  recurringShare?: number;
  seed?: number;
  /** Runs of ours and of ical.js (alternating); default 5. */
  runs?: number;
}

const ZONES: { tzid: string; block: string[] }[] = [
  {
    tzid: 'America/New_York',
    block: daylightZone(
      'America/New_York',
      '-0500',
      '-0400',
      'EST',
      'EDT',
      '19700308T020000',
      'BYMONTH=3;BYDAY=2SU',
      '19701101T020000',
      'BYMONTH=11;BYDAY=1SU',
    ),
  },
  {
    tzid: 'Europe/Berlin',
    block: daylightZone(
      'Europe/Berlin',
      '+0100',
      '+0200',
      'CET',
      'CEST',
      '19700329T020000',
      'BYMONTH=3;BYDAY=-1SU',
      '19701025T030000',
      'BYMONTH=10;BYDAY=-1SU',
    ),
  },
  {
    tzid: 'America/Los_Angeles',
    block: daylightZone(
      'America/Los_Angeles',
      '-0800',
      '-0700',
      'PST',
      'PDT',
      '19700308T020000',
      'BYMONTH=3;BYDAY=2SU',
      '19701101T020000',
      'BYMONTH=11;BYDAY=1SU',
    ),
  },
  {
    tzid: 'Australia/Sydney',
    block: daylightZone(
      'Australia/Sydney',
      '+1000',
      '+1100',
      'AEST',
      'AEDT',
      '19701004T020000',
      'BYMONTH=10;BYDAY=1SU',
      '19700405T030000',
      'BYMONTH=4;BYDAY=1SU',
    ),
  },
  {
    tzid: 'Asia/Tokyo',
    block: [
      'BEGIN:VTIMEZONE',
      'TZID:Asia/Tokyo',
      'BEGIN:STANDARD',
      'DTSTART:19700101T000000',
      'TZOFFSETFROM:+0900',
      'TZOFFSETTO:+0900',
      'TZNAME:JST',
      'END:STANDARD',
      'END:VTIMEZONE',
    ],
  },
];

function daylightZone(
  tzid: string,
  std: string,
  dst: string,
  stdName: string,
  dstName: string,
  dstStart: string,
  dstRule: string,
  stdStart: string,
  stdRule: string,
): string[] {
  return [
    'BEGIN:VTIMEZONE',
    `TZID:${tzid}`,
    'BEGIN:DAYLIGHT',
    `TZOFFSETFROM:${std}`,
    `TZOFFSETTO:${dst}`,
    `TZNAME:${dstName}`,
    `DTSTART:${dstStart}`,
    `RRULE:FREQ=YEARLY;${dstRule}`,
    'END:DAYLIGHT',
    'BEGIN:STANDARD',
    `TZOFFSETFROM:${dst}`,
    `TZOFFSETTO:${std}`,
    `TZNAME:${stdName}`,
    `DTSTART:${stdStart}`,
    `RRULE:FREQ=YEARLY;${stdRule}`,
    'END:STANDARD',
    'END:VTIMEZONE',
  ];
}

const pad = (n: number) => String(n).padStart(2, '0');
const stamp = (d: Date) => `${d.getUTCFullYear()}${pad(d.getUTCMonth() + 1)}${pad(d.getUTCDate())}T${pad(d.getUTCHours())}${pad(d.getUTCMinutes())}00`;
const TOPICS = ['TypeScript', 'Platform engineering', 'Data science', 'Product design', 'Cloud security', 'Hiring in tech'];
const WEEKDAYS = ['SU', 'MO', 'TU', 'WE', 'TH', 'FR', 'SA'];

export function generateFeed(windowFrom: Date, options: IcalBenchOptions = {}): { text: string; series: number } {
  const count = options.events ?? 50_000;
  const share = options.recurringShare ?? 0.1;
  const next = random(options.seed ?? 20_240_601);
  const lines = ['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//topofmind//bench//EN', 'METHOD:PUBLISH'];
  for (const zone of ZONES) lines.push(...zone.block);
  let series = 0;
  for (let i = 0; i < count; i++) {
    const zone = ZONES[Math.floor(next() * ZONES.length)].tzid;
    const recurring = next() < share;
    // Series start in the window's first month, so about 48-52 weekly instances fall inside it.
    const dayOffset = Math.floor(next() * (recurring ? 30 : 365));
    const start = new Date(windowFrom.getTime() + dayOffset * 86_400_000);
    start.setUTCHours(8 + Math.floor(next() * 10), next() < 0.5 ? 0 : 30);
    const end = new Date(start.getTime() + (30 + Math.floor(next() * 4) * 30) * 60_000);
    const topic = TOPICS[i % TOPICS.length];
    lines.push(
      'BEGIN:VEVENT',
      `UID:bench-${i}@topofmind.test`,
      `DTSTAMP:${stamp(windowFrom)}Z`,
      `DTSTART;TZID=${zone}:${stamp(start)}`,
      `DTEND;TZID=${zone}:${stamp(end)}`,
      `SUMMARY:${topic} meetup #${i}`,
      `DESCRIPTION:Talks and networking about ${topic.toLowerCase()}.\\nDoors open 30 minutes early\\, drinks provided.`,
      `LOCATION:Community Hall ${i % 97}\\, 1${i % 900} Main Street`,
      `URL:https://events.example.org/e/${i}`,
      `ORGANIZER;CN=Organiser ${i % 50}:mailto:host${i % 50}@example.org`,
      `CATEGORIES:${topic},Networking`,
      'STATUS:CONFIRMED',
      `SEQUENCE:${i % 3}`,
    );
    if (recurring) {
      series++;
      // BYDAY is DTSTART's own weekday (the wall-clock fields are written as they are).
      lines.push(`RRULE:FREQ=WEEKLY;BYDAY=${WEEKDAYS[start.getUTCDay()]}`);
    }
    lines.push('END:VEVENT');
  }
  lines.push('END:VCALENDAR', '');
  return { text: lines.join('\r\n'), series };
}

// ---------------------------------------------------------------- parent

const SIDE_SCRIPTS: Record<BenchSideName, { script: string; args: string[] }> = {
  ours: { script: 'ours', args: [] },
  oursDefaultLimits: { script: 'ours', args: ['--default-limits'] },
  icalJs: { script: 'ical-js', args: [] },
  nodeIcal: { script: 'node-ical', args: [] },
};

/** The compiled child for a side (the bench runs from dist/, or from sources after a build). */
function childScript(name: string): string {
  const here = __filename.endsWith('.js') ? __dirname : join(__dirname, '..', 'dist', 'bench');
  const compiled = join(here, 'ical-sides', `${name}.js`);
  if (!existsSync(compiled)) throw new Error('compile the bench first: npx swc bench -d dist --config-file .swcrc');
  return compiled;
}

/**
 * The ingest thread's resource limits as flags for a process's main thread.
 * V8's young generation is three semi-spaces (two, and as much again for
 * young large objects), so its size in MB over three is the semi-space size.
 */
export const OURS_V8_FLAGS = [
  `--max-old-space-size=${INGEST_THREAD_LIMITS.maxOldGenerationSizeMb}`,
  `--max-semi-space-size=${INGEST_THREAD_LIMITS.maxYoungGenerationSizeMb / 3}`,
];

function runOnce(side: BenchSideName, path: string, from: Date, to: Date): ChildReport {
  const { script, args } = SIDE_SCRIPTS[side];
  const heap = side === 'ours' || side === 'oursDefaultLimits' ? OURS_V8_FLAGS : ['--max-old-space-size=8192'];
  const output = execFileSync(process.execPath, [...heap, childScript(script), path, from.toISOString(), to.toISOString(), ...args], {
    encoding: 'utf8',
    maxBuffer: 1 << 20,
  });
  return JSON.parse(output) as ChildReport;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

function summarise(side: BenchSideName, reports: ChildReport[], vevents: number): IcalBenchSide {
  const times = reports.map((report) => report.elapsedMs);
  const rss = reports.map((report) => report.peakRssMb);
  const elapsedMs = median(times);
  const counts = new Set(reports.map((report) => report.occurrences));
  if (counts.size > 1) throw new Error(`${side}: runs disagree on the number of occurrences (${[...counts].join(', ')})`);
  return {
    name: side,
    runs: reports.length,
    elapsedMs: Math.round(elapsedMs),
    spreadMs: { min: Math.round(Math.min(...times)), max: Math.round(Math.max(...times)) },
    eventsPerSecond: Math.round((vevents / elapsedMs) * 1000),
    occurrences: reports[0].occurrences,
    peakRssMb: Math.round(median(rss)),
    maxPeakRssMb: Math.round(Math.max(...rss)),
  };
}

export async function runIcalBench(options: IcalBenchOptions = {}): Promise<IcalBenchResult> {
  const from = new Date('2026-01-05T00:00:00Z');
  const to = new Date(from.getTime() + 365 * 86_400_000);
  const vevents = options.events ?? 50_000;
  const { text, series } = generateFeed(from, options);
  const dir = mkdtempSync(join(tmpdir(), 'ical-bench-'));
  const path = join(dir, 'feed.ics');
  writeFileSync(path, text);
  try {
    const runs = Math.max(1, options.runs ?? 5);
    const oursRuns: ChildReport[] = [];
    const icalJsRuns: ChildReport[] = [];
    for (let i = 0; i < runs; i++) {
      // Alternate which side goes first, so neither always follows the other's exit.
      const pair = i % 2 === 0 ? (['ours', 'icalJs'] as const) : (['icalJs', 'ours'] as const);
      for (const side of pair) (side === 'ours' ? oursRuns : icalJsRuns).push(runOnce(side, path, from, to));
    }
    const ours = summarise('ours', oursRuns, vevents);
    const icalJs = summarise('icalJs', icalJsRuns, vevents);
    const oursDefaultLimits = summarise('oursDefaultLimits', [runOnce('oursDefaultLimits', path, from, to)], vevents);
    const nodeIcalSide = summarise('nodeIcal', [runOnce('nodeIcal', path, from, to)], vevents);
    const round = (n: number) => Math.round(n * 100) / 100;
    const pairRatios = oursRuns.map((run, i) => icalJsRuns[i].elapsedMs / run.elapsedMs);
    return {
      feed: { bytes: Buffer.byteLength(text), vevents, series, vtimezones: ZONES.length },
      oursV8Flags: OURS_V8_FLAGS,
      window: { from: from.toISOString(), to: to.toISOString() },
      ours,
      oursDefaultLimits,
      icalJs,
      nodeIcal: nodeIcalSide,
      ratios: {
        oursVsIcalJs: round(ours.eventsPerSecond / icalJs.eventsPerSecond),
        oursVsIcalJsSpread: { min: round(Math.min(...pairRatios)), max: round(Math.max(...pairRatios)) },
        oursVsNodeIcal: round(ours.eventsPerSecond / nodeIcalSide.eventsPerSecond),
        rssOursVsIcalJs: round(ours.peakRssMb / icalJs.peakRssMb),
      },
      targets: {
        twiceIcalJs: ours.eventsPerSecond >= 2 * icalJs.eventsPerSecond,
        twiceNodeIcal: ours.eventsPerSecond >= 2 * nodeIcalSide.eventsPerSecond,
        under200Mb: ours.maxPeakRssMb <= 200,
      },
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
