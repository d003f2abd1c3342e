export * from './app-config';
export * from './config.module';
export { LOG_LEVELS, LogLevelName } from './environment';
