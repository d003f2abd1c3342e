import { Logger } from '@nestjs/common';
import type { NextFunction, Request, RequestHandler, Response } from 'express';
import { runWithRequestId } from './log-context';
import { REQUEST_ID_HEADER, requestIdFor } from './request-id';
import { pathOf } from './serializers';

export interface RequestLoggingOptions {
  /** Paths whose rest is a credential (a secret feed URL, a signed link): logged as `<prefix>[redacted]`. */
  secretPathPrefixes?: readonly string[];
  /** Paths polled by orchestrators and scrapers: a successful answer is logged at debug, not info. */
  quietPaths?: readonly string[];
}

/**
 * First middleware of the API: gives the request its id (the caller's
 * X-Request-Id when acceptable, else a new one), returns it in the response
 * header, runs the rest of the request under it so that every line logged
 * meanwhile carries it, and writes one access line when the response ends.
 * Never logs headers, query strings or bodies. The line goes through Nest's
 * Logger, so it lands wherever the app's logs go (pino, or a test's logger).
 */
export function requestLogging(options: RequestLoggingOptions = {}): RequestHandler {
  const access = new Logger('HTTP');
  const quiet = new Set(options.quietPaths ?? []);
  return (req: Request, res: Response, next: NextFunction): void => {
    const requestId = requestIdFor(req.headers['x-request-id']);
    res.setHeader(REQUEST_ID_HEADER, requestId);
    const started = process.hrtime.bigint();
    // 'close' comes also when the client went away before the answer was complete.
    res.once('close', () => {
      const path = pathOf(req.originalUrl, options.secretPathPrefixes);
      const status = res.writableFinished ? res.statusCode : 'aborted';
      const durationMs = Math.round(Number(process.hrtime.bigint() - started) / 1e4) / 100;
      const level = quiet.has(path) && res.statusCode < 400 ? 'debug' : 'log';
      // The id explicitly: 'close' is emitted outside the request's async context.
      access[level]({ msg: `${req.method} ${path} ${status} ${durationMs} ms`, requestId, method: req.method, path, status, durationMs });
    });
    runWithRequestId(requestId, next);
  };
}
