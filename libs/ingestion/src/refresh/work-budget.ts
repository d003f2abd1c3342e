/** Thrown when reading and storing one source takes longer than its deadline; nothing of it is committed. */
export class IngestDeadlineError extends Error {
  constructor(readonly deadlineMs: number) {
    super(`ingest deadline of ${deadlineMs} ms exceeded`);
    this.name = 'IngestDeadlineError';
  }
}

/** What a user reads in `lastError` when the deadline was hit. */
export function deadlineMessage(deadlineMs: number, itemCount: number | null): string {
  const size = itemCount === null ? '' : ` (${itemCount.toLocaleString('en-US')} events after expanding recurrences)`;
  return (
    `Reading this calendar took longer than the ${Math.round(deadlineMs / 1000)} s allowed${size}, so nothing was changed and the events from before are kept. ` +
    'Split it into smaller calendars, or remove long-running repeating events; an operator can raise INGEST_DEADLINE_SECONDS.'
  );
}

/** Something that lets other work run now and then (a TimeSlicer on the request thread). */
export interface Yielder {
  tick(): Promise<void>;
}

/**
 * The time one source's ingest may take: checked between units of work
 * and handed to PostgreSQL as the statement timeout. On the request thread
 * a Yielder also lets other requests run between units.
 */
export class WorkBudget {
  private readonly endsAt: number;

  constructor(
    readonly deadlineMs: number,
    private readonly yielder: Yielder | null = null,
  ) {
    this.endsAt = Date.now() + deadlineMs;
  }

  /** No deadline of its own (it still yields, given a Yielder). */
  static unlimited(yielder: Yielder | null = null): WorkBudget {
    return new WorkBudget(2 ** 31 - 1, yielder);
  }

  get remainingMs(): number {
    return Math.max(0, this.endsAt - Date.now());
  }

  check(): void {
    if (Date.now() >= this.endsAt) throw new IngestDeadlineError(this.deadlineMs);
  }

  /** One unit of work done. */
  async tick(): Promise<void> {
    if (this.yielder) await this.yielder.tick();
    this.check();
  }
}

/** PostgreSQL's "canceling statement due to statement timeout". */
export function isStatementTimeout(error: unknown): boolean {
  return typeof error === 'object' && error !== null && (error as { code?: string }).code === '57014';
}
