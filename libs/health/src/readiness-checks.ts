import { Injectable } from '@nestjs/common';
import { HealthIndicatorResult, HealthIndicatorService } from '@nestjs/terminus';
import { DataSource, MigrationExecutor } from 'typeorm';
import { JobsService } from '@app/jobs';
import { ShutdownState } from './shutdown-state';

/** A check that has not answered in this long counts as down: an orchestrator's probe must not hang. */
const CHECK_TIMEOUT_MS = 3_000;

/** What `/ready` checks, one indicator each, in @nestjs/terminus's result shape. */
@Injectable()
export class ReadinessChecks {
  constructor(
    private readonly indicators: HealthIndicatorService,
    private readonly dataSource: DataSource,
    private readonly jobs: JobsService,
    private readonly shutdown: ShutdownState,
  ) {}

  shuttingDown(): boolean {
    return this.shutdown.shuttingDown;
  }

  shutdownBegan(): HealthIndicatorResult {
    return this.indicators.check('shutdown').down({ message: 'this process is shutting down: send requests to another instance' });
  }

  database(): PromiseLike<HealthIndicatorResult> {
    return this.indicators
      .check('database')
      .attempt(() => this.dataSource.query('SELECT 1').then(() => undefined))
      .withTimeout(CHECK_TIMEOUT_MS);
  }

  /** Down when the code knows a migration the database has not applied (an instance newer than the schema). */
  async migrations(): Promise<HealthIndicatorResult> {
    const session = this.indicators.check('migrations');
    try {
      const pending = await withTimeout(new MigrationExecutor(this.dataSource).getPendingMigrations(), CHECK_TIMEOUT_MS);
      return pending.length === 0 ? session.up() : session.down({ message: `${pending.length} migration(s) not applied`, pending: pending.map((m) => m.name) });
    } catch (error) {
      return session.down({ message: error instanceof Error ? error.message : String(error) });
    }
  }

  jobQueue(): HealthIndicatorResult {
    const session = this.indicators.check('jobQueue');
    return this.jobs.isStarted() ? session.up() : session.down({ message: 'the job queue (pg-boss) has not started' });
  }
}

function withTimeout<T>(work: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`no answer within ${ms} ms`)), ms);
  });
  return Promise.race([work, timeout]).finally(() => clearTimeout(timer));
}
