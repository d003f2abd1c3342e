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
  private readonly byClock = new Map<ZoneClock, Map<number, string>>();

  format(clock: ZoneClock, instantMs: number): string {
    // Seconds since 2000 fit a small integer (fast Map key) from 1932 to 2068; others are not cached.
    const key = instantMs / 1000 - EPOCH_2000;
    if (!Number.isInteger(key) || key < -SMALL || key > SMALL) return clock.format(instantMs);
    let strings = this.byClock.get(clock);
    if (!strings) {
      strings = new Map();
      this.byClock.set(clock, strings);
    }
    let text = strings.get(key);
    if (text === undefined) {
      text = clock.format(instantMs);
      strings.set(key, text);
    }
    return text;
  }

  /** "YYYY-MM-DDTHH:MM:SSZ", the recurrenceId form. */
  utc(instantMs: number): string {
    return this.format(UTC_CLOCK, instantMs);
  }
}
