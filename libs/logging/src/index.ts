export { AppLogger, AppLoggerOptions, createAppLogger, PINO_LEVELS, startStructuredLogs } from './app-logger';
export { requestLogging, RequestLoggingOptions } from './http-logging';
export { currentRequestId, LogContext, runWithRequestId } from './log-context';
export { NestPinoLogger } from './nest-logger';
export { REDACT_PATHS, REDACTED, SECRET_VARIABLES } from './redaction';
export { acceptedRequestId, REQUEST_ID_HEADER, requestIdFor } from './request-id';
