import { Inject, Injectable, Logger, OnApplicationShutdown, OnModuleInit } from '@nestjs/common';
import PgBoss from 'pg-boss';
import { APP_CONFIG, AppConfig } from '@app/config';
import { DatabaseConnection } from '@app/database';
import { Metrics, QueueDepth } from '@app/metrics';
import { runWithRequestId } from '@app/logging';

export interface QueueDefinition {
  name: string;
  /** 'stately': at most one job queued and one active per singleton key; 'short': at most one queued (a running one does not block the next). */
  policy: 'standard' | 'short' | 'singleton' | 'stately';
  retryLimit: number;
  retryDelaySeconds: number;
  retryBackoff: boolean;
  /** A job running longer than this is failed (and retried). */
  expireInSeconds: number;
}

export type JobHandler<T> = (data: T, job: { id: string }) => Promise<void>;

/**
 * The job queue shared by every instance: pg-boss on the app's PostgreSQL.
 * Any instance can enqueue; only worker instances (RUN_WORKER) run handlers
 * and pg-boss maintenance, so API-only replicas stay light.
 */
@Injectable()
export class JobsService implements OnModuleInit, OnApplicationShutdown {
  private readonly logger = new Logger('Jobs');
  private readonly boss: PgBoss;
  private readonly queues = new Map<string, QueueDefinition>();
  /** Queues this process runs handlers for. */
  private readonly worked = new Set<string>();
  private started: Promise<void> | null = null;
  private running = false;
  private stopping: Promise<void> | null = null;

  constructor(
    @Inject(APP_CONFIG) config: AppConfig,
    connection: DatabaseConnection,
    private readonly metrics: Metrics,
  ) {
    this.boss = new PgBoss({
      connectionString: connection.url,
      schema: 'pgboss',
      application_name: 'topofmind-jobs',
      max: 4,
      supervise: config.runWorker,
      schedule: false,
      migrate: true,
    });
    this.boss.on('error', (error: Error) => this.logger.error(`job queue: ${error.message}`));
  }

  onModuleInit(): Promise<void> {
    this.metrics.observeQueueDepth(() => this.depth());
    return this.ensureStarted();
  }

  /**
   * Jobs waiting (or waiting to retry) and running, per queue, for
   * job_queue_depth at each scrape: pg-boss's own counts, two small
   * queries per queue (the waiting ones use its partial index).
   */
  async depth(): Promise<QueueDepth[]> {
    await this.ensureStarted();
    const queues = await this.boss.getQueues();
    const rows = await Promise.all(
      queues.map(async ({ name }): Promise<QueueDepth[]> => {
        const [queued, unfinished] = await Promise.all([this.boss.getQueueSize(name), this.boss.getQueueSize(name, { before: 'completed' })]);
        return [
          { queue: name, state: 'queued', size: queued },
          { queue: name, state: 'active', size: Math.max(0, unfinished - queued) }, // two reads, not one snapshot
        ];
      }),
    );
    return rows.flat();
  }

  /** Declares a queue; idempotent, safe from every instance. */
  async defineQueue(queue: QueueDefinition): Promise<void> {
    this.queues.set(queue.name, queue);
    await this.ensureStarted();
    const options = {
      name: queue.name,
      policy: queue.policy,
      retryLimit: queue.retryLimit,
      retryDelay: queue.retryDelaySeconds,
      retryBackoff: queue.retryBackoff,
      expireInSeconds: queue.expireInSeconds,
    };
    if (await this.boss.getQueue(queue.name)) await this.boss.updateQueue(queue.name, options);
    else await this.boss.createQueue(queue.name, options);
  }

  /** Enqueues a job; with a singleton key, a job already waiting for that key absorbs this one (returns null). */
  async send<T extends object>(queue: string, data: T, options: { singletonKey?: string; startAfterSeconds?: number } = {}): Promise<string | null> {
    await this.ensureStarted();
    return this.boss.send(queue, data, {
      ...(options.singletonKey && { singletonKey: options.singletonKey }),
      ...(options.startAfterSeconds && { startAfter: options.startAfterSeconds }),
    });
  }

  /**
   * Runs `handler` for jobs of `queue` in this process; a thrown error fails
   * that job alone, which pg-boss retries. pg-boss 10 runs one fetch loop per
   * work() call, and a loop fetches at most once per polling interval, so
   * `concurrency` loops of `batchSize` jobs (run together) set the pace.
   */
  async work<T extends object>(queue: string, handler: JobHandler<T>, options: number | { concurrency?: number; batchSize?: number } = 2): Promise<void> {
    const { concurrency = 2, batchSize = 1 } = typeof options === 'number' ? { concurrency: options } : options;
    await this.ensureStarted();
    this.worked.add(queue);
    for (let i = 0; i < concurrency; i++) {
      await this.boss.work<T>(queue, { batchSize, pollingIntervalSeconds: 2 }, async (jobs) => {
        // Each job under its own id, as a request is under its X-Request-Id: its log lines carry it.
        const outcomes = await Promise.allSettled(jobs.map((job) => runWithRequestId(`job:${queue}:${job.id}`, () => handler(job.data, { id: job.id }))));
        const failed = jobs.filter((_, j) => outcomes[j].status === 'rejected');
        // When this returns, pg-boss completes the batch's jobs still active; each failed one is failed (and retried) on its own first.
        for (const [j, job] of jobs.entries()) {
          const outcome = outcomes[j];
          if (outcome.status === 'rejected') await this.boss.fail(queue, job.id, { message: String((outcome.reason as Error)?.message ?? outcome.reason) });
        }
        this.metrics.jobsCompleted.inc({ queue }, jobs.length - failed.length);
        this.metrics.jobsFailed.inc({ queue }, failed.length);
        if (failed.length) this.logger.warn(`${failed.length} of ${jobs.length} ${queue} job(s) failed; they are retried`);
      });
    }
  }

  /** True once pg-boss has started and until it is stopped: readiness asks. */
  isStarted(): boolean {
    return this.running;
  }

  /**
   * Shutdown, first step: fetch no new jobs (running ones go on). The queue
   * stays open, so requests still being answered can enqueue.
   */
  async stopFetching(): Promise<void> {
    await Promise.all([...this.worked].map((queue) => this.boss.offWork(queue)));
  }

  /**
   * Shutdown, second step: waits up to `timeoutMs` for running jobs, then
   * closes the queue's connections. A job still running then is failed by
   * pg-boss ("shut down while active") and retried under its queue's
   * retryLimit, by this instance after a restart or by another one.
   */
  stop(timeoutMs: number): Promise<void> {
    this.stopping ??= this.started
      ? this.started
          .then(() => this.boss.stop({ graceful: true, timeout: timeoutMs, wait: true }))
          .catch((error: Error) => this.logger.error(`job queue did not stop cleanly: ${error.message}`))
          .finally(() => (this.running = false))
      : Promise.resolve();
    return this.stopping;
  }

  /** After a graceful shutdown this is a no-op; it still stops the queue when an app is only closed (tests). */
  onApplicationShutdown(): Promise<void> {
    return this.stop(10_000);
  }

  private ensureStarted(): Promise<void> {
    this.started ??= this.boss.start().then(() => {
      this.running = true;
    });
    return this.started;
  }
}
