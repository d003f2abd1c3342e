import { Module } from '@nestjs/common';
import { HttpAdapterHost } from '@nestjs/core';
import { httpMetrics } from './http-metrics.middleware';
import { Metrics } from './metrics';
import { MetricsController } from './metrics.controller';

/** The instruments, for every module that counts something (one instance per app, however many import it). */
@Module({ providers: [Metrics], exports: [Metrics] })
export class MetricsModule {}

/**
 * The HTTP side, for the API only: GET /metrics, and request timing on
 * every route. The timer is registered while the module is created, before
 * any route or body parser, so that refused requests are timed too.
 */
@Module({ imports: [MetricsModule], controllers: [MetricsController] })
export class MetricsEndpointModule {
  constructor(adapterHost: HttpAdapterHost, metrics: Metrics) {
    adapterHost.httpAdapter.use(httpMetrics(metrics));
  }
}
