import { isKnownZone, type LocalDateTime } from '@app/zones';
import type { CalendarInfo } from '../component-scanner';
import { firstText, type ParsedComponent } from '../component';
import type { WarningLog } from '../warnings';
import { ianaClock, UTC_CLOCK } from './offset-clock';
import { buildVtimezoneClock, VtimezoneClock } from './vtimezone-clock';
import { displayNameToIana, windowsIdToIana } from './windows-zones';
import type { ZoneClock } from './zone-clock';

export interface ResolvedZone {
  clock: ZoneClock;
  /** True when the time had no zone of its own and the caller's default zone was applied. */
  floating: boolean;
}

const UTC_ZONE: ResolvedZone = { clock: UTC_CLOCK, floating: false };

const MAX_REMEMBERED_TZIDS = 1_000;

const UTC_NAMES = new Set(['utc', 'gmt', 'z', 'etc/utc', 'etc/gmt', 'zulu', 'universal', 'coordinated universal time']);

const canonical = new Map<string, string | null>();

/**
 * The IANA zone a TZID (or X-WR-TIMEZONE) names, or null when no table
 * knows it: an IANA id (any case, also inside the "/mozilla.org/.../Europe/Paris"
 * style prefixes), a Windows id, or an Outlook display name.
 */
export function ianaForName(rawName: string): string | null {
  const name = rawName
    .trim()
    .replace(/^"(.*)"$/, '$1')
    .replace(/^tzone:\/\/Microsoft\//i, '')
    .trim();
  if (!name) return null;
  let zone = canonical.get(name);
  if (zone !== undefined) return zone;
  zone = lookUp(name);
  canonical.set(name, zone);
  return zone;
}

function lookUp(name: string): string | null {
  if (UTC_NAMES.has(name.toLowerCase())) return 'UTC';
  const iana = knownIana(name);
  if (iana) return iana;
  const windows = windowsIdToIana(name) ?? displayNameToIana(name);
  if (windows) return windows;
  // Vendor prefixes around an Olson id: /mozilla.org/20050126_1/America/New_York,
  // /softwarestudio.org/Tzfile/Europe/Paris, /citadel.org/20190914_1/Europe/Berlin.
  const parts = name.split('/').filter(Boolean);
  for (let take = Math.min(3, parts.length - 1); take >= 1; take--) {
    const tail = knownIana(parts.slice(-take).join('/'));
    if (tail && tail.includes('/')) return tail;
  }
  return null;
}

function knownIana(name: string): string | null {
  if (!/^[A-Za-z][A-Za-z0-9_+\-/]*$/.test(name) || !isKnownZone(name)) return null;
  const resolved = new Intl.DateTimeFormat('en-US', { timeZone: name }).resolvedOptions().timeZone;
  // Keep the name the source used ("US/Pacific", "Europe/Kiev"); only fix its case.
  return resolved.toLowerCase() === name.toLowerCase() ? resolved : name;
}

/**
 * Decides which clock a time is read with. RFC 5545 makes a file's
 * VTIMEZONE authoritative for its TZID, but real VTIMEZONEs are often stale
 * (US rules before 2007), cut to one year (The Events Calendar), or garbage
 * (khal's "New Zealand Standard Time" with CET offsets; a VTIMEZONE with two
 * TZIDs). So a TZID that names a zone the tz database knows (IANA, Windows
 * id, Outlook display name) is read with the tz database, with a warning
 * when the file's VTIMEZONE disagrees; the VTIMEZONE is used for TZIDs
 * nothing else knows. A TZID with neither is read like a floating time.
 */
export class ZoneResolver {
  private readonly vtimezoneClocks = new Map<string, VtimezoneClock | null>();
  private readonly checked = new Set<string>();
  private readonly warnedUnknown = new Set<string>();
  private readonly calendarClocks = new Map<CalendarInfo, ResolvedZone>();
  private readonly byTzid = new Map<string, ResolvedZone>();
  private readonly defaultClock: ZoneClock;
  private fileZone: ZoneClock | null | undefined;

  constructor(
    private readonly vtimezones: Map<string, ParsedComponent>,
    defaultTimeZone: string,
    private readonly warnings: WarningLog,
  ) {
    const zone = ianaForName(defaultTimeZone);
    if (!zone) warnings.add(`default time zone "${defaultTimeZone}" is not a known zone; using UTC`);
    this.defaultClock = zone ? ianaClock(zone) : UTC_CLOCK;
  }

  /** The clock for TZID=`tzid`; `sample` is the wall-clock time being read (for the VTIMEZONE check). */
  forTzid(tzid: string, calendar: CalendarInfo, sample: LocalDateTime, line: number): ResolvedZone {
    const known = this.byTzid.get(tzid);
    if (known) return known;
    const iana = ianaForName(tzid);
    if (iana) {
      this.compareWithVtimezone(tzid, iana, sample);
      return this.remember(tzid, { clock: ianaClock(iana), floating: false });
    }
    const custom = this.vtimezoneClock(tzid);
    if (custom) return this.remember(tzid, { clock: custom, floating: false });
    const fallback = this.floating(calendar);
    if (!this.warnedUnknown.has(tzid)) {
      this.warnedUnknown.add(tzid);
      this.warnings.add(
        `line ${line}: unknown time zone "${tzid}" (no VTIMEZONE, not an IANA or Windows name); read as ${fallback.clock.displayZone ?? 'UTC'}`,
        line,
      );
    }
    return fallback;
  }

  /** A TZID's zone for the rest of the parse (its VTIMEZONE check is done once anyway); bounded, as TZIDs are text. */
  private remember(tzid: string, zone: ResolvedZone): ResolvedZone {
    if (this.byTzid.size < MAX_REMEMBERED_TZIDS) this.byTzid.set(tzid, zone);
    return zone;
  }

  /** Floating times: the calendar's X-WR-TIMEZONE, else the caller's default zone. */
  floating(calendar: CalendarInfo): ResolvedZone {
    let resolved = this.calendarClocks.get(calendar);
    if (!resolved) {
      const named = calendar.calendarZone ? this.namedClock(calendar.calendarZone) : null;
      if (calendar.calendarZone && !named) {
        this.warnings.add(`X-WR-TIMEZONE "${calendar.calendarZone}" is not a known zone; ignored`, calendar.line);
      }
      resolved = named ? { clock: named, floating: false } : { clock: this.defaultClock, floating: true };
      this.calendarClocks.set(calendar, resolved);
    }
    return resolved;
  }

  /**
   * UTC times ("…Z"): the same instant, shown in the calendar's
   * X-WR-TIMEZONE when it names one. Google writes every single event in
   * UTC and names the calendar's zone there (Apple too): its owner sees the
   * events on that zone's clock, and recurring ones repeat on it (see
   * recurrence.ts). Without X-WR-TIMEZONE, or when it says UTC, they stay UTC.
   */
  utc(calendar: CalendarInfo): ResolvedZone {
    const zone = this.floating(calendar);
    return zone.floating || zone.clock.displayZone === 'UTC' ? UTC_ZONE : zone;
  }

  /**
   * The zone a calendar's dates live in, for turning a UTC instant into a
   * date (an UNTIL or RECURRENCE-ID in UTC on an all-day series) and for a
   * DTSTAMP written without "Z": X-WR-TIMEZONE, else the file's first
   * VTIMEZONE that is not UTC (Exchange writes the organiser's zone), else
   * the default zone.
   */
  calendarClock(calendar: CalendarInfo): ZoneClock {
    const floating = this.floating(calendar);
    if (!floating.floating) return floating.clock;
    if (this.fileZone === undefined) {
      this.fileZone = null;
      for (const tzid of this.vtimezones.keys()) {
        const clock = this.namedClock(tzid);
        if (clock && !isUtcLike(clock)) {
          this.fileZone = clock;
          break;
        }
      }
    }
    return this.fileZone ?? this.defaultClock;
  }

  private namedClock(name: string): ZoneClock | null {
    const iana = ianaForName(name);
    if (iana) return ianaClock(iana);
    return this.vtimezoneClock(name);
  }

  private vtimezoneClock(tzid: string): VtimezoneClock | null {
    let clock = this.vtimezoneClocks.get(tzid);
    if (clock === undefined) {
      const component = this.vtimezones.get(tzid);
      clock = component ? buildVtimezoneClock(component, tzid) : null;
      if (component && !clock) this.warnings.add(`VTIMEZONE "${tzid}" has no usable STANDARD/DAYLIGHT rules; ignored`, component.line);
      if (clock && component) {
        const line = component.line;
        clock.hints = zoneHints(tzid, component);
        clock.onUnmatched = () => this.warnings.add(`VTIMEZONE "${tzid}" matches no IANA zone; its times are shown in UTC`, line);
      }
      this.vtimezoneClocks.set(tzid, clock);
    }
    return clock;
  }

  private compareWithVtimezone(tzid: string, iana: string, sample: LocalDateTime): void {
    if (this.checked.has(tzid)) return;
    this.checked.add(tzid);
    const component = this.vtimezones.get(tzid);
    if (!component) return;
    const custom = buildVtimezoneClock(component, tzid);
    if (!custom) return;
    const theirs = custom.toInstant(sample);
    const ours = ianaClock(iana).toInstant(sample);
    if (theirs !== ours) {
      this.warnings.add(
        `VTIMEZONE "${tzid}" (line ${component.line}) disagrees with the tz database zone ${iana} by ` + `${(theirs - ours) / 60_000} minutes; using ${iana}`,
        component.line,
      );
    }
  }
}

/** Exchange adds a "UTC" VTIMEZONE next to the real one; it says nothing about where the calendar is. */
function isUtcLike(clock: ZoneClock): boolean {
  const year = new Date().getUTCFullYear();
  return clock.offsetAt(Date.UTC(year, 0, 15)) === 0 && clock.offsetAt(Date.UTC(year, 6, 15)) === 0;
}

/** Names that may say which IANA zone a custom VTIMEZONE imitates. */
function zoneHints(tzid: string, component: ParsedComponent): string[] {
  const hints: string[] = [];
  for (const name of [firstText(component, 'X-LIC-LOCATION'), firstText(component, 'X-MICROSOFT-CDO-TZID'), tzid]) {
    const zone = name ? ianaForName(name) : null;
    if (zone) hints.push(zone);
  }
  // Lotus Notes' "Eastern", "Pacific": the Windows "<name> Standard Time" zone.
  const windows = windowsIdToIana(`${tzid.trim()} Standard Time`);
  if (windows) hints.push(windows);
  return hints;
}
