import { Controller, Get } from '@nestjs/common';
import { HealthCheck, HealthCheckResult, HealthCheckService, HealthIndicatorService } from '@nestjs/terminus';
import { Public } from '@app/common';
import { ReadinessChecks } from './readiness-checks';

@Controller()
export class HealthController {
  constructor(
    private readonly health: HealthCheckService,
    private readonly indicators: HealthIndicatorService,
    private readonly readiness: ReadinessChecks,
  ) {}

  /**
   * Liveness: 200 while the process answers. It checks nothing outside the
   * process, so a database blip does not get healthy instances restarted.
   */
  @Public()
  @Get('health')
  @HealthCheck()
  live(): Promise<HealthCheckResult> {
    return this.health.check([() => this.indicators.check('process').up()]);
  }

  /**
   * Readiness: 200 when this instance can serve (database reachable, every
   * migration applied, job queue started), else 503 naming the failed check;
   * 503 as soon as shutdown begins, so load balancers stop sending traffic.
   */
  @Public()
  @Get('ready')
  @HealthCheck()
  ready(): Promise<HealthCheckResult> {
    if (this.readiness.shuttingDown()) return this.health.check([() => this.readiness.shutdownBegan()]);
    return this.health.check([() => this.readiness.database(), () => this.readiness.migrations(), () => this.readiness.jobQueue()]);
  }
}
