import { formatWall, wallMs } from '@app/zones';
import { syntheticUid, type Cancellation, type NormalizedEvent } from '@app/event-model';
import { allProperties, firstProperty, firstText, type ParsedComponent, type Property } from './component';
import type { CalendarInfo, ComponentRecord } from './component-scanner';
import { groupBy, newest, type Versioned } from './dedupe';
import { readFields, type EventFields } from './fields';
import type { MethodRole } from './itip';
import {
  expandSeries,
  instanceKey,
  instanceStart,
  instantOf,
  isRecurring,
  keyForPoint,
  withSeriesZone,
  type ExpansionLimits,
  type SeriesContext,
} from './recurrence';
import { endOf, readTiming, startFromPoint, toPoint, type Length, type Point, type Start, type Timing } from './timing';
import { parseTimeValue } from './values';
import type { ValuePool } from './value-pool';
import type { WarningLog } from './warnings';
import { UTC_CLOCK } from './zones/offset-clock';
import type { TimeStrings } from './zones/time-strings';
import type { ZoneResolver } from './zones/zone-resolver';

export interface VeventEntry extends Versioned {
  component: ParsedComponent;
  record: ComponentRecord;
  calendar: CalendarInfo;
  role: MethodRole;
  recurrenceId: Property | undefined;
}

export interface GroupContext {
  resolver: ZoneResolver;
  warnings: WarningLog;
  limits: ExpansionLimits;
  strings: TimeStrings;
  pool: ValuePool;
}

export interface GroupResult {
  events: NormalizedEvent[];
  cancellations: Cancellation[];
}

const UNTITLED = '(untitled)';
/** Longer UIDs are replaced by a digest: they are keys, and some producers embed whole documents. */
const MAX_UID_CHARS = 1024;

/**
 * Everything one UID contributes: its series (or single event) with
 * overrides applied, or its cancellations. VEVENTs without a UID each form
 * their own group and get a synthetic UID.
 */
export function buildGroup(entries: VeventEntry[], context: GroupContext): GroupResult {
  const { warnings } = context;
  const sourceUid = entries[0].record.uid;
  const events: NormalizedEvent[] = [];
  const publishing = entries.filter((entry) => entry.role === 'event');
  const masters = publishing.filter((entry) => !entry.recurrenceId);
  const overrides = publishing.filter((entry) => entry.recurrenceId);

  let master = masters.length > 0 ? newest(masters) : null;
  if (masters.length > 1 && master) {
    const kept = master;
    warnings.add(
      `UID appears in ${masters.length} VEVENTs (lines ${masters.map((m) => m.record.line).join(', ')}); ` +
        `kept the one at line ${kept.record.line} (SEQUENCE ${kept.sequence})`,
      kept.record.line,
      sourceUid,
    );
  }
  let timing: Timing | null = null;
  if (master) {
    const read = readTiming(master.component, readContext(master, context), sourceUid);
    if (typeof read === 'string') {
      warnings.add(`VEVENT at line ${master.record.line} skipped: ${read}`, master.record.line, sourceUid);
      master = null;
    } else {
      timing = read;
    }
  }

  const masterFields = master ? readFields(master.component, context.resolver.calendarClock(master.calendar), context.pool, context.strings) : null;
  const uid = resolveUid(sourceUid, (master ?? entries[0]).component, warnings);
  const series = master && timing ? timing.start : null;

  if (master && timing && masterFields && series) {
    if (isRecurring(master.component)) {
      events.push(...expandMaster(master, timing, masterFields, overrides, uid, context));
    } else {
      const sameInstance = overrides.filter((o) => overrideKey(o, series, context) === instanceKey(series));
      const replacement = sameInstance.length > 0 ? newest([master, ...sameInstance]) : master;
      const single = replacement === master ? null : buildOverride(replacement, timing.length, series, context);
      events.push(
        single
          ? { ...single.event, recurrenceId: null, recurring: false, uid }
          : makeEvent(uid, masterFields, series, endOf(series, timing.length), null, false, context.strings),
      );
      events.push(
        ...buildOrphans(
          overrides.filter((o) => !sameInstance.includes(o)),
          uid,
          context,
        ),
      );
    }
  } else {
    events.push(...buildOrphans(overrides, uid, context));
  }

  // An invitation's cancellation imported on its own: the cancelled event as the message describes it.
  if (events.length === 0) events.push(...cancelledEvents(entries, uid, context));
  const cancellations = buildCancellations(entries, uid, series, context);
  for (const cancellation of cancellations) {
    for (const event of events) {
      const hits = cancellation.recurrenceId === null || cancellation.recurrenceId === event.recurrenceId;
      if (hits && cancellation.sequence >= event.sequence) event.status = 'CANCELLED';
    }
  }
  return { events, cancellations };
}

function readContext(entry: VeventEntry, context: GroupContext) {
  return { resolver: context.resolver, calendar: entry.calendar, warnings: context.warnings };
}

function seriesContext(entry: VeventEntry, context: GroupContext, uid: string): SeriesContext {
  const { resolver, warnings, strings } = context;
  return { resolver, calendar: entry.calendar, warnings, calendarClock: resolver.calendarClock(entry.calendar), uid, strings };
}

function resolveUid(sourceUid: string | null, component: ParsedComponent, warnings: WarningLog): string {
  if (sourceUid && sourceUid.length <= MAX_UID_CHARS) return sourceUid;
  if (sourceUid) {
    warnings.add(`UID longer than ${MAX_UID_CHARS} characters replaced by a digest`, component.line);
    return syntheticUid(sourceUid);
  }
  // No UID (RFC 5545 requires one): a stable one from what identifies the event, as written.
  const start = firstProperty(component, 'DTSTART');
  const startText = start ? `${start.params.TZID ?? ''}${start.value.trim()}` : '';
  return syntheticUid(firstText(component, 'SUMMARY'), startText, firstText(component, 'LOCATION'));
}

function ridPoint(entry: VeventEntry, context: GroupContext, series: Start | null = null): Point | null {
  const property = entry.recurrenceId;
  if (!property) return null;
  const value = parseTimeValue(property.value);
  const read = readContext(entry, context);
  return value ? toPoint(value, property, series ? withSeriesZone(read, series) : read) : null;
}

function overrideKey(entry: VeventEntry, series: Start, context: GroupContext): string | null {
  const point = ridPoint(entry, context, series);
  return point ? keyForPoint(point, series, context.resolver.calendarClock(entry.calendar)) : null;
}

/** A key in the point's own form, for overrides and cancellations without a master. */
function ownKey(point: Point): string {
  return point.kind === 'date' ? point.date : formatWall(point.ms, 'Z');
}

function expandMaster(
  master: VeventEntry,
  timing: Timing,
  fields: EventFields,
  overrideEntries: VeventEntry[],
  uid: string,
  context: GroupContext,
): NormalizedEvent[] {
  const { warnings, limits } = context;
  const series = timing.start;
  const sContext = seriesContext(master, context, uid);
  const byKey = groupBy(
    overrideEntries.filter((entry) => {
      if (overrideKey(entry, series, context) !== null) return true;
      warnings.add(`line ${entry.recurrenceId?.line}: RECURRENCE-ID is not a date; override skipped`, entry.recurrenceId?.line, uid);
      return false;
    }),
    (entry) => overrideKey(entry, series, context) ?? '',
  );

  const anchor = repetitionStart(master, series, overrideEntries);
  const expansion = expandSeries(master.component, anchor, sContext, limits);
  for (const note of expansion.notes) warnings.add(note.message, note.line, uid);

  // The instances come in time order; overrides, when there are any, are sorted in among them.
  let events: NormalizedEvent[] = [];
  const times: number[] = [];
  for (const instance of expansion.instances) {
    if (byKey.has(instance.key)) continue;
    const start = anchor === series ? instance.start : shownIn(instance.start, series);
    const end = instance.periodEnd ?? endOf(start, timing.length);
    events.push(makeEvent(uid, fields, start, end, instance.key, true, context.strings));
    times.push(instantOf(start));
  }
  for (const [key, versions] of byKey) {
    const built = buildOverride(newest(versions), timing.length, series, context);
    if (!built) continue;
    const at = instantOf(built.start);
    // An override counts where it now starts: moved into the window it is kept, moved out it is not.
    if (at < limits.windowFrom || at >= limits.windowTo) continue;
    events.push({ ...built.event, uid, recurrenceId: key, recurring: true });
    times.push(at);
  }
  if (byKey.size > 0) events = inTimeOrder(events, times);
  if (events.length > limits.maxOccurrences || expansion.capped) {
    limits.budget.capped = true;
    warnings.add(
      `series at line ${master.record.line} has more than ${limits.maxOccurrences} occurrences in the window; only the first ${limits.maxOccurrences} are kept`,
      master.record.line,
      uid,
    );
    events.length = Math.min(events.length, limits.maxOccurrences);
  }
  return events;
}

/** `events` ordered by `times` (a stable sort: equal times keep their order). */
function inTimeOrder(events: NormalizedEvent[], times: number[]): NormalizedEvent[] {
  const order = events.map((_, index) => index).sort((a, b) => times[a] - times[b] || a - b);
  return order.map((index) => events[index]);
}

const DAY_MS = 86_400_000;

/**
 * The start a series repeats from. A UTC DTSTART in a calendar with
 * X-WR-TIMEZONE repeats on that zone's wall clock (see recurrence.ts) unless
 * the file's own exceptions say its producer repeated it at a fixed UTC
 * time, as RFC 5545 reads it: UTC EXDATEs and RECURRENCE-IDs across a DST
 * change from DTSTART that keep its UTC time of day rather than its wall
 * time (Data::ICal's feeds do). Matching those exceptions then needs the
 * same reading; the occurrences are still shown in the calendar's zone.
 */
function repetitionStart(master: VeventEntry, series: Start, overrides: VeventEntry[]): Start {
  if (series.allDay || series.zone.clock === UTC_CLOCK || !firstProperty(master.component, 'DTSTART')?.value.trim().toUpperCase().endsWith('Z')) return series;
  const exceptions = [...allProperties(master.component, 'EXDATE'), ...overrides.flatMap((entry) => (entry.recurrenceId ? [entry.recurrenceId] : []))]
    .flatMap((property) => property.value.split(','))
    .map(parseTimeValue)
    .flatMap((value) => (value?.kind === 'date-time' && value.utc ? [wallMs(value.local)] : []));
  const clock = series.zone.clock;
  const timeOfDay = (ms: number) => ((ms % DAY_MS) + DAY_MS) % DAY_MS;
  const startOffset = clock.offsetAt(series.ms) * 60_000;
  let fixedUtc = 0;
  let wallClock = 0;
  for (const ms of exceptions) {
    const offset = clock.offsetAt(ms) * 60_000;
    if (offset === startOffset) continue; // the same offset as DTSTART: both readings agree
    if (timeOfDay(ms) === timeOfDay(series.ms)) fixedUtc++;
    else if (timeOfDay(ms + offset) === timeOfDay(series.ms + startOffset)) wallClock++;
  }
  return fixedUtc > wallClock ? { allDay: false, local: UTC_CLOCK.toLocal(series.ms), ms: series.ms, zone: { clock: UTC_CLOCK, floating: false } } : series;
}

/** An occurrence of a series expanded in UTC, shown on the series' own clock. */
function shownIn(start: Start, series: Start): Start {
  if (start.allDay || series.allDay) return start;
  return { allDay: false, local: series.zone.clock.toLocal(start.ms), ms: start.ms, zone: series.zone };
}

/** An override's own event; without its own DTSTART it starts at its RECURRENCE-ID. */
function buildOverride(entry: VeventEntry, masterLength: Length, series: Start | null, context: GroupContext): { event: NormalizedEvent; start: Start } | null {
  const fields = readFields(entry.component, context.resolver.calendarClock(entry.calendar), context.pool, context.strings);
  const read = readTiming(entry.component, readContext(entry, context), entry.record.uid);
  let start: Start;
  let length: Length;
  if (typeof read === 'string') {
    const point = ridPoint(entry, context, series);
    if (!point || firstProperty(entry.component, 'DTSTART')) {
      context.warnings.add(`VEVENT at line ${entry.record.line} skipped: ${read}`, entry.record.line, entry.record.uid);
      return null;
    }
    start = series ? instanceStart(point, series, context.resolver.calendarClock(entry.calendar)) : startFromPoint(point);
    length = masterLength;
  } else {
    start = read.start;
    const own = firstProperty(entry.component, 'DTEND') || firstProperty(entry.component, 'DURATION');
    length = own ? read.length : series && series.allDay === start.allDay ? masterLength : read.length;
  }
  const event = makeEvent(entry.record.uid ?? '', fields, start, endOf(start, length), null, true, context.strings);
  return { event, start };
}

function buildOrphans(entries: VeventEntry[], uid: string, context: GroupContext): NormalizedEvent[] {
  const byKey = groupBy(entries, (entry) => {
    const point = ridPoint(entry, context);
    return point ? ownKey(point) : `line ${entry.record.line}`;
  });
  const events: NormalizedEvent[] = [];
  for (const [key, versions] of byKey) {
    const entry = newest(versions);
    const built = buildOverride(entry, null, null, context);
    if (!built) continue;
    context.warnings.add(
      `VEVENT at line ${entry.record.line} overrides an instance (RECURRENCE-ID ${key}) of a series that is not in the feed; kept as a single event`,
      entry.record.line,
      uid,
    );
    const recurrenceId = key.startsWith('line ') ? null : key;
    events.push({ ...built.event, uid, recurrenceId });
  }
  return events;
}

/** Outlook, Google and others prefix a cancelled invitation's title; the event keeps its own. */
const CANCELLED_PREFIX = /^\s*(?:cancel+ed|abgesagt|annul[ée]e?|cancelad[oa]|annullat[oa])\s*[:：\-–]\s*/i;

/**
 * CANCEL messages for events this file does not hold (the invitation came
 * in an earlier import): each as a cancelled event, so the catalogue can
 * apply it to the user's stored event with that UID and `inspect` shows
 * what was cancelled. A message with neither DTSTART nor RECURRENCE-ID
 * cannot be placed in time: its cancellation alone is kept.
 */
function cancelledEvents(entries: VeventEntry[], uid: string, context: GroupContext): NormalizedEvent[] {
  const placeable = entries.filter((entry) => entry.role === 'cancellation' && (entry.recurrenceId || firstProperty(entry.component, 'DTSTART')));
  const byKey = groupBy(placeable, (entry) => {
    const point = ridPoint(entry, context);
    return point ? ownKey(point) : '';
  });
  const events: NormalizedEvent[] = [];
  for (const [key, versions] of byKey) {
    const built = buildOverride(newest(versions), null, null, context);
    if (!built) continue;
    const title = built.event.title.replace(CANCELLED_PREFIX, '') || built.event.title;
    events.push({ ...built.event, uid, recurrenceId: key || null, recurring: key !== '', status: 'CANCELLED', title });
  }
  return events;
}

function buildCancellations(entries: VeventEntry[], uid: string, series: Start | null, context: GroupContext): Cancellation[] {
  const cancels = entries.filter((entry) => entry.role === 'cancellation');
  if (cancels.length === 0) return [];
  if (!entries[0].record.uid) {
    context.warnings.add(`METHOD:CANCEL VEVENT at line ${cancels[0].record.line} has no UID; ignored`, cancels[0].record.line);
    return [];
  }
  const byKey = groupBy(cancels, (entry) => {
    const point = ridPoint(entry, context, series);
    if (!point) return '';
    return series ? keyForPoint(point, series, context.resolver.calendarClock(entry.calendar)) : ownKey(point);
  });
  return [...byKey].map(([key, versions]) => ({ uid, recurrenceId: key === '' ? null : key, sequence: newest(versions).sequence }));
}

function makeEvent(
  uid: string,
  fields: EventFields,
  start: Start,
  end: { date: string } | { ms: number } | null,
  recurrenceId: string | null,
  recurring: boolean,
  strings: TimeStrings,
): NormalizedEvent {
  const timed = !start.allDay;
  return {
    uid,
    recurrenceId,
    title: fields.title ?? UNTITLED,
    description: fields.description,
    allDay: start.allDay,
    start: start.allDay ? start.date : strings.format(start.zone.clock, start.ms),
    end: end === null ? null : 'date' in end ? end.date : timed ? strings.format(start.zone.clock, end.ms) : null,
    timeZone: start.allDay ? null : start.zone.clock.displayZone,
    floating: !start.allDay && start.zone.floating,
    location: fields.location,
    venue: fields.venue,
    onlineUrl: fields.onlineUrl,
    url: fields.url,
    status: fields.status,
    sequence: fields.sequence,
    stampedAt: fields.stampedAt,
    organizer: fields.organizer,
    // Instances of one series share these arrays (and the organizer, venue and strings):
    // a 300,000-instance feed would otherwise hold 600,000 copies.
    people: fields.people,
    categories: fields.categories,
    recurring,
  };
}
