import { Controller, Get, Headers, Inject, NotFoundException, Res, UnauthorizedException } from '@nestjs/common';
import type { Response } from 'express';
import { Public } from '@app/common';
import { APP_CONFIG, AppConfig } from '@app/config';
import { Metrics } from './metrics';
import { metricsAccess } from './metrics-token';

/**
 * Prometheus' scrape target. Not a user route (@Public skips the user auth
 * guard): it checks its own token, METRICS_TOKEN, and without one set it
 * answers exactly as an unknown route does, so it is never public by accident.
 */
@Controller('metrics')
export class MetricsController {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly metrics: Metrics,
  ) {}

  @Public()
  @Get()
  async scrape(@Headers('authorization') authorization: string | undefined, @Res({ passthrough: true }) res: Response): Promise<string> {
    switch (metricsAccess(this.config.metrics.token, authorization)) {
      case 'disabled':
        throw new NotFoundException('Cannot GET /metrics');
      case 'missing':
      case 'wrong':
        res.setHeader('WWW-Authenticate', 'Bearer realm="metrics"');
        throw new UnauthorizedException('Send Authorization: Bearer <METRICS_TOKEN>.');
      case 'granted': {
        const { contentType, body } = await this.metrics.scrape();
        res.setHeader('Content-Type', contentType);
        res.setHeader('Cache-Control', 'no-store');
        return body;
      }
    }
  }
}
