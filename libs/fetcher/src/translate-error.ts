import { errorCause, errorCode, FetchError, FetchErrorCode, fetchErrors } from './fetch-error';

export interface TranslateContext {
  /** host[:port] of the URL being fetched when the error happened. */
  host: string;
  callerSignal: AbortSignal | undefined;
  deadlineSignal: AbortSignal;
  connectTimeoutMs: number;
  totalTimeoutMs: number;
}

const CONNECT_FAILURES = new Set(['ECONNREFUSED', 'ECONNRESET', 'EHOSTUNREACH', 'ENETUNREACH', 'EADDRNOTAVAIL', 'EPIPE']);
const DNS_FAILURES = new Set(['ENOTFOUND', 'EAI_AGAIN', 'EAI_FAIL', 'ENODATA']);
// Node's TLS verification codes (openssl names) plus its own ERR_TLS_* family.
const CERTIFICATE = /^(ERR_TLS_|ERR_SSL_|CERT_|UNABLE_TO_|DEPTH_ZERO_|SELF_SIGNED_|HOSTNAME_MISMATCH)/;

function* causes(error: unknown): Generator<unknown> {
  for (let current = error, depth = 0; current !== undefined && current !== null && depth < 8; depth++) {
    yield current;
    current = errorCause(current);
  }
}

function codeOf(error: unknown): string | undefined {
  for (const link of causes(error)) {
    const code = errorCode(link);
    if (code !== undefined) return code;
  }
  return undefined;
}

const seconds = (ms: number) => `${+(ms / 1000).toFixed(1)} s`;

/**
 * Turns whatever undici, node:net, zlib or an abort threw into a FetchError
 * with a message a user can act on; the original stays as `cause` for logs.
 * The caller's own abort is passed through untouched: they asked for it.
 */
export function translateError(error: unknown, context: TranslateContext): unknown {
  const { host } = context;
  for (const link of causes(error)) if (link instanceof FetchError) return link;
  if (context.callerSignal?.aborted) return context.callerSignal.reason;
  if (context.deadlineSignal.aborted) {
    return new FetchError(
      FetchErrorCode.Timeout,
      `${host} did not send the whole response within ${seconds(context.totalTimeoutMs)}: try again later; if it keeps happening the site is too slow or the feed too large.`,
      { cause: error },
    );
  }

  const code = codeOf(error);
  if (code === 'UND_ERR_CONNECT_TIMEOUT') {
    return new FetchError(
      FetchErrorCode.Timeout,
      `Could not connect to ${host} within ${seconds(context.connectTimeoutMs)}: check the address, or try again later if the site is down.`,
      { cause: error },
    );
  }
  if (code === 'UND_ERR_HEADERS_TIMEOUT' || code === 'UND_ERR_BODY_TIMEOUT') {
    return new FetchError(FetchErrorCode.Timeout, `${host} stopped answering: try again later.`, { cause: error });
  }
  if (code !== undefined && DNS_FAILURES.has(code)) return fetchErrors.dnsFailure(host, error);
  if (code !== undefined && CONNECT_FAILURES.has(code)) {
    return new FetchError(
      FetchErrorCode.ConnectFailure,
      `Could not connect to ${host}: check the address (and its port), or try again later if the site is down.`,
      { cause: error },
    );
  }
  if (code !== undefined && CERTIFICATE.test(code)) {
    return new FetchError(
      FetchErrorCode.ConnectFailure,
      `The HTTPS certificate of ${host} is not valid, so the connection was refused: ask the site to fix it, or use another address for the calendar.`,
      { cause: error },
    );
  }
  return new FetchError(FetchErrorCode.Network, `The connection to ${host} failed before the response was complete: try again later.`, { cause: error });
}
