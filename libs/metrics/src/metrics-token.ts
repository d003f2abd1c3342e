import { createHash, timingSafeEqual } from 'node:crypto';

export type MetricsAccess = 'disabled' | 'missing' | 'wrong' | 'granted';

const BEARER = /^Bearer[ \t]+(\S+)[ \t]*$/i;

const digest = (value: string): Buffer => createHash('sha256').update(value, 'utf8').digest();

/**
 * Whether an Authorization header carries the metrics token. The hashes are
 * compared in constant time: equal lengths whatever was sent, so neither the
 * token's characters nor its length leak through timing.
 */
export function metricsAccess(token: string | null, authorization: string | undefined): MetricsAccess {
  if (token === null) return 'disabled';
  const presented = BEARER.exec(authorization ?? '')?.[1];
  if (presented === undefined) return 'missing';
  return timingSafeEqual(digest(presented), digest(token)) ? 'granted' : 'wrong';
}
