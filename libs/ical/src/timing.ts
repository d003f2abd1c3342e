import { addDays, wallMs, type LocalDateTime } from '@app/zones';
import { allProperties, firstProperty, type ParsedComponent, type Property } from './component';
import type { CalendarInfo } from './component-scanner';
import { dateOfLocal, localAtMidnight, parseDuration, parseTimeValue, wallFromMs, type SplitDuration, type TimeValue } from './values';
import type { WarningLog } from './warnings';
import type { ResolvedZone, ZoneResolver } from './zones/zone-resolver';

export interface ReadContext {
  resolver: ZoneResolver;
  calendar: CalendarInfo;
  warnings: WarningLog;
  /**
   * Zone for values without TZID or "Z". Inside a series that is the series'
   * own zone: a floating EXDATE or RECURRENCE-ID means the series' wall clock.
   */
  floatingZone?: ResolvedZone;
}

/** A DATE value, or a DATE-TIME read as an instant through its zone. */
export type Point = { kind: 'date'; date: string } | { kind: 'instant'; ms: number; local: LocalDateTime; zone: ResolvedZone; utc: boolean };

export function toPoint(value: TimeValue, property: Property, context: ReadContext): Point {
  if (value.kind === 'date') return value;
  if (value.utc) return { kind: 'instant', ms: wallMs(value.local), local: value.local, zone: context.resolver.utc(context.calendar), utc: true };
  const tzid = property.params.TZID?.trim();
  const zone = tzid
    ? context.resolver.forTzid(tzid, context.calendar, value.local, property.line)
    : (context.floatingZone ?? context.resolver.floating(context.calendar));
  return { kind: 'instant', ms: zone.clock.toInstant(value.local), local: value.local, zone, utc: false };
}

/** Every value of a (possibly multi-valued, possibly repeated) date property. */
export function readPoints(properties: Property[], context: ReadContext, uid: string | null): Point[] {
  const points: Point[] = [];
  for (const property of properties) {
    for (const raw of property.value.split(',')) {
      if (!raw.trim()) continue;
      const value = parseTimeValue(raw);
      if (value) points.push(toPoint(value, property, context));
      else context.warnings.add(`line ${property.line}: ${property.name} value "${raw.trim()}" is not a date; ignored`, property.line, uid);
    }
  }
  return points;
}

export type Start = { allDay: true; date: string } | { allDay: false; local: LocalDateTime; ms: number; zone: ResolvedZone };

/** How long each instance lasts (§3.8.5.3: DTEND gives an exact, DURATION a nominal length). */
export type Length = { allDay: true; days: number } | { allDay: false; split: SplitDuration } | null;

export interface Timing {
  start: Start;
  length: Length;
}

export function startFromPoint(point: Point): Start {
  return point.kind === 'date'
    ? { allDay: true, date: point.date }
    : { allDay: false, local: point.zone.clock.toLocal(point.ms), ms: point.ms, zone: point.zone };
}

/**
 * DTSTART and its DTEND or DURATION. Null (with the reason) when there is no
 * readable DTSTART; a broken end only loses the end.
 */
export function readTiming(component: ParsedComponent, context: ReadContext, uid: string | null): Timing | string {
  const starts = allProperties(component, 'DTSTART');
  const property = starts[0];
  if (!property) return 'no DTSTART';
  const value = parseTimeValue(property.value.split(',')[0]);
  if (!value) return `DTSTART "${property.value.trim()}" is not a date`;
  if (value.rolledOver) {
    context.warnings.add(`line ${property.line}: DTSTART "${property.value.trim()}" is not a real date; rolled over to the next month`, property.line, uid);
  }
  if (starts.length > 1 && starts.some((other) => other.value.trim() !== property.value.trim())) {
    context.warnings.add(`line ${starts[1].line}: ${starts.length} different DTSTART lines; the first is used`, starts[1].line, uid);
  }
  const start = asOutlookAllDay(component, startFromPoint(toPoint(value, property, context)));
  return { start, length: readLength(component, start, context, uid) };
}

/**
 * Outlook can write an all-day event as midnight-to-midnight date-times in
 * the organiser's zone, flagged X-MICROSOFT-CDO-ALLDAYEVENT:TRUE; it is
 * still a day (or days), not a time, so it becomes a date.
 */
function asOutlookAllDay(component: ParsedComponent, start: Start): Start {
  if (start.allDay) return start;
  const flag = firstProperty(component, 'X-MICROSOFT-CDO-ALLDAYEVENT') ?? firstProperty(component, 'X-MICROSOFT-MSNCALENDAR-ALLDAYEVENT');
  const midnight = start.local.hour === 0 && start.local.minute === 0 && start.local.second === 0;
  return flag?.value.trim().toUpperCase() === 'TRUE' && midnight ? { allDay: true, date: dateOfLocal(start.local) } : start;
}

function readLength(component: ParsedComponent, start: Start, context: ReadContext, uid: string | null): Length {
  const endProperty = firstProperty(component, 'DTEND');
  const durationProperty = firstProperty(component, 'DURATION');
  // An end that cannot be read leaves a timed event's end unknown; one a date always has: its day.
  const fallback: Length = start.allDay ? { allDay: true, days: 1 } : null;
  if (endProperty) {
    const value = parseTimeValue(endProperty.value.split(',')[0]);
    if (!value) {
      context.warnings.add(`line ${endProperty.line}: DTEND "${endProperty.value.trim()}" is not a date; ignored`, endProperty.line, uid);
      return fallback;
    }
    const end = toPoint(value, endProperty, context);
    if (start.allDay) {
      const endDate = end.kind === 'date' ? end.date : dateOfLocal(end.local);
      const days = daysBetween(start.date, endDate);
      // DTEND equal to DTSTART on a date is a common way of writing "that day".
      return { allDay: true, days: Math.max(days, 1) };
    }
    const endMs = end.kind === 'date' ? start.zone.clock.toInstant(localAtMidnight(end.date)) : end.ms;
    if (endMs < start.ms) {
      context.warnings.add(`line ${endProperty.line}: DTEND is before DTSTART; end dropped`, endProperty.line, uid);
      return null;
    }
    return { allDay: false, split: { nominalDays: 0, exactMs: endMs - start.ms } };
  }
  if (durationProperty) {
    const duration = parseDuration(durationProperty.value);
    if (!duration || duration.nominalDays < 0 || duration.exactMs < 0) {
      context.warnings.add(`line ${durationProperty.line}: DURATION "${durationProperty.value.trim()}" is not usable; ignored`, durationProperty.line, uid);
      return fallback;
    }
    if (start.allDay) {
      // Google writes DURATION:PT86400S on dates: whole days, rounded up, at least one.
      return { allDay: true, days: Math.max(1, duration.nominalDays + Math.ceil(duration.exactMs / 86_400_000)) };
    }
    return { allDay: false, split: duration };
  }
  // §3.6.1: with neither DTEND nor DURATION, a DATE DTSTART lasts its day and a DATE-TIME one ends when it starts.
  return start.allDay ? { allDay: true, days: 1 } : { allDay: false, split: { nominalDays: 0, exactMs: 0 } };
}

function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}

function addDaysToLocal(local: LocalDateTime, days: number): LocalDateTime {
  return wallFromMs(wallMs(local) + days * 86_400_000);
}

/** End of an instance starting at `start` (its own wall-clock time and instant). */
export function endOf(start: Start, length: Length): { date: string } | { ms: number } | null {
  if (!length) return null;
  if (start.allDay) return { date: addDays(start.date, length.allDay ? length.days : 1) };
  if (length.allDay) return null;
  const { nominalDays, exactMs } = length.split;
  const base = nominalDays === 0 ? start.ms : start.zone.clock.toInstant(addDaysToLocal(start.local, nominalDays));
  return { ms: base + exactMs };
}
