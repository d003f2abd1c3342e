/**
 * Runs at most `concurrency` tasks at once with at most `maxWaiting` tasks
 * queued behind them. A task that finds the queue full is refused at once
 * with the error from `refuse`: a burst costs a bounded wait, never an
 * unbounded queue. (p-limit and its kin queue without bound and are
 * ESM-only; this is the whole of what is needed.)
 */
export class ConcurrencyLimit {
  private running = 0;
  private readonly waiting: (() => void)[] = [];
  /** The most tasks that ever ran, and waited, at the same time. */
  readonly peak = { running: 0, waiting: 0 };

  constructor(
    readonly concurrency: number,
    readonly maxWaiting: number,
    private readonly refuse: () => Error,
  ) {}

  async run<T>(task: () => Promise<T>): Promise<T> {
    if (this.running < this.concurrency) {
      this.running++;
    } else if (this.waiting.length < this.maxWaiting) {
      const turn = new Promise<void>((resolve) => this.waiting.push(resolve));
      this.peak.waiting = Math.max(this.peak.waiting, this.waiting.length);
      // release() hands its slot straight to the next in line, so `running` is unchanged.
      await turn;
    } else {
      throw this.refuse();
    }
    this.peak.running = Math.max(this.peak.running, this.running);
    try {
      return await task();
    } finally {
      this.release();
    }
  }

  private release(): void {
    const next = this.waiting.shift();
    if (next) next();
    else this.running--;
  }
}
