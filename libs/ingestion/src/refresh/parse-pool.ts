import { availableParallelism } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { Injectable, OnModuleDestroy } from '@nestjs/common';
import { Piscina } from 'piscina';
import type { ReadForIngestResult, ReadForIngestTask } from '../parse/read-for-ingest';

/** A parse may use this much heap; past it the worker (not the server) runs out of memory and the source gets ERROR. */
const WORKER_HEAP_MB = 1_024;

/**
 * The compiled worker entry. Running from TypeScript sources (the tests),
 * threads load the build in dist/, which the test setup keeps current.
 */
function workerScript(): string {
  const compiled = join(__dirname, '..', 'parse', 'read-for-ingest.worker.js');
  if (__filename.endsWith('.js')) return compiled;
  const root = resolve(__dirname, '../../../..');
  return join(root, 'dist', relative(root, compiled));
}

/**
 * Worker threads that read feeds and uploads: parsing and recurrence
 * expansion of a large (or hostile) calendar take seconds of CPU, which
 * must not block the thread that answers other users. One core is left to
 * the request thread.
 */
@Injectable()
export class ParsePool implements OnModuleDestroy {
  private pool: Piscina<ReadForIngestTask, ReadForIngestResult> | null = null;

  /** Rejects with an AbortError when `signal` fires first (the thread is stopped). */
  read(task: ReadForIngestTask, signal: AbortSignal): Promise<ReadForIngestResult> {
    this.pool ??= new Piscina({
      filename: workerScript(),
      // Once started, one thread stays warm: later imports skip the start-up (loading the parsers).
      minThreads: 1,
      maxThreads: Math.max(1, Math.min(2, availableParallelism() - 1)),
      idleTimeout: 60_000,
      resourceLimits: { maxOldGenerationSizeMb: WORKER_HEAP_MB },
    });
    return this.pool.run(task, { signal });
  }

  async onModuleDestroy(): Promise<void> {
    await this.pool?.destroy();
    this.pool = null;
  }
}
