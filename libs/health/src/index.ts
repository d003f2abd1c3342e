export * from './graceful-shutdown';
export * from './health.module';
export * from './shutdown-state';
