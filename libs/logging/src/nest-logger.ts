import type { LoggerService } from '@nestjs/common';
import type { Level } from 'pino';
import type { AppLogger } from './app-logger';

// A stack trace as Nest passes it to error(): the message line, then "    at …" frames.
const STACK = /\n\s+at /;

/**
 * Nest's LoggerService over pino, so every `new Logger('X').log(…)` in the
 * code base (and Nest's own start-up lines) becomes a structured line with
 * `context: 'X'`. Written by hand because nestjs-pino cannot be used here:
 * its v5 needs Node 22 and its v4 does not support Nest 12.
 *
 * Nest calls `log(message, ...params, context)` and `error(message, stack?,
 * context)`; a message may also be an object (merged into the line) or an
 * Error (logged as `err` with its stack).
 */
export class NestPinoLogger implements LoggerService {
  constructor(readonly pino: AppLogger) {}

  log(message: unknown, ...params: unknown[]): void {
    this.write('info', message, params);
  }

  error(message: unknown, ...params: unknown[]): void {
    this.write('error', message, params);
  }

  warn(message: unknown, ...params: unknown[]): void {
    this.write('warn', message, params);
  }

  debug(message: unknown, ...params: unknown[]): void {
    this.write('debug', message, params);
  }

  verbose(message: unknown, ...params: unknown[]): void {
    this.write('trace', message, params);
  }

  fatal(message: unknown, ...params: unknown[]): void {
    this.write('fatal', message, params);
  }

  private write(level: Level, message: unknown, params: unknown[]): void {
    if (!this.pino.isLevelEnabled(level)) return;
    const rest = [...params];
    const fields: Record<string, unknown> = {};
    // Nest appends the Logger's context last (after an `undefined` stack for error()).
    const last = rest.at(-1);
    if ((typeof last === 'string' && !STACK.test(last)) || (level === 'error' && rest.length === 2 && last === undefined)) {
      const context = rest.pop();
      if (context) fields.context = context;
    }
    if (level === 'error' && (rest[0] === undefined || (typeof rest[0] === 'string' && STACK.test(rest[0])))) {
      const stack = rest.shift();
      if (stack) fields.stack = stack;
    }
    if (rest.length > 0) fields.details = rest;

    if (message instanceof Error) {
      this.pino[level]({ ...fields, err: message }, message.message);
    } else if (typeof message === 'object' && message !== null) {
      this.pino[level]({ ...(message as Record<string, unknown>), ...fields });
    } else {
      this.pino[level](fields, String(message));
    }
  }
}
