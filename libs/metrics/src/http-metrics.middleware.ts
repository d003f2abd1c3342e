import type { NextFunction, Request, RequestHandler, Response } from 'express';
import { Metrics } from './metrics';

/**
 * The route label: the pattern that matched (`/calendar/:file`), never the
 * raw URL, so ids and tokens in paths neither leak into metrics nor grow
 * the number of series. Nest registers its routes on the app's own router,
 * so a route's path is whole; `baseUrl` is read only without one (a mounted
 * handler), because a mount the request went through afterwards (Apollo at
 * /graphql, behind a route-bound middleware) leaves it set. Anything that
 * matched no route is `unmatched`.
 */
export function routeLabel(req: Request): string {
  const pattern: unknown = (req.route as { path?: unknown } | undefined)?.path;
  if (typeof pattern === 'string') return pattern;
  return req.baseUrl || 'unmatched';
}

/** Times every request, from its arrival to the last byte of its answer. */
export function httpMetrics(metrics: Metrics): RequestHandler {
  return (req: Request, res: Response, next: NextFunction): void => {
    const stop = metrics.httpRequestDuration.startTimer();
    res.once('finish', () => stop({ method: req.method, route: routeLabel(req), status_code: String(res.statusCode) }));
    next();
  };
}
