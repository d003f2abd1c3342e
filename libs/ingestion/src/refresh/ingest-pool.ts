import { availableParallelism } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { Injectable, OnApplicationShutdown } from '@nestjs/common';
import { Piscina } from 'piscina';
import type { IngestTask, IngestTaskResult } from './ingest.worker';

/**
 * Heap limits of an ingest thread. Past the old generation's limit the
 * thread (not the server) runs out of memory and the source gets ERROR.
 * The young generation is three semi-spaces (two and the young large-object
 * space): 24 MB is 8 MB semi-spaces instead of V8's 16 MB. An ingest keeps
 * its feed text and its events to the end, so V8 grows the semi-spaces to
 * their largest during the first import and holds them there. Measured on a
 * 50,000-event feed: 16 MB semi-spaces peak at 211 MB, 8 MB at 192 MB and
 * 4 MB at 179 MB, but 4 MB stores about 10% slower (more scavenges while
 * writing) and 8 MB about 5%: 8 MB is the balance
 * (bench/ical-parse.bench.ts runs the parser with these limits).
 */
export const INGEST_THREAD_LIMITS = { maxOldGenerationSizeMb: 1_024, maxYoungGenerationSizeMb: 24 } as const;

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
      resourceLimits: INGEST_THREAD_LIMITS,
    });
    return this.pool.run(task, { signal });
  }

  async onApplicationShutdown(): Promise<void> {
    await this.pool?.destroy();
    this.pool = null;
  }
}
