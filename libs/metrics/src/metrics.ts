import { Injectable, Logger, OnModuleInit } from '@nestjs/common';
import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from 'prom-client';

/** One row of the job queue's depth: how many jobs of a queue are in a state. */
export interface QueueDepth {
  queue: string;
  state: 'queued' | 'active';
  size: number;
}

/** Seconds: from a cached answer (a few ms) to a large import's upload (tens of seconds). */
const LATENCY_BUCKETS = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30];

/**
 * The app's Prometheus instruments, in a registry of its own rather than
 * prom-client's global one, so several apps in one process (the tests)
 * never collide. Features increment the named instruments below; GET
 * /metrics (MetricsController) renders the registry.
 */
@Injectable()
export class Metrics implements OnModuleInit {
  private readonly logger = new Logger('Metrics');
  readonly registry = new Registry();
  private queueDepthSource: (() => Promise<QueueDepth[]>) | null = null;

  readonly httpRequestDuration = new Histogram({
    name: 'http_request_duration_seconds',
    help: 'HTTP requests by method, matched route pattern and status code.',
    labelNames: ['method', 'route', 'status_code'] as const,
    buckets: LATENCY_BUCKETS,
    registers: [this.registry],
  });

  readonly graphqlOperationDuration = new Histogram({
    name: 'graphql_operation_duration_seconds',
    help: 'GraphQL operations by operation name ("anonymous" without one, "other" past the cap) and type.',
    labelNames: ['operation_name', 'operation_type'] as const,
    buckets: LATENCY_BUCKETS,
    registers: [this.registry],
  });

  readonly graphqlErrors = new Counter({
    name: 'graphql_errors_total',
    help: 'Errors in GraphQL answers, by extensions.code.',
    labelNames: ['code'] as const,
    registers: [this.registry],
  });

  readonly jobsCompleted = new Counter({
    name: 'jobs_completed_total',
    help: 'Jobs this process ran to completion, by queue.',
    labelNames: ['queue'] as const,
    registers: [this.registry],
  });

  readonly jobsFailed = new Counter({
    name: 'jobs_failed_total',
    help: 'Jobs this process failed (each is retried up to its queue limit), by queue.',
    labelNames: ['queue'] as const,
    registers: [this.registry],
  });

  readonly jobQueueDepth = new Gauge({
    name: 'job_queue_depth',
    help: 'Jobs in the shared queue (all instances), by queue and state: queued (waiting or to retry) or active; read at scrape time.',
    labelNames: ['queue', 'state'] as const,
    registers: [this.registry],
    collect: () => this.collectQueueDepth(),
  });

  readonly feedFetches = new Counter({
    name: 'feed_fetches_total',
    help: 'Feed and page fetches by outcome: ok, unchanged (same content), not_modified (HTTP 304), or the error kind.',
    labelNames: ['outcome'] as const,
    registers: [this.registry],
  });

  readonly eventsIngested = new Counter({
    name: 'events_ingested_total',
    help: 'Events read from a source whose new content was stored (a feed fetch or an upload).',
    registers: [this.registry],
  });

  readonly matchesComputed = new Counter({
    name: 'matches_computed_total',
    help: 'Event matches computed and stored (an event re-matched counts again).',
    registers: [this.registry],
  });

  readonly digestsSent = new Counter({
    name: 'digests_sent_total',
    help: 'Digest emails accepted by the mail server (or written to the outbox), by kind: scheduled or test.',
    labelNames: ['kind'] as const,
    registers: [this.registry],
  });

  readonly digestsFailed = new Counter({
    name: 'digests_failed_total',
    help: 'Digest emails that could not be built or sent, by kind (scheduled or test) and whether a retry may succeed (transient) or not (permanent).',
    labelNames: ['kind', 'failure'] as const,
    registers: [this.registry],
  });

  readonly followUpsCreated = new Counter({
    name: 'follow_ups_created_total',
    help: 'Follow-up checklists created after attended events.',
    registers: [this.registry],
  });

  /** Process memory, CPU, event-loop lag, GC: started here, not in the constructor, so plain `new Metrics()` in unit tests starts no monitor. */
  onModuleInit(): void {
    collectDefaultMetrics({ register: this.registry });
  }

  /** Where job_queue_depth is read from at each scrape (the job queue registers itself). */
  observeQueueDepth(source: () => Promise<QueueDepth[]>): void {
    this.queueDepthSource = source;
  }

  /** The registry in Prometheus' text format. */
  async scrape(): Promise<{ contentType: string; body: string }> {
    return { contentType: this.registry.contentType, body: await this.registry.metrics() };
  }

  private async collectQueueDepth(): Promise<void> {
    this.jobQueueDepth.reset();
    if (!this.queueDepthSource) return;
    try {
      for (const { queue, state, size } of await this.queueDepthSource()) this.jobQueueDepth.set({ queue, state }, size);
    } catch (error) {
      // A scrape still answers (with the other metrics) when the queue cannot be read.
      this.logger.warn(`job queue depth unavailable: ${error instanceof Error ? error.message : String(error)}`);
    }
  }
}
