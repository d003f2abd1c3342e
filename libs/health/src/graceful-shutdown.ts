import { Server } from 'node:http';
import { INestApplicationContext, Logger, Type } from '@nestjs/common';
import { JobsService } from '@app/jobs';
import { HttpDrain } from './http-drain';
import { ShutdownState } from './shutdown-state';

/** What a process does to stop, in the order `shutDownInOrder` runs it. */
export interface ShutdownSteps {
  /** From now on `/ready` answers 503. */
  announce(): void;
  /** Fetch no new jobs; running ones go on. */
  stopFetchingJobs(): Promise<void>;
  /** Stop accepting connections; wait for in-flight requests until `deadlineAt` (epoch ms). */
  drainRequests(deadlineAt: number): Promise<void>;
  /** Wait up to `timeoutMs` for running jobs (the rest are failed and retried later), then close the queue. */
  stopJobs(timeoutMs: number): Promise<void>;
  /** Nest's shutdown hooks: background imports, the TypeORM pool, ingest threads, the fetcher, mail. */
  closeApp(): Promise<void>;
  /** The embedded PostgreSQL, if this process started one: last, once nothing uses it. */
  closeDatabase(): Promise<void>;
}

/**
 * Stops a process without failing what it accepted. Requests and jobs share
 * one deadline; requests are drained before the queue closes because
 * answering one may enqueue a job. Every connection closes before the
 * embedded server stops, so nothing logs "terminating connection due to
 * administrator command".
 */
export async function shutDownInOrder(steps: ShutdownSteps, deadlineMs: number, now: () => number = Date.now): Promise<void> {
  const deadlineAt = now() + deadlineMs;
  steps.announce();
  await Promise.all([steps.stopFetchingJobs(), steps.drainRequests(deadlineAt)]);
  await steps.stopJobs(Math.max(0, deadlineAt - now()));
  await steps.closeApp();
  await steps.closeDatabase();
}

export interface GracefulShutdownOptions {
  deadlineMs: number;
  /** The API's HTTP server; a worker has none. */
  server?: Server;
  closeDatabase(): Promise<void>;
}

/** Time allowed past the deadline for closing pools and the embedded server before the process gives up. */
const CLOSING_MARGIN_MS = 15_000;

/**
 * Replaces Nest's enableShutdownHooks: on SIGTERM or SIGINT, runs
 * `shutDownInOrder` and exits 0 (1 if a step failed or it overran). Nest's
 * own hooks run all modules' onApplicationShutdown in module order, which
 * stopped the embedded PostgreSQL before the job queue had let go of it.
 */
export function installGracefulShutdown(app: INestApplicationContext, options: GracefulShutdownOptions): void {
  const logger = new Logger('Shutdown');
  const drain = options.server ? new HttpDrain(options.server) : null;
  const jobs = optional(app, JobsService);
  const steps: ShutdownSteps = {
    announce: () => optional(app, ShutdownState)?.begin(),
    stopFetchingJobs: async () => jobs?.stopFetching(),
    drainRequests: async (deadlineAt) => {
      if (!drain) return;
      const pending = drain.requestsInFlight;
      const cut = await drain.drain(deadlineAt);
      if (cut > 0) logger.warn(`${cut} request(s) still running at the deadline were cut off`);
      else if (pending > 0) logger.log(`${pending} in-flight request(s) finished`);
    },
    stopJobs: async (timeoutMs) => jobs?.stop(timeoutMs),
    closeApp: () => app.close(),
    closeDatabase: () => options.closeDatabase(),
  };

  let started = false;
  const onSignal = (signal: NodeJS.Signals): void => {
    if (started) {
      logger.warn(`${signal} again: already shutting down`);
      return;
    }
    started = true;
    logger.log(`${signal}: shutting down; in-flight requests and running jobs have ${options.deadlineMs / 1000} s to finish`);
    setTimeout(() => {
      logger.error('shutdown did not finish in time; exiting anyway');
      process.exit(1);
    }, options.deadlineMs + CLOSING_MARGIN_MS).unref();
    shutDownInOrder(steps, options.deadlineMs).then(
      () => {
        logger.log('stopped cleanly');
        process.exit(0);
      },
      (error: unknown) => {
        logger.error(`shutdown failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
        process.exit(1);
      },
    );
  };
  process.on('SIGTERM', onSignal);
  process.on('SIGINT', onSignal);
}

/** A provider the app may lack (a worker has no health endpoints). */
function optional<T>(app: INestApplicationContext, type: Type<T>): T | null {
  try {
    return app.get(type, { strict: false });
  } catch {
    return null;
  }
}
