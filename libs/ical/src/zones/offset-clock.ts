import { formatOffset, formatWall, uncachedOffsetMinutes, wallClockToInstantWith, wallMs, type LocalDateTime } from '@app/zones';
import { wallFromMs } from '../values';
import type { ZoneClock } from './zone-clock';

const DAY_MS = 86_400_000;
const MAX_CACHED_DAYS = 200_000;

interface Transition {
  at: number;
  before: number;
  after: number;
}

/**
 * A zone known by its UTC offset at any instant. Intl takes about 4 µs an
 * offset (and `localToInstant` asks for four); expanding a 50,000-event feed needs millions, so this clock remembers the
 * offset per UTC day and, on the rare day with a transition, the transition
 * instant (bisected to the minute). `toInstant` applies the RFC 5545
 * §3.3.5 rule of `@app/zones` to those offsets; a spec checks it agrees
 * with `localToInstant`.
 */
export abstract class OffsetClock implements ZoneClock {
  abstract readonly displayZone: string | null;
  private readonly days = new Map<number, number | Transition>();

  /** Offset east of UTC in minutes at the instant, uncached. */
  protected abstract rawOffset(instantMs: number): number;

  abstract format(instantMs: number): string;

  offsetAt(instantMs: number): number {
    const day = Math.floor(instantMs / DAY_MS);
    let entry = this.days.get(day);
    if (entry === undefined) {
      if (this.days.size > MAX_CACHED_DAYS) this.days.clear();
      entry = this.describeDay(day);
      this.days.set(day, entry);
    }
    if (typeof entry === 'number') return entry;
    return instantMs < entry.at ? entry.before : entry.after;
  }

  private describeDay(day: number): number | Transition {
    const from = day * DAY_MS;
    const to = from + DAY_MS;
    const before = this.rawOffset(from);
    const after = this.rawOffset(to);
    if (before === after) return before;
    let lo = from;
    let hi = to;
    while (hi - lo > 60_000) {
      const mid = lo + Math.floor((hi - lo) / 120_000) * 60_000;
      if (this.rawOffset(mid) === before) lo = mid;
      else hi = mid;
    }
    return { at: hi, before, after };
  }

  /** RFC 5545 §3.3.5, the rule of `@app/zones`, on this clock's cached offsets. */
  toInstant(local: LocalDateTime): number {
    return wallClockToInstantWith(wallMs(local), (instantMs) => this.offsetAt(instantMs) * 60_000);
  }

  toLocal(instantMs: number): LocalDateTime {
    return wallFromMs(instantMs + this.offsetAt(instantMs) * 60_000);
  }

  protected formatWithOffset(instantMs: number, offset: number): string {
    return formatWall(instantMs + offset * 60_000, formatOffset(offset));
  }
}

/** A zone of the runtime's tz database. */
export class IanaClock extends OffsetClock {
  constructor(readonly displayZone: string) {
    super();
  }

  protected rawOffset(instantMs: number): number {
    return uncachedOffsetMinutes(instantMs, this.displayZone);
  }

  format(instantMs: number): string {
    return this.formatWithOffset(instantMs, this.offsetAt(instantMs));
  }
}

class UtcClock implements ZoneClock {
  readonly displayZone = null;

  toInstant(local: LocalDateTime): number {
    return wallMs(local);
  }

  toLocal(instantMs: number): LocalDateTime {
    return wallFromMs(instantMs);
  }

  offsetAt(): number {
    return 0;
  }

  format(instantMs: number): string {
    return formatWall(instantMs, 'Z');
  }
}

export const UTC_CLOCK = new UtcClock();

const clocks = new Map<string, IanaClock>();

/** One shared clock per zone: the tz database does not change while the process runs. */
export function ianaClock(zone: string): IanaClock {
  let clock = clocks.get(zone);
  if (!clock) {
    clock = new IanaClock(zone);
    clocks.set(zone, clock);
  }
  return clock;
}
