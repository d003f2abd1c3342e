import { availableParallelism } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { Injectable, OnApplicationShutdown } from '@nestjs/common';
import { Piscina } from 'piscina';
import type { IngestTask, IngestTaskResult } from './ingest.worker';

/** An ingest may use this much heap; past it the thread (not the server) runs out of memory and the source gets ERROR. */
const THREAD_HEAP_MB = 1_024;

/**
 * The compiled worker entry. Running from TypeScript sources (the tests),
 * threads load the build in dist/, which the test setup keeps current.
 */
function workerScript(): string {
  const compiled = join(__dirname, 'ingest.worker.js');
  if (__filename.endsWith('.js')) return compiled;
  const root = resolve(__dirname, '../../../..');
  return join(root, 'dist', relative(root, compiled));
}

/**
 * Worker threads that read feeds and uploads and store them (see
 * ingest.worker.ts). At most one fewer than the cores, so the thread that
 * answers requests keeps a core; a second ingest waits its turn.
 */
@Injectable()
export class IngestPool implements OnApplicationShutdown {
  private pool: Piscina<IngestTask, IngestTaskResult> | null = null;

  /** Rejects with an AbortError when `signal` fires first (the thread is stopped, its transaction dropped). */
  run(task: IngestTask, signal: AbortSignal): Promise<IngestTaskResult> {
    this.pool ??= new Piscina({
      filename: workerScript(),
      // Once started, one thread stays warm: later imports skip loading the parsers.
      minThreads: 1,
      maxThreads: Math.max(1, Math.min(2, availableParallelism() - 1)),
      idleTimeout: 60_000,
      // Batch work yields the CPU to the thread that answers requests (Linux nice, per thread).
      niceIncrement: 10,
      resourceLimits: { maxOldGenerationSizeMb: THREAD_HEAP_MB },
    });
    return this.pool.run(task, { signal });
  }

  async onApplicationShutdown(): Promise<void> {
    await this.pool?.destroy();
    this.pool = null;
  }
}
