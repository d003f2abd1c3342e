/**
 * Runs tasks one at a time per key, first come first served, and lets a
 * waiter leave the queue when its signal aborts.
 *
 * Hand-written because the libraries that fit the bill either lack keys
 * (async-mutex, p-limit) or bring a scheduler we do not need (bottleneck,
 * p-queue); this is twenty lines over a promise chain and keeps
 * @app/fetcher free of extra dependencies.
 */
export class KeyedMutex {
  /** The promise the next task for a key must wait for; absent when idle. */
  private readonly tails = new Map<string, Promise<void>>();

  async run<T>(key: string, task: () => Promise<T>, signal?: AbortSignal): Promise<T> {
    const previous = this.tails.get(key) ?? Promise.resolve();
    let release!: () => void;
    const done = new Promise<void>((resolve) => (release = resolve));
    // A waiter that gives up releases its own turn, but whoever comes after it
    // still waits for `previous`, so nobody overtakes a running task.
    const tail = previous.then(() => done);
    this.tails.set(key, tail);
    try {
      await untilAborted(previous, signal);
      return await task();
    } finally {
      release();
      if (this.tails.get(key) === tail) this.tails.delete(key);
    }
  }

  /** Number of keys with a running or waiting task (for tests and metrics). */
  get activeKeys(): number {
    return this.tails.size;
  }
}

function untilAborted(promise: Promise<void>, signal: AbortSignal | undefined): Promise<void> {
  if (!signal) return promise;
  if (signal.aborted) return Promise.reject(signal.reason);
  return new Promise<void>((resolve, reject) => {
    const onAbort = () => reject(signal.reason);
    signal.addEventListener('abort', onAbort, { once: true });
    void promise.then(() => {
      signal.removeEventListener('abort', onAbort);
      resolve();
    });
  });
}
