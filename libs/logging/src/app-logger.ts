import { Logger as NestLogger } from '@nestjs/common';
import pino, { type DestinationStream, type Logger, type LevelWithSilent } from 'pino';
import type { AppConfig, LogLevelName } from '@app/config';
import { currentRequestId } from './log-context';
import { NestPinoLogger } from './nest-logger';
import { redaction } from './redaction';
import { logSerializers } from './serializers';

export type AppLogger = Logger;

/** Nest's level names (LOG_LEVEL) as pino's. */
export const PINO_LEVELS: Record<LogLevelName, LevelWithSilent> = { error: 'error', warn: 'warn', log: 'info', debug: 'debug', verbose: 'trace' };

export interface AppLoggerOptions {
  level: LogLevelName;
  format: AppConfig['logFormat'];
  /** Where lines go; standard output unless a test captures them. */
  destination?: DestinationStream;
}

/**
 * The process's one pino logger: a JSON object a line (or readable lines),
 * with the current request's or job's id on every line and credentials
 * censored (see redaction.ts).
 */
export function createAppLogger(options: AppLoggerOptions): AppLogger {
  const destination = options.destination ?? (options.format === 'pretty' ? prettyStream() : pino.destination({ dest: 1, sync: true }));
  return pino(
    {
      level: PINO_LEVELS[options.level],
      base: { pid: process.pid },
      redact: redaction,
      serializers: logSerializers,
      mixin: () => {
        const requestId = currentRequestId();
        return requestId ? { requestId } : {};
      },
    },
    destination,
  );
}

/**
 * pino-pretty is a devDependency and is loaded only when readable logs are
 * asked for, so a production install without it still starts. Synchronous,
 * so that the last lines before a crash are written.
 */
function prettyStream(): DestinationStream {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const pretty = require('pino-pretty') as typeof import('pino-pretty');
  return pretty({
    sync: true,
    colorize: process.stdout.isTTY === true,
    translateTime: 'SYS:HH:MM:ss.l',
    // The access line's fields are in its message already.
    ignore: 'pid,hostname,context,requestId,method,path,status,durationMs',
    messageFormat: '{if context}[{context}] {end}{if requestId}({requestId}) {end}{msg}',
    hideObject: false,
  });
}

/**
 * Makes structured logs the process's logs from here on: Nest's static
 * Logger (every `new Logger('X')`) writes through pino. Call first thing in
 * main, before anything logs; hand the result to `app.useLogger`.
 */
export function startStructuredLogs(config: Pick<AppConfig, 'logLevel' | 'logFormat'>): NestPinoLogger {
  const logger = new NestPinoLogger(createAppLogger({ level: config.logLevel, format: config.logFormat }));
  NestLogger.overrideLogger(logger);
  return logger;
}
