import { performance } from 'node:perf_hooks';

/** Lets timers and I/O run before the caller goes on. */
export function yieldToEventLoop(): Promise<void> {
  return new Promise((resolve) => setImmediate(resolve));
}

/**
 * Long loops on a process that also answers requests call `tick()` once
 * per unit of work; it yields to the event loop whenever `sliceMs` of work
 * has passed, so other users' requests wait at most about that long.
 */
export class TimeSlicer {
  private sliceStart = performance.now();

  constructor(private readonly sliceMs = 15) {}

  async tick(): Promise<void> {
    if (performance.now() - this.sliceStart < this.sliceMs) return;
    await yieldToEventLoop();
    this.sliceStart = performance.now();
  }
}
