import type { ParseWarning } from '@app/event-model';

/** Keeps a feed's warnings readable: a broken feed can otherwise produce one per line. */
export const MAX_WARNINGS = 200;
/** Warnings of one kind (the same words, other numbers) shown before the rest are counted. */
const SHOWN_PER_KIND = 3;

/** "line 12: RRULE stopped after 50000 steps" and "line 40: RRULE stopped after 200 steps" are one kind. */
function kindOf(message: string): string {
  return message.replace(/"[^"]*"/g, '""').replace(/\d+/g, '#');
}

export class WarningLog {
  private readonly items: ParseWarning[] = [];
  private readonly kinds = new Map<string, { first: string; count: number }>();
  private dropped = 0;

  constructor(private readonly limit = MAX_WARNINGS) {}

  add(message: string, line?: number, uid?: string | null): void {
    const kind = kindOf(message);
    const seen = this.kinds.get(kind) ?? { first: message, count: 0 };
    seen.count++;
    this.kinds.set(kind, seen);
    if (seen.count > SHOWN_PER_KIND) return;
    if (this.items.length >= this.limit) {
      this.dropped++;
      return;
    }
    const warning: ParseWarning = { message };
    if (line !== undefined) warning.line = line;
    if (uid) warning.uid = uid;
    this.items.push(warning);
  }

  get count(): number {
    let total = 0;
    for (const { count } of this.kinds.values()) total += count;
    return total;
  }

  /** The warnings, then one line per kind that had more than could be shown. */
  toList(): ParseWarning[] {
    const repeated = [...this.kinds.values()]
      .filter(({ count }) => count > SHOWN_PER_KIND)
      .map(({ first, count }) => ({ message: `${count - SHOWN_PER_KIND} more warnings like "${first}"` }));
    const dropped = this.dropped === 0 ? [] : [{ message: `${this.dropped} more warnings not shown` }];
    return [...this.items, ...repeated, ...dropped];
  }
}
