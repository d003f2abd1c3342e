import { TimeSlicer } from '@app/common';

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

/**
 * The time one source's ingest may take: checked between units of work
 * (which also yield to the event loop every few milliseconds), handed to
 * the parse thread as an abort signal and to PostgreSQL as the statement
 * timeout.
 */
export class WorkBudget {
  private readonly endsAt: number;
  private readonly slicer = new TimeSlicer();
  readonly signal: AbortSignal;

  constructor(readonly deadlineMs: number) {
    this.endsAt = Date.now() + deadlineMs;
    this.signal = AbortSignal.timeout(deadlineMs);
  }

  /** An unlimited budget, for work that has no deadline of its own (it still yields). */
  static unlimited(): WorkBudget {
    return new WorkBudget(2 ** 31 - 1);
  }

  get remainingMs(): number {
    return Math.max(0, this.endsAt - Date.now());
  }

  check(): void {
    if (Date.now() >= this.endsAt) throw new IngestDeadlineError(this.deadlineMs);
  }

  /** One unit of work done: yields now and then, and stops the work past the deadline. */
  async tick(): Promise<void> {
    await this.slicer.tick();
    this.check();
  }
}

/** PostgreSQL's "canceling statement due to statement timeout". */
export function isStatementTimeout(error: unknown): boolean {
  return typeof error === 'object' && error !== null && (error as { code?: string }).code === '57014';
}
