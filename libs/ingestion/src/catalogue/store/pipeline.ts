/**
 * Statements run one after another in the background, so the caller
 * prepares the next while the database executes these. Each starts when
 * the one before has succeeded; `settle` waits for the last and throws the
 * first failure. A caller that fails meanwhile must `abandon` the rest
 * before its transaction is rolled back: a statement started after the
 * ROLLBACK would run outside the transaction.
 */
export class Pipeline {
  private tail: Promise<unknown> = Promise.resolve();
  private pending = 0;
  private abandoned = false;
  private lastYield = performance.now();

  send(statement: () => Promise<unknown>): void {
    this.pending++;
    this.tail = this.tail
      .then(() => {
        if (this.abandoned) throw new Error('pipeline abandoned');
        return statement();
      })
      .finally(() => this.pending--);
    // Answered by settle or abandon: no unhandled rejection meanwhile.
    this.tail.catch(() => undefined);
  }

  /**
   * While statements are under way, lets the event loop run every few
   * milliseconds: the next statement starts only once the answer to the
   * one before has been read.
   */
  async yield(): Promise<void> {
    if (this.pending === 0 || performance.now() - this.lastYield < YIELD_EVERY_MS) return;
    await new Promise((resolve) => setImmediate(resolve));
    this.lastYield = performance.now();
  }

  async settle(): Promise<void> {
    await this.tail;
  }

  /** Starts nothing more, and waits for the statement under way to end, whatever its outcome. */
  async abandon(): Promise<void> {
    this.abandoned = true;
    await this.tail.catch(() => undefined);
  }
}

const YIELD_EVERY_MS = 5;
