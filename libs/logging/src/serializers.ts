import pino from 'pino';
import { REDACTED } from './redaction';

interface RequestLike {
  method?: string;
  originalUrl?: string;
  url?: string;
}

/**
 * A URL as logged: without its query string, where tokens and search terms
 * travel, and with the rest of any path under `secretPrefixes` (a path that
 * is itself a credential, like a calendar feed's) replaced.
 */
export function pathOf(url: string, secretPrefixes: readonly string[] = []): string {
  const end = url.search(/[?#]/);
  const path = end === -1 ? url : url.slice(0, end);
  const secret = secretPrefixes.find((prefix) => path.startsWith(prefix) && path.length > prefix.length);
  return secret ? `${secret}${REDACTED}` : path;
}

/**
 * Whatever is logged as `req` or `res` is reduced to what a log needs: never
 * headers or bodies, so a request logged whole cannot leak a credential.
 */
export const logSerializers = {
  req: (req: RequestLike) => ({ method: req.method, path: pathOf(req.originalUrl ?? req.url ?? '') }),
  res: (res: { statusCode?: number }) => ({ statusCode: res.statusCode }),
  err: pino.stdSerializers.err,
};
