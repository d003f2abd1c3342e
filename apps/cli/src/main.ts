import 'reflect-metadata';
import { readFile, stat } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { ConfigError, loadConfig } from '@app/config';
import { UnreadableSourceError } from '@app/event-model';
import { FetchError, SafeFetcher } from '@app/fetcher';
import { decodeBody, expansionWindow, inspectText } from '@app/source-reader';
import { isKnownZone } from '@app/zones';

const USAGE = `usage: topofmind inspect <file-or-url> [--from ISO] [--to ISO] [--tz ZONE]

Prints {"events": [...], "warnings": [...]} for an iCalendar file or feed, or an event page.
  --from, --to  only occurrences starting in [from, to); also bounds recurrence expansion
                (default: the server's horizon, EXPANSION_PAST_DAYS back to EXPANSION_FUTURE_DAYS ahead)
  --tz          IANA zone for times the input gives without one (default: UTC)`;

const PROGRESS_THRESHOLD_BYTES = 2 * 1024 * 1024;

class UsageError extends Error {}

function fail(message: string, code = 2): never {
  process.stderr.write(`topofmind: ${message.split('\n')[0]}\n`);
  process.stdout.write(`${JSON.stringify({ events: [], error: message })}\n`);
  process.exit(code);
}

function parseInstant(value: string | undefined, flag: string): Date | null {
  if (value === undefined) return null;
  const date = /^\d{4}-\d{2}-\d{2}$/.test(value) ? new Date(`${value}T00:00:00Z`) : new Date(value);
  if (Number.isNaN(date.getTime())) throw new UsageError(`${flag} must be an ISO 8601 date or date-time, got ${JSON.stringify(value)}`);
  return date;
}

async function load(input: string): Promise<{ text: string; contentType: string | null; baseUrl: string | null }> {
  if (/^(https?|webcals?):\/\//i.test(input)) {
    const config = loadConfig();
    const fetcher = new SafeFetcher({
      allowHosts: config.ingestion.fetchAllowHosts,
      maxBytes: config.ingestion.fetchMaxBytes,
      totalTimeoutMs: config.ingestion.fetchTimeoutMs,
    });
    try {
      const outcome = await fetcher.fetch(input);
      if (outcome.kind !== 'fetched') throw new UnreadableSourceError('the server answered 304 Not Modified to an unconditional request');
      return { text: decodeBody(outcome.body, outcome.contentType), contentType: outcome.contentType, baseUrl: outcome.finalUrl };
    } finally {
      await fetcher.close();
    }
  }
  const size = (await stat(input)).size;
  if (size > PROGRESS_THRESHOLD_BYTES) process.stderr.write(`reading ${input} (${(size / 1024 / 1024).toFixed(1)} MB)...\n`);
  return { text: decodeBody(await readFile(input), null), contentType: null, baseUrl: null };
}

async function inspect(args: string[]): Promise<void> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: { from: { type: 'string' }, to: { type: 'string' }, tz: { type: 'string' }, help: { type: 'boolean', short: 'h' } },
  });
  if (values.help) {
    process.stdout.write(`${USAGE}\n`);
    return;
  }
  if (positionals.length !== 1) throw new UsageError('give exactly one file or URL');
  const zone = values.tz ?? 'UTC';
  if (!isKnownZone(zone)) throw new UsageError(`--tz must be an IANA zone such as Europe/Berlin, got ${JSON.stringify(zone)}`);
  const from = parseInstant(values.from, '--from');
  const to = parseInstant(values.to, '--to');
  if (from && to && from >= to) throw new UsageError('--to must be after --from');
  const config = loadConfig();
  const horizon = expansionWindow(new Date(), config.ingestion.expansionPastDays, config.ingestion.expansionFutureDays);
  const window = {
    from: from ?? (to ? new Date(to.getTime() - (horizon.to.getTime() - horizon.from.getTime())) : horizon.from),
    to: to ?? (from ? new Date(from.getTime() + (horizon.to.getTime() - horizon.from.getTime())) : horizon.to),
  };

  const started = Date.now();
  const { text, contentType, baseUrl } = await load(positionals[0]);
  const report = inspectText(text, contentType, { defaultTimeZone: zone, window, filter: from !== null || to !== null, baseUrl });
  if (text.length > PROGRESS_THRESHOLD_BYTES) {
    process.stderr.write(
      `read ${report.events.length} event(s) with ${report.warnings.length} warning(s) in ${((Date.now() - started) / 1000).toFixed(1)} s\n`,
    );
  }
  process.stdout.write(`${JSON.stringify(report, null, 2)}\n`);
}

async function main(argv: string[]): Promise<void> {
  const [command, ...rest] = argv;
  if (command === 'inspect') return inspect(rest);
  if (!command || command === '--help' || command === '-h' || command === 'help') {
    process.stdout.write(`${USAGE}\n`);
    return;
  }
  throw new UsageError(`unknown command ${JSON.stringify(command)}\n${USAGE}`);
}

main(process.argv.slice(2)).catch((error: unknown) => {
  if (error instanceof UsageError) fail(error.message);
  if (error instanceof UnreadableSourceError || error instanceof FetchError || error instanceof ConfigError) fail(error.message);
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'ENOENT' || code === 'EISDIR' || code === 'EACCES')
    fail(`cannot read ${(error as NodeJS.ErrnoException).path}: ${code === 'ENOENT' ? 'no such file' : code}`);
  if (error instanceof TypeError && /parseArgs|Unknown option/i.test(error.message)) fail(error.message);
  fail(`unexpected error: ${error instanceof Error ? error.message : String(error)}`, 1);
});
