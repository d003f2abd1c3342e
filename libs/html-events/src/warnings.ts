import type { ParseWarning } from '@app/event-model';

const MAX_WARNINGS = 100;

/**
 * Collects a page's warnings. Repeated reasons (one per skipped item on a
 * listing of thousands) are counted into one line, and the total is capped,
 * so a hostile page cannot flood the caller.
 */
export class WarningLog {
  private readonly list: ParseWarning[] = [];
  private readonly tallies = new Map<string, number>();
  private dropped = 0;

  add(message: string, where: { line?: number; uid?: string } = {}): void {
    if (this.list.length >= MAX_WARNINGS) {
      this.dropped++;
      return;
    }
    this.list.push({ ...(where.line ? { line: where.line } : {}), ...(where.uid ? { uid: where.uid } : {}), message });
  }

  /** Counts one occurrence of `reason`; reported once as "reason (N times)". */
  tally(reason: string): void {
    this.tallies.set(reason, (this.tallies.get(reason) ?? 0) + 1);
  }

  toArray(): ParseWarning[] {
    const tallied = [...this.tallies].map(([reason, n]) => ({ message: n > 1 ? `${reason} (${n} times)` : reason }));
    const all = [...this.list, ...tallied.slice(0, MAX_WARNINGS)];
    const more = this.dropped + Math.max(0, tallied.length - MAX_WARNINGS);
    return more > 0 ? [...all, { message: `${more} more warnings not shown` }] : all;
  }
}
