import ICAL from 'ical.js';
import { isKnownZone, offsetMinutes, type LocalDateTime } from '@app/zones';
import { allProperties, firstProperty, type ParsedComponent } from '../component';
import { OffsetClock, ianaClock, UTC_CLOCK } from './offset-clock';
import { WINDOWS_PRIMARY_ZONES } from './windows-zones';

/**
 * A zone defined only by the file's VTIMEZONE (a TZID no database knows:
 * Lotus Notes' "Eastern", Outlook's "Customized Time Zone"). ical.js does
 * the STANDARD/DAYLIGHT rule expansion; the RFC 5545 gap/overlap rule and
 * the per-day offset cache come from OffsetClock.
 */
export class VtimezoneClock extends OffsetClock {
  private matched: string | null | undefined;
  private firstYear: number | null = null;
  /** Names hinting at the IANA zone, and what to do when none matches; set by the resolver. */
  hints: string[] = [];
  onUnmatched: () => void = () => undefined;

  constructor(
    readonly tzid: string,
    private readonly zone: ICAL.Timezone,
  ) {
    super();
  }

  /**
   * The IANA zone to print in, matched on first use against the offsets of
   * the year the clock is first used for (a stale VTIMEZONE still matches
   * the zone it was written for in the years its events fall in).
   */
  get displayZone(): string | null {
    if (this.matched === undefined) {
      this.matched = matchIanaZone(this, this.hints, this.firstYear ?? new Date().getUTCFullYear());
      if (this.matched === null) this.onUnmatched();
    }
    return this.matched;
  }

  override toInstant(local: LocalDateTime): number {
    this.firstYear ??= local.year;
    return super.toInstant(local);
  }

  override toLocal(instantMs: number): LocalDateTime {
    this.firstYear ??= new Date(instantMs).getUTCFullYear();
    return super.toLocal(instantMs);
  }

  protected rawOffset(instantMs: number): number {
    const seconds = Math.floor(instantMs / 1000);
    const time = ICAL.Time.fromJSDate(new Date(seconds * 1000), true);
    const local = time.convertToZone(this.zone);
    const wall = Date.UTC(local.year, local.month - 1, local.day, local.hour, local.minute, local.second);
    return Math.round((wall - seconds * 1000) / 60_000);
  }

  format(instantMs: number): string {
    this.firstYear ??= new Date(instantMs).getUTCFullYear();
    return this.displayZone ? ianaClock(this.displayZone).format(instantMs) : UTC_CLOCK.format(instantMs);
  }
}

const SUB_PROPERTIES = ['DTSTART', 'TZOFFSETFROM', 'TZOFFSETTO', 'RRULE', 'RDATE'];

/**
 * Builds the ical.js zone from a VTIMEZONE, keeping only the properties the
 * rules need (so a stray line elsewhere in the block cannot make ical.js
 * throw). Null when no STANDARD/DAYLIGHT part is usable.
 */
export function buildVtimezoneClock(component: ParsedComponent, tzid: string): VtimezoneClock | null {
  const lines = ['BEGIN:VCALENDAR', 'BEGIN:VTIMEZONE', `TZID:${tzid.replace(/[\r\n]/g, ' ')}`];
  let parts = 0;
  for (const child of component.children) {
    if (child.kind !== 'STANDARD' && child.kind !== 'DAYLIGHT') continue;
    if (!firstProperty(child, 'DTSTART') || !firstProperty(child, 'TZOFFSETTO')) continue;
    lines.push(`BEGIN:${child.kind}`);
    for (const name of SUB_PROPERTIES) {
      const list = name === 'RDATE' ? allProperties(child, name) : allProperties(child, name).slice(0, 1);
      for (const property of list) lines.push(`${name}:${property.value.trim()}`);
    }
    if (!firstProperty(child, 'TZOFFSETFROM')) lines.push(`TZOFFSETFROM:${firstProperty(child, 'TZOFFSETTO')?.value.trim()}`);
    lines.push(`END:${child.kind}`);
    parts++;
  }
  if (parts === 0) return null;
  lines.push('END:VTIMEZONE', 'END:VCALENDAR', '');
  try {
    const calendar = new ICAL.Component(ICAL.parse(lines.join('\r\n')));
    const vtimezone = calendar.getFirstSubcomponent('vtimezone');
    if (!vtimezone) return null;
    const zone = ICAL.Timezone.fromData({ component: vtimezone, tzid });
    const clock = new VtimezoneClock(tzid, zone);
    clock.offsetAt(Date.UTC(2000, 0, 1));
    clock.hints = [];
    return clock;
  } catch {
    return null;
  }
}

const MONTH_SAMPLES = [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11];

/**
 * The IANA zone whose offsets match the VTIMEZONE's through `year` (twice a
 * month), trying the hinted zones first, then CLDR's main zone per Windows
 * zone, then every zone. Null when none matches.
 */
export function matchIanaZone(clock: VtimezoneClock, hints: string[], year: number): string | null {
  const samples: number[] = [];
  for (const month of MONTH_SAMPLES) samples.push(Date.UTC(year, month, 1, 12), Date.UTC(year, month, 15, 12));
  const expected = samples.map((at) => clock.offsetAt(at));
  const quick = [0, 6, 12, 18].map((i) => [samples[i], expected[i]] as const);
  const fits = (zone: string) =>
    isKnownZone(zone) && quick.every(([at, offset]) => offsetMinutes(at, zone) === offset) && samples.every((at, i) => offsetMinutes(at, zone) === expected[i]);
  for (const zone of [...hints, ...WINDOWS_PRIMARY_ZONES]) if (fits(zone)) return zone;
  for (const zone of Intl.supportedValuesOf('timeZone')) if (fits(zone)) return zone;
  return null;
}
