import { setTimeout as sleep } from 'node:timers/promises';
import { BeforeApplicationShutdown, Injectable, Logger } from '@nestjs/common';

/**
 * Work a request starts and waits for only briefly: small imports answer
 * with their result, large ones answer at once (PENDING) and finish here.
 * Shutdown waits for them, so a deploy does not cut an import short.
 */
@Injectable()
export class BackgroundWork implements BeforeApplicationShutdown {
  private readonly logger = new Logger('BackgroundWork');
  private readonly running = new Set<Promise<unknown>>();

  /**
   * `work`'s result when it settles within `waitMs` (its error is thrown),
   * else `undefined` while it goes on; a later failure is logged.
   */
  async within<T>(label: string, work: Promise<T>, waitMs: number): Promise<T | undefined> {
    const tracked = work.finally(() => this.running.delete(tracked));
    this.running.add(tracked);
    const timer = new AbortController();
    const settled = tracked.then(
      (value) => ({ value }),
      (error: unknown) => ({ error }),
    );
    const first = await Promise.race([settled, sleep(waitMs, undefined, { signal: timer.signal }).catch(() => undefined)]);
    timer.abort();
    if (first === undefined) {
      void settled.then((late) => {
        if ('error' in late) this.logger.error(`${label} failed: ${(late.error as Error)?.stack ?? String(late.error)}`);
      });
      return undefined;
    }
    if ('error' in first) throw first.error;
    return first.value;
  }

  async beforeApplicationShutdown(): Promise<void> {
    if (this.running.size > 0) this.logger.log(`waiting for ${this.running.size} import(s) to finish`);
    await Promise.allSettled([...this.running]);
  }
}
