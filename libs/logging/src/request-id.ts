import { randomUUID } from 'node:crypto';

export const REQUEST_ID_HEADER = 'X-Request-Id';

// A proxy's or client's id is kept when it is short and plain, so that it can be quoted and
// searched for; anything else (long, spaces, control characters, markup) could forge log lines.
const ACCEPTED = /^[A-Za-z0-9._:-]{1,64}$/;

/** The incoming X-Request-Id when it is usable as is, else null. */
export function acceptedRequestId(header: string | string[] | undefined): string | null {
  return typeof header === 'string' && ACCEPTED.test(header) ? header : null;
}

/** The id of a request: the caller's own when acceptable, else a new one. */
export function requestIdFor(header: string | string[] | undefined): string {
  return acceptedRequestId(header) ?? randomUUID();
}
