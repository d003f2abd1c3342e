import { UnreadableSourceError, type Cancellation, type NormalizedEvent, type ParseOptions, type ParseResult } from '@app/event-model';
import { firstText, readComponent, type ParsedComponent } from './component';
import { scanComponents, type ComponentRecord } from './component-scanner';
import { normaliseLineBreaks } from './content-line';
import { groupBy } from './dedupe';
import { readSequence, readStamp } from './fields';
import { methodRole } from './itip';
import type { ExpansionLimits } from './recurrence';
import { buildGroup, type VeventEntry } from './series-builder';
import { unreadableReason } from './sniff';
import { ValuePool } from './value-pool';
import { WarningLog } from './warnings';
import { TimeStrings } from './zones/time-strings';
import { ZoneResolver } from './zones/zone-resolver';

/** `next()` calls one series may use; fast-forwarding makes real series need far fewer. */
const MAX_ITERATIONS_PER_SERIES = 50_000;
/** `next()` calls a whole feed may use (a few seconds at worst). */
const MAX_ITERATIONS_PER_FEED = 2_000_000;
/** Candidates ical.js may reject while searching for occurrences, in the whole feed (seconds at worst). */
const MAX_REJECTED_CANDIDATES_PER_FEED = 5_000_000;
/** Occurrences of one series on one day: hourly all day long, no more (FREQ=SECONDLY would fill any cap in a minute). */
export const MAX_OCCURRENCES_PER_DAY = 24;

/**
 * Reads an iCalendar feed into normalised events (RFC 5545, iTIP RFC 5546).
 * Throws UnreadableSourceError only when the text is not a calendar at all;
 * anything less is a warning and the rest of the feed is kept.
 */
export function parseIcs(text: string, options: ParseOptions): ParseResult {
  const reason = unreadableReason(text);
  if (reason) throw new UnreadableSourceError(reason);
  const warnings = new WarningLog();
  const source = normaliseLineBreaks(text);
  const scan = scanComponents(source, warnings);
  if (!scan.foundCalendar) throw new UnreadableSourceError('This is not an iCalendar feed: it has no BEGIN:VCALENDAR (or BEGIN:VEVENT) line.');

  noteUndecodable(source, warnings);
  const resolver = new ZoneResolver(readVtimezones(source, scan.records, warnings), options.defaultTimeZone, warnings);
  const limits: ExpansionLimits = {
    windowFrom: options.window.from.getTime(),
    windowTo: options.window.to.getTime(),
    maxOccurrences: options.maxOccurrencesPerSeries,
    maxPerDay: MAX_OCCURRENCES_PER_DAY,
    maxIterations: MAX_ITERATIONS_PER_SERIES,
    budget: { iterations: MAX_ITERATIONS_PER_FEED, searchSteps: MAX_REJECTED_CANDIDATES_PER_FEED },
  };
  if (!(limits.windowFrom < limits.windowTo)) throw new RangeError('ParseOptions.window must have from < to');

  noteSkippedComponents(scan.records, scan.calendars, warnings);
  const groups = veventsByUid(scan.records);

  const strings = new TimeStrings();
  const pool = new ValuePool();
  const events: NormalizedEvent[] = [];
  const cancellations: Cancellation[] = [];
  let order = 0;
  let sourceCapped = false;
  for (const group of groups.values()) {
    const records = Array.isArray(group) ? group : [group];
    if (events.length >= options.maxEventsPerSource) {
      warnings.add(`the feed has more than ${options.maxEventsPerSource} events; the rest were not read`);
      sourceCapped = true;
      break;
    }
    try {
      const entries = records.map((record): VeventEntry => {
        const component = readComponent(source, record, warnings);
        const calendar = scan.calendars[record.calendar];
        return {
          component,
          record,
          calendar,
          role: methodRole(calendar.method),
          recurrenceId: component.properties.get('RECURRENCE-ID')?.[0],
          sequence: readSequence(component),
          stampMs: readStamp(component.properties.get('DTSTAMP')?.[0], resolver.calendarClock(calendar)),
          order: order++,
        };
      });
      const built = buildGroup(entries, { resolver, warnings, limits, strings, pool });
      const room = options.maxEventsPerSource - events.length;
      if (built.events.length > room) {
        warnings.add(`the feed has more than ${options.maxEventsPerSource} events; the rest were not read`, records[0].line);
        events.push(...built.events.slice(0, room));
        cancellations.push(...built.cancellations);
        sourceCapped = true;
        break;
      }
      events.push(...built.events);
      cancellations.push(...built.cancellations);
      const untitled = built.events.find((event) => event.title === '(untitled)');
      if (untitled) warnings.add(`VEVENT at line ${records[0].line} has no SUMMARY; titled "(untitled)"`, records[0].line, untitled.uid);
    } catch (error) {
      // A defect here must cost one event, not the feed.
      warnings.add(`VEVENT at line ${records[0].line} skipped: ${(error as Error).message}`, records[0].line, records[0].uid);
    }
  }
  // Events missing from a capped result may still be in the feed: the catalogue must not cancel them.
  const listing = scan.records.some((record) => record.kind === 'VEVENT' && methodRole(scan.calendars[record.calendar].method) === 'event');
  return {
    events,
    cancellations,
    warnings: warnings.toList(),
    capped: sourceCapped || (limits.budget.capped ?? false),
    ...(!listing && cancellations.length > 0 && { partial: true }),
  };
}

/**
 * The VEVENTs by UID (each without one on its own), in the order each UID
 * first appears. A UID seen once keeps its record as it is: an array for each
 * of 50,000 events would stay alive through the whole parse.
 */
function veventsByUid(records: ComponentRecord[]): Map<string, ComponentRecord | ComponentRecord[]> {
  const groups = new Map<string, ComponentRecord | ComponentRecord[]>();
  for (const record of records) {
    if (record.kind !== 'VEVENT') continue;
    const key = record.uid ?? `\u0000${record.line}`;
    const known = groups.get(key);
    if (known === undefined) groups.set(key, record);
    else if (Array.isArray(known)) known.push(record);
    else groups.set(key, [known, record]);
  }
  return groups;
}

/**
 * U+FFFD in the text means characters were lost before it got here: an
 * upload decoded with the wrong charset, or decoded before its folds were
 * joined (RFC 5545 folds after 75 octets, so a fold can split a UTF-8
 * character; fetched feeds and files are unfolded as bytes, see decodeBody,
 * but an upload arrives as a string). Nothing brings them back; the warning
 * says why titles show them.
 */
function noteUndecodable(source: string, warnings: WarningLog): void {
  const first = source.indexOf('\uFFFD');
  if (first === -1) return;
  let line = 1;
  for (let i = source.indexOf('\n'); i !== -1 && i < first; i = source.indexOf('\n', i + 1)) line++;
  warnings.add(
    `line ${line}: characters that could not be decoded (U+FFFD): the calendar was read in the wrong character set, or decoded ` +
      'before its folded lines were joined (a fold can split a character); add it by its address, or upload its text decoded after unfolding',
    line,
  );
}

/** All VTIMEZONEs, wherever they are in the file (Google puts them after the events). */
function readVtimezones(source: string, records: ComponentRecord[], warnings: WarningLog): Map<string, ParsedComponent> {
  const zones = new Map<string, ParsedComponent>();
  for (const record of records) {
    if (record.kind !== 'VTIMEZONE') continue;
    const component = readComponent(source, record, warnings);
    const tzid = firstText(component, 'TZID');
    if (!tzid) {
      warnings.add(`VTIMEZONE at line ${record.line} has no TZID; ignored`, record.line);
      continue;
    }
    if (!zones.has(tzid)) zones.set(tzid, component);
  }
  return zones;
}

function noteSkippedComponents(records: ComponentRecord[], calendars: { line: number; method: string | null }[], warnings: WarningLog): void {
  const others = groupBy(
    records.filter((record) => record.kind !== 'VEVENT' && record.kind !== 'VTIMEZONE'),
    (record) => record.kind,
  );
  for (const [kind, list] of others) {
    warnings.add(`${list.length} ${kind} component${list.length > 1 ? 's' : ''} ignored (not events)`, list[0].line);
  }
  const withEvents = new Set(records.filter((record) => record.kind === 'VEVENT').map((record) => record.calendar));
  calendars.forEach((calendar, index) => {
    if (withEvents.has(index) && methodRole(calendar.method) === 'ignored') {
      warnings.add(`METHOD:${calendar.method} calendar at line ${calendar.line} is an attendee's message, not events; ignored`, calendar.line);
    }
  });
}
