import { UTC_CLOCK } from './offset-clock';
import type { ZoneClock } from './zone-clock';

/**
 * One string per distinct printed time within a parse. Instances of weekly
 * series share start and end times with many other events of the same feed
 * (every Tuesday 18:00 in one zone is one string), so a 300,000-instance
 * feed keeps tens of thousands of strings instead of a million. Strings are
 * immutable, so sharing them is safe.
 */
const EPOCH_2000 = 946_684_800;
const SMALL = 2 ** 30 - 1;

export class TimeStrings {
  private readonly utcStrings = new Map<number, string>();
  private readonly byClock = new Map<ZoneClock, Map<number, string>>([[UTC_CLOCK, this.utcStrings]]);
  /** The zone clock asked last and its strings: a series asks for its own clock (and UTC) over and over. */
  private lastClock: ZoneClock = UTC_CLOCK;
  private lastStrings = this.utcStrings;

  format(clock: ZoneClock, instantMs: number): string {
    return this.cached(clock === this.lastClock ? this.lastStrings : this.stringsOf(clock), clock, instantMs);
  }

  /** "YYYY-MM-DDTHH:MM:SSZ", the recurrenceId form. */
  utc(instantMs: number): string {
    return this.cached(this.utcStrings, UTC_CLOCK, instantMs);
  }

  private cached(strings: Map<number, string>, clock: ZoneClock, instantMs: number): string {
    // Seconds since 2000 fit a small integer (fast Map key) from 1932 to 2068; others are not cached.
    const seconds = instantMs / 1000 - EPOCH_2000;
    if (!Number.isInteger(seconds) || seconds < -SMALL || seconds > SMALL) return clock.format(instantMs);
    // `| 0` makes it a small integer to V8 (a double key hashes and compares more slowly); the value is the same.
    const key = seconds | 0;
    let text = strings.get(key);
    if (text === undefined) {
      text = clock.format(instantMs);
      strings.set(key, text);
    }
    return text;
  }

  private stringsOf(clock: ZoneClock): Map<number, string> {
    let strings = this.byClock.get(clock);
    if (!strings) {
      strings = new Map();
      this.byClock.set(clock, strings);
    }
    this.lastClock = clock;
    this.lastStrings = strings;
    return strings;
  }
}
