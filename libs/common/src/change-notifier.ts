/**
 * In-process publish/subscribe between features that must not import each
 * other (ingestion tells matching, matching tells the planner, ...).
 * Listeners run one after the other, in subscription order.
 */
export class ChangeNotifier<Args extends unknown[]> {
  private readonly listeners: ((...args: Args) => Promise<void>)[] = [];

  subscribe(listener: (...args: Args) => Promise<void>): void {
    this.listeners.push(listener);
  }

  async publish(...args: Args): Promise<void> {
    for (const listener of this.listeners) await this.deliver(listener, args);
  }

  /** Runs one listener; a subclass may isolate failures here. */
  protected deliver(listener: (...args: Args) => Promise<void>, args: Args): Promise<void> {
    return listener(...args);
  }
}
