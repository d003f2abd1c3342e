export { LabelCap } from './label-cap';
export { Metrics } from './metrics';
export type { QueueDepth } from './metrics';
export { MetricsEndpointModule, MetricsModule } from './metrics.module';
