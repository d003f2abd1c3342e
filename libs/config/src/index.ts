export * from './app-config';
export * from './config.module';
export { LOG_FORMATS, LOG_LEVELS, LogFormatName, LogLevelName } from './environment';
