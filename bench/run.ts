import { writeFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { join } from 'node:path';
import { runIcalBench } from './ical-parse.bench';
import { runStorageBench } from './storage.bench';

/**
 * `npm run bench`: every benchmark, each against its baseline measured in
 * the same run on the same machine, written to docs/BENCHMARKS.md.
 */
type Section = { title: string; run: () => Promise<string> };

const fmt = (n: number) => n.toLocaleString('en-US');

const sections: Section[] = [
  {
    title: 'iCalendar parsing (50,000 events, TZIDs, 10% weekly RRULEs, 365-day window)',
    run: async () => {
      const r = await runIcalBench();
      const row = (label: string, s: typeof r.ours) => `| ${label} | ${fmt(s.elapsedMs)} | ${fmt(s.eventsPerSecond)} | ${fmt(s.occurrences)} | ${s.peakRssMb} |`;
      return [
        `Feed: ${fmt(r.feed.vevents)} VEVENTs, ${fmt(r.feed.series)} series, ${r.feed.vtimezones} VTIMEZONEs, ${(r.feed.bytes / 1024 / 1024).toFixed(1)} MB. Each side in its own process.`,
        '',
        '| parser | ms | events/s | occurrences | peak RSS MB |',
        '|---|---:|---:|---:|---:|',
        row('topofmind parseIcs (parse + normalise + expand)', r.ours),
        row('ical.js parse + iterate (baseline)', r.icalJs),
        row('node-ical parse + expand (baseline)', r.nodeIcal),
        '',
        `Ratios: **${r.ratios.oursVsIcalJs}×** ical.js (target ≥ 1.0: ${r.targets.fasterThanIcalJs ? 'met' : 'NOT met'}), ` +
          `**${r.ratios.oursVsNodeIcal}×** node-ical (target ≥ 2.0: ${r.targets.twiceNodeIcal ? 'met' : 'NOT met'}); ` +
          `peak memory ${r.ours.peakRssMb} MB (target ≤ 250: ${r.targets.under250Mb ? 'met' : 'NOT met'}), ${r.ratios.rssOursVsIcalJs}× ical.js's.`,
      ].join('\n');
    },
  },
  {
    title: 'Storing a feed into PostgreSQL (refresh path: fetch, diff, bulk write, catalogue)',
    run: async () => {
      const r = await runStorageBench();
      return [
        `Database: ${r.database} PostgreSQL. Feed: ${fmt(r.feed.vevents)} VEVENTs, ${fmt(r.feed.occurrences)} occurrences stored, ${r.feed.megabytes} MB.`,
        '',
        '| path | rows | ms | per second |',
        '|---|---:|---:|---:|',
        `| topofmind refresh (excluding ${fmt(r.parseMs)} ms parsing) | ${fmt(r.rowsWritten)} rows for ${fmt(r.feed.occurrences)} events | ${fmt(r.storeMs)} | **${fmt(r.eventsStoredPerSecond)} events/s** |`,
        `| baseline: TypeORM save() one row at a time | ${fmt(r.naive.rows)} | ${fmt(r.naive.ms)} | ${fmt(r.naive.rowsPerSecond)} rows/s |`,
        '',
        `Ratio: **${r.ratioVsNaive}×** the baseline (events/s against rows/s; each event writes 3 rows). Target ≥ ${fmt(r.target.eventsPerSecond)} events/s: ${r.target.met ? 'met' : 'NOT met'}.`,
        '',
        `Unchanged re-fetch: **${r.unchangedRefetch.writeStatements} write statements, ${r.unchangedRefetch.rowsWritten} rows** on event tables. ` +
          `Re-fetch where only DTSTAMP changed: ${r.dtstampOnlyRefetch.writeStatements} statements, ${r.dtstampOnlyRefetch.rowsWritten} rows.`,
      ].join('\n');
    },
  },
];

async function main(): Promise<void> {
  const only = process.argv.slice(2);
  const out: string[] = [
    '# Benchmarks',
    '',
    `Measured by \`npm run bench\` on ${new Date().toISOString().slice(0, 10)}, Node ${process.version}, ${cpus().length} cores. ` +
      'Every figure is compared with a baseline measured in the same run.',
    '',
  ];
  for (const section of sections) {
    if (only.length && !only.some((o) => section.title.toLowerCase().includes(o.toLowerCase()))) continue;
    process.stderr.write(`bench: ${section.title}...\n`);
    const started = Date.now();
    out.push(`## ${section.title}`, '', await section.run(), '');
    process.stderr.write(`bench: done in ${((Date.now() - started) / 1000).toFixed(1)} s\n`);
  }
  const file = join(__dirname, '..', '..', 'docs', 'BENCHMARKS.md');
  writeFileSync(file, `${out.join('\n')}\n`);
  process.stderr.write(`bench: wrote ${file}\n`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
