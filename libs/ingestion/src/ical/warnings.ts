import type { ParseWarning } from '../core';

/** Keeps a feed's warnings readable: a broken feed can otherwise produce one per line. */
export const MAX_WARNINGS = 200;

export class WarningLog {
  private readonly items: ParseWarning[] = [];
  private dropped = 0;

  constructor(private readonly limit = MAX_WARNINGS) {}

  add(message: string, line?: number, uid?: string | null): void {
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
    return this.items.length + this.dropped;
  }

  toList(): ParseWarning[] {
    if (this.dropped === 0) return this.items.slice();
    return [...this.items, { message: `${this.dropped} more warnings not shown` }];
  }
}
