import ICAL from 'ical.js';
import { formatWall, wallMs, type LocalDateTime } from '@app/zones';
import { allProperties, type ParsedComponent, type Property } from './component';
import { MAX_STEPS_BETWEEN_MATCHES, refuseRule, satisfiesRule } from './rule-guard';
import { simpleStepper, type WallStepper } from './simple-rule';
import { readPoints, toPoint, type Point, type ReadContext, type Start } from './timing';
import { dateOfLocal, localAtMidnight, parsePeriod, parseTimeValue, wallFromMs } from './values';
import type { TimeStrings } from './zones/time-strings';
import type { ZoneClock } from './zones/zone-clock';
import { UTC_CLOCK } from './zones/offset-clock';

/**
 * Expands one series (RFC 5545 §3.8.5: DTSTART + RRULE + RDATE − EXDATE)
 * within the window. ical.js's RecurIterator does the RRULE arithmetic; the
 * merging is done here because ical.js's RecurExpansion compares instants
 * through its own zone registry, in which a TZID without a VTIMEZONE is a
 * floating time. Every value is first brought to the series' wall clock, so
 * RRULE runs on wall-clock time as §3.3.10 requires and a UTC UNTIL,
 * RDATE, EXDATE or RECURRENCE-ID still lines up.
 *
 * A series whose DTSTART is in UTC, in a calendar that names its zone in
 * X-WR-TIMEZONE, repeats on that zone's wall clock (its start is read in
 * that zone, see ZoneResolver.utc). RFC 5545 alone would repeat it at the
 * same UTC time, an hour off local time for half the year; X-WR-TIMEZONE is
 * Apple's and Google's "this calendar lives in this zone", and readers that
 * honour it convert such times to the zone before expanding (x-wr-timezone,
 * used by python-recurring-ical-events), so the owner's weekly 10:00 stays
 * at 10:00 across DST. An EXDATE or RECURRENCE-ID in UTC then names the
 * instant of a wall-clock occurrence, as Google writes them; a file whose
 * UTC exceptions show the other reading is read the RFC's way (see
 * repetitionStart in series-builder.ts).
 */

export interface ExpansionLimits {
  windowFrom: number;
  windowTo: number;
  maxOccurrences: number;
  /** Occurrences kept per calendar day of one series (sub-daily rules would otherwise fill a cap in minutes). */
  maxPerDay: number;
  /** `next()` calls allowed for one series. */
  maxIterations: number;
  /**
   * `next()` calls left for the whole feed, and candidates ical.js may still
   * reject while searching (shared, decremented); `capped` is set when any cap cut a series short.
   */
  budget: { iterations: number; searchSteps: number; capped?: boolean };
}

export interface Instance {
  /** recurrenceId: "…Z" instant for timed series, "YYYY-MM-DD" for all-day ones. */
  key: string;
  start: Start;
  /** RDATE;VALUE=PERIOD gives an instance its own end. */
  periodEnd?: { ms: number };
}

export interface ExpansionNote {
  line: number;
  message: string;
}

export interface Expansion {
  instances: Instance[];
  capped: boolean;
  /** Rules that could not be (fully) expanded, for the warnings. */
  notes: ExpansionNote[];
}

export interface SeriesContext extends ReadContext {
  /** Zone of the calendar's dates (for all-day series and UTC values on them). */
  calendarClock: ZoneClock;
  uid: string | null;
  strings: TimeStrings;
}

/** The recurrenceId of an instance starting at `start`. */
export function instanceKey(start: Start, strings?: TimeStrings): string {
  if (start.allDay) return start.date;
  return strings ? strings.utc(start.ms) : formatWall(start.ms, 'Z');
}

/**
 * The key a RECURRENCE-ID or EXDATE value denotes in a series. On an
 * all-day series a date-time counts by the date written with its TZID
 * (Exchange: `RECURRENCE-ID;TZID=W. Europe Standard Time:20260226T000000`
 * is the 26th, not the 25th in UTC). A UTC value at midnight is the date
 * written (Google: `RECURRENCE-ID:20120101T000000Z` on a date series); any
 * other UTC time is a local midnight written in UTC, so its date in the
 * calendar's zone.
 */
export function keyForPoint(point: Point, series: Start, calendarClock: ZoneClock): string {
  if (series.allDay) return point.kind === 'date' ? point.date : dateOfInstant(point.local, point.utc, point.ms, calendarClock);
  if (point.kind === 'date') return instanceKey(startAt(series, point.date));
  return formatWall(point.ms, 'Z');
}

function dateOfInstant(local: LocalDateTime, utc: boolean, ms: number, calendarClock: ZoneClock): string {
  const midnight = local.hour === 0 && local.minute === 0 && local.second === 0;
  return utc && !midnight ? dateOfLocal(calendarClock.toLocal(ms)) : dateOfLocal(local);
}

/** The series' start moved to another date, same wall-clock time. */
function startAt(series: Start, date: string): Start {
  if (series.allDay) return { allDay: true, date };
  const { year, month, day } = localAtMidnight(date);
  const local = { year, month, day, hour: series.local.hour, minute: series.local.minute, second: series.local.second };
  return { allDay: false, local, ms: series.zone.clock.toInstant(local), zone: series.zone };
}

function startFromLocal(series: Start, local: LocalDateTime): Start {
  if (series.allDay) return { allDay: true, date: dateOfLocal(local) };
  return { allDay: false, local, ms: series.zone.clock.toInstant(local), zone: series.zone };
}

/** A point (RDATE, or a RECURRENCE-ID standing in for a missing DTSTART) as an instance start of the series. */
export function instanceStart(point: Point, series: Start, calendarClock: ZoneClock): Start {
  if (series.allDay) return { allDay: true, date: keyForPoint(point, series, calendarClock) };
  if (point.kind === 'date') return startAt(series, point.date);
  return { allDay: false, local: series.zone.clock.toLocal(point.ms), ms: point.ms, zone: series.zone };
}

export function isRecurring(master: ParsedComponent): boolean {
  return master.properties.has('RRULE') || master.properties.has('RDATE');
}

/**
 * Where an instance sits on the time line for window checks and ordering.
 * An all-day date counts as its midday UTC: a window whose bounds are
 * midnights in any zone between UTC-12 and UTC+12 then selects exactly the
 * dates it covers, whoever computed it.
 */
export function instantOf(start: Start): number {
  return start.allDay ? Date.parse(`${start.date}T12:00:00Z`) : start.ms;
}

export function expandSeries(master: ParsedComponent, series: Start, seriesContext: SeriesContext, limits: ExpansionLimits): Expansion {
  const context = withSeriesZone(seriesContext, series);
  const notes: ExpansionNote[] = [];
  const clock = series.allDay ? UTC_CLOCK : series.zone.clock;
  const inWindow = (start: Start) => {
    const at = instantOf(start);
    return at >= limits.windowFrom && at < limits.windowTo;
  };
  const excluded = readExclusions(master, series, context);
  const found = new Map<string, Instance>();
  /** Occurrences per calendar day: a date for all-day series, the day number of the wall-clock date for timed ones. */
  const perDay = new Map<string | number, number>();
  let dayCapped = false;
  /** False when the instance's day already holds `maxPerDay` occurrences. */
  const add = (instance: Instance): boolean => {
    if (found.has(instance.key) || !inWindow(instance.start) || excluded.keys.has(instance.key)) return true;
    const { start } = instance;
    if (!start.allDay && excluded.dates.size > 0 && excluded.dates.has(dateOfLocal(start.local))) return true;
    const day = start.allDay ? start.date : Math.floor(wallMs(start.local) / 86_400_000);
    const count = perDay.get(day) ?? 0;
    if (count >= limits.maxPerDay) {
      dayCapped = true;
      return false;
    }
    perDay.set(day, count + 1);
    found.set(instance.key, instance);
    return true;
  };
  let capped = false;
  // One more than the cap, to know that the cap applied.
  const wanted = limits.maxOccurrences + 1;

  // §3.8.5.3: DTSTART is the first instance even when the rule does not match it.
  add({ key: instanceKey(series, context.strings), start: series });

  const seriesLocal = series.allDay ? localAtMidnight(series.date) : series.local;
  const fromLocal = wallMs(clock.toLocal(limits.windowFrom)) - 86_400_000;
  const toLocal = wallMs(clock.toLocal(limits.windowTo)) + 86_400_000;

  const iterate = (rule: ICAL.Recur, property: Property, begin: LocalDateTime) => {
    const search = { endWall: toLocal, budget: limits.budget };
    let step = stepper(rule, begin, series.allDay, search);
    let iterations = 0;
    for (;;) {
      if (iterations >= limits.maxIterations || limits.budget.iterations <= 0) {
        notes.push({ line: property.line, message: `line ${property.line}: RRULE stopped after ${iterations} steps (iteration limit)` });
        return;
      }
      iterations++;
      limits.budget.iterations--;
      const local = step();
      if (!local) return;
      const at = wallMs(local);
      if (at > toLocal) return;
      if (at < fromLocal || !satisfiesRule(rule, local, seriesLocal)) continue;
      const start = startFromLocal(series, local);
      if (!add({ key: instanceKey(start, context.strings), start })) {
        // The day is full: a sub-daily rule jumps to the next day instead of stepping through it.
        // A COUNT rule cannot jump (COUNT counts from DTSTART), and stepping a second at a time
        // through the rest of the day is the work the cap exists to avoid: it ends here.
        if (rule.count) {
          notes.push({
            line: property.line,
            message: `line ${property.line}: RRULE with COUNT has more than ${limits.maxPerDay} occurrences a day; its later occurrences are not expanded`,
          });
          return;
        }
        const nextDay = wallMs(localAtMidnight(dateOfLocal(local))) + 86_400_000;
        const skipTo = fastForward(rule, seriesLocal, nextDay);
        if (wallMs(skipTo) > at) step = stepper(rule, skipTo, series.allDay, search);
      }
      if (found.size >= wanted) return;
    }
  };

  for (const property of allProperties(master, 'RRULE')) {
    const rule = readRule(property, series, context, notes);
    if (!rule) continue;
    if (rule.until && wallMs(timeToLocal(rule.until)) < fromLocal) continue;
    try {
      iterate(rule, property, fastForward(rule, seriesLocal, fromLocal));
    } catch (error) {
      if (error instanceof SearchStopped) {
        // Past the window there is nothing more to keep; any other stop leaves the series incomplete.
        if (error.reason !== 'window')
          notes.push({ line: property.line, message: `line ${property.line}: RRULE "${property.value.trim()}" stopped: ${error.message}` });
        continue;
      }
      // ical.js rejects some BY-part combinations only once it iterates.
      notes.push({
        line: property.line,
        message: `line ${property.line}: RRULE "${property.value.trim()}" could not be expanded (${(error as Error).message}); ignored`,
      });
    }
  }

  for (const property of allProperties(master, 'RDATE')) {
    for (const raw of property.value.split(',')) {
      if (!raw.trim()) continue;
      const instance = readRdate(raw, property, series, context);
      if (instance) add(instance);
      else notes.push({ line: property.line, message: `line ${property.line}: RDATE value "${raw.trim()}" is not a date or period; ignored` });
    }
  }

  if (dayCapped) {
    const line = allProperties(master, 'RRULE')[0]?.line ?? allProperties(master, 'RDATE')[0]?.line ?? 0;
    notes.push({
      line,
      message: `line ${line}: the series has more than ${limits.maxPerDay} occurrences on some days; only the first ${limits.maxPerDay} of each day are kept`,
    });
  }
  const instances = [...found.values()].sort((a, b) => instantOf(a.start) - instantOf(b.start));
  if (instances.length > limits.maxOccurrences) {
    instances.length = limits.maxOccurrences;
    capped = true;
  }
  return { instances, capped, notes };
}

/** The context in which a floating value of the series is read in the series' zone. */
export function withSeriesZone<T extends ReadContext>(context: T, series: Start): T {
  return series.allDay ? context : { ...context, floatingZone: series.zone };
}

/** EXDATE keys; a DATE EXDATE on a timed series removes that whole day (as libical does). */
function readExclusions(master: ParsedComponent, series: Start, context: SeriesContext): { keys: Set<string>; dates: Set<string> } {
  const keys = new Set<string>();
  const dates = new Set<string>();
  for (const point of readPoints(allProperties(master, 'EXDATE'), context, context.uid)) {
    if (!series.allDay && point.kind === 'date') dates.add(point.date);
    else keys.add(keyForPoint(point, series, context.calendarClock));
  }
  return { keys, dates };
}

function readRdate(raw: string, property: Property, series: Start, context: SeriesContext): Instance | null {
  if (raw.includes('/')) {
    const period = parsePeriod(raw);
    if (!period) return null;
    const start = instanceStart(toPoint(period.start, property, context), series, context.calendarClock);
    let periodEnd: { ms: number } | undefined;
    if (!start.allDay) {
      if (period.end) {
        const end = toPoint(period.end, property, context);
        if (end.kind === 'instant' && end.ms >= start.ms) periodEnd = { ms: end.ms };
      } else if (period.duration) {
        periodEnd = { ms: start.ms + period.duration.nominalDays * 86_400_000 + period.duration.exactMs };
      }
    }
    return { key: instanceKey(start, context.strings), start, periodEnd };
  }
  const value = parseTimeValue(raw);
  if (!value) return null;
  const start = instanceStart(toPoint(value, property, context), series, context.calendarClock);
  return { key: instanceKey(start, context.strings), start };
}

function timeToLocal(time: ICAL.Time): LocalDateTime {
  return { year: time.year, month: time.month, day: time.day, hour: time.hour, minute: time.minute, second: time.second };
}

function toIcalTime(local: LocalDateTime, isDate: boolean): ICAL.Time {
  return ICAL.Time.fromData({ ...local, isDate });
}

/**
 * ical.js searches for the next occurrence in one loop inside `next()`, with
 * no limit of its own: a rule that never matches again never returns
 * (`FREQ=DAILY;INTERVAL=146097;BYMONTH=2` lands on DTSTART's date every 400
 * years; `FREQ=WEEKLY;BYDAY=TU;BYWEEKNO=2` sticks at New Year's Day). Every
 * candidate it tries passes through `check_contracting_rules`, where the
 * search is cut off: once the candidate is past the window (nothing later is
 * kept), after MAX_STALLED_STEPS candidates no later than the furthest one
 * (ical.js is stuck), after MAX_SEARCH_STEPS candidates, or when the feed's
 * budget of rejected candidates is spent.
 */
const MAX_SEARCH_STEPS = 2 * MAX_STEPS_BETWEEN_MATCHES;
const MAX_STALLED_STEPS = 1_000;

interface SearchBound {
  /** Wall-clock end of the window (ms), past which no candidate is kept. */
  endWall: number;
  budget: { searchSteps: number };
}

class SearchStopped extends Error {
  constructor(
    readonly reason: 'window' | 'steps' | 'stalled' | 'budget',
    message: string,
  ) {
    super(message);
  }
}

/** The part of ical.js's RecurIterator the bound hooks into (declared in its types, though not documented). */
interface SearchingIterator {
  last: ICAL.Time;
  check_contracting_rules(): boolean;
}

function boundSearch(iterator: SearchingIterator, bound: SearchBound): { restart(): void } {
  const check = iterator.check_contracting_rules;
  if (typeof check !== 'function') throw new Error('ical.js RecurIterator has no check_contracting_rules to bound its search');
  let steps = 0;
  let stalled = 0;
  let furthest = Number.NEGATIVE_INFINITY;
  iterator.check_contracting_rules = function (this: SearchingIterator): boolean {
    const at = wallMs(timeToLocal(this.last));
    if (at > bound.endWall) throw new SearchStopped('window', 'past the window');
    if (at > furthest) {
      furthest = at;
      stalled = 0;
    } else if (++stalled >= MAX_STALLED_STEPS) {
      throw new SearchStopped('stalled', `ical.js made no progress in ${MAX_STALLED_STEPS} steps; later occurrences are not expanded`);
    }
    if (++steps > 1 && --bound.budget.searchSteps < 0) {
      throw new SearchStopped('budget', 'the feed used up its search steps; later occurrences are not expanded');
    }
    if (steps > MAX_SEARCH_STEPS) {
      throw new SearchStopped('steps', `no occurrence found in ${MAX_SEARCH_STEPS} steps (the rule may never match); later occurrences are not expanded`);
    }
    return check.call(this);
  };
  return {
    restart: () => {
      steps = 0;
    },
  };
}

/** The rule's wall-clock times from `begin`: computed directly for simple rules, else by ical.js. */
function stepper(rule: ICAL.Recur, begin: LocalDateTime, isDate: boolean, bound: SearchBound): WallStepper {
  const simple = simpleStepper(rule, begin, rule.until ? timeToLocal(rule.until) : null);
  if (simple) return simple;
  const iterator = rule.iterator(toIcalTime(begin, isDate));
  const search = boundSearch(iterator, bound);
  return () => {
    search.restart();
    const next = iterator.next();
    return next ? timeToLocal(next) : null;
  };
}

/**
 * The RRULE with UNTIL rewritten to the series' wall clock (a UTC UNTIL on
 * a TZID series would otherwise be compared as floating time), or null when
 * it cannot be used.
 */
function readRule(property: Property, series: Start, context: SeriesContext, notes: ExpansionNote[]): ICAL.Recur | null {
  const value = property.value.trim();
  const untilMatch = /(?:^|;)\s*UNTIL=([^;]*)/i.exec(value);
  let rule: ICAL.Recur;
  try {
    rule = ICAL.Recur.fromString(
      value
        .replace(/(^|;)\s*UNTIL=[^;]*/gi, '$1')
        .replace(/;;+/g, ';')
        .replace(/^;|;$/g, ''),
    );
  } catch (error) {
    notes.push({ line: property.line, message: `line ${property.line}: RRULE "${value}" is not valid (${(error as Error).message}); ignored` });
    return null;
  }
  if (!/^(SECONDLY|MINUTELY|HOURLY|DAILY|WEEKLY|MONTHLY|YEARLY)$/i.test(String(rule.freq))) {
    notes.push({ line: property.line, message: `line ${property.line}: RRULE "${value}" has no valid FREQ; ignored` });
    return null;
  }
  if (untilMatch) {
    const until = parseTimeValue(untilMatch[1]);
    if (!until) {
      notes.push({ line: property.line, message: `line ${property.line}: RRULE UNTIL "${untilMatch[1]}" is not a date; the rule is read without it` });
    } else if (until.kind === 'date') {
      rule.until = series.allDay
        ? toIcalTime(localAtMidnight(until.date), true)
        : toIcalTime({ ...localAtMidnight(until.date), hour: 23, minute: 59, second: 59 }, false);
    } else {
      if (series.allDay) {
        // On a date series, the same reading as a RECURRENCE-ID (Exchange writes midnight of the last day
        // in the organiser's zone, in UTC), but never before the date written: UNTIL is inclusive.
        const date = [dateOfInstant(until.local, until.utc, wallMs(until.local), context.calendarClock), dateOfLocal(until.local)].sort()[1];
        rule.until = toIcalTime(localAtMidnight(date), true);
      } else {
        // A UTC UNTIL is the instant of the last start; compare it on the series' wall clock.
        rule.until = toIcalTime(until.utc ? series.zone.clock.toLocal(wallMs(until.local)) : until.local, false);
      }
    }
  }
  const refusal = refuseRule(rule, series.allDay ? localAtMidnight(series.date) : series.local);
  if (refusal) {
    notes.push({ line: property.line, message: `line ${property.line}: RRULE "${value}" not expanded: ${refusal}` });
    return null;
  }
  return rule;
}

const UNIT_MS: Record<string, number> = {
  SECONDLY: 1_000,
  MINUTELY: 60_000,
  HOURLY: 3_600_000,
  DAILY: 86_400_000,
  WEEKLY: 7 * 86_400_000,
};

/**
 * Where to start iterating so a series that began years before the window
 * does not walk through every past instance (a daily series from 2006 read
 * in 2026 is 7,300 steps; FREQ=SECONDLY from 2020 is billions). The start
 * moves forward by whole intervals, which keeps every BY-part's phase;
 * instances skipped that way all lie before the window. Not done with
 * COUNT (it counts from DTSTART).
 */
function fastForward(rule: ICAL.Recur, seriesLocal: LocalDateTime, fromLocal: number): LocalDateTime {
  const original = seriesLocal;
  if (rule.count) return original;
  const interval = Math.max(1, rule.interval || 1);
  const freq = String(rule.freq).toUpperCase();
  const startWall = wallMs(seriesLocal);
  const unit = UNIT_MS[freq];
  if (unit) {
    const step = unit * interval;
    const jumps = Math.floor((fromLocal - startWall) / step) - 2;
    if (jumps <= 0) return original;
    return wallFromMs(startWall + jumps * step);
  }
  const from = wallFromMs(fromLocal);
  if (freq === 'MONTHLY') {
    const months = (from.year - seriesLocal.year) * 12 + (from.month - seriesLocal.month);
    const jumps = Math.floor(months / interval) - 2;
    const explicitDay = rule.parts.BYMONTHDAY?.length || rule.parts.BYDAY?.length;
    if (jumps <= 0 || (!explicitDay && seriesLocal.day > 28)) return original;
    const total = seriesLocal.month - 1 + jumps * interval;
    const moved = { ...seriesLocal, year: seriesLocal.year + Math.floor(total / 12), month: (total % 12) + 1 };
    return explicitDay ? { ...moved, day: 1 } : moved;
  }
  if (freq === 'YEARLY') {
    const jumps = Math.floor((from.year - seriesLocal.year) / interval) - 2;
    const leapDay = seriesLocal.month === 2 && seriesLocal.day === 29;
    if (jumps <= 0 || leapDay || rule.parts.BYWEEKNO?.length) return original;
    return { ...seriesLocal, year: seriesLocal.year + jumps * interval };
  }
  return original;
}
