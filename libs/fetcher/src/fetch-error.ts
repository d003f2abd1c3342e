/**
 * Why a fetch failed, as a stable string so callers (the ingestion job, the
 * API's error filter) can switch on it exhaustively.
 */
export enum FetchErrorCode {
  BadUrl = 'BAD_URL',
  BlockedAddress = 'BLOCKED_ADDRESS',
  DnsFailure = 'DNS_FAILURE',
  ConnectFailure = 'CONNECT_FAILURE',
  Timeout = 'TIMEOUT',
  TooLarge = 'TOO_LARGE',
  TooManyRedirects = 'TOO_MANY_REDIRECTS',
  HttpError = 'HTTP_ERROR',
  RateLimited = 'RATE_LIMITED',
  Network = 'NETWORK',
}

export interface FetchErrorDetails {
  status?: number;
  retryAfterSeconds?: number;
  /** The underlying error, for logs only: it never reaches `message`. */
  cause?: unknown;
}

/**
 * The only error SafeFetcher throws (apart from the caller's own abort
 * reason). Its message is shown to users as is, so it names the host and
 * says what to do next, and never carries a stack trace or a resolved
 * internal address.
 */
export class FetchError extends Error {
  readonly status?: number;
  readonly retryAfterSeconds?: number;

  constructor(
    readonly code: FetchErrorCode,
    message: string,
    details: FetchErrorDetails = {},
  ) {
    super(message, details.cause === undefined ? undefined : { cause: details.cause });
    this.name = 'FetchError';
    if (details.status !== undefined) this.status = details.status;
    if (details.retryAfterSeconds !== undefined) this.retryAfterSeconds = details.retryAfterSeconds;
  }
}

/** Errors raised in more than one place, worded once. */
export const fetchErrors = {
  /**
   * The resolved address is deliberately left out: echoing it would let a
   * user map the server's internal DNS.
   */
  blocked(host: string, how: 'is' | 'resolves to'): FetchError {
    return new FetchError(
      FetchErrorCode.BlockedAddress,
      `${host} ${how} a private, local or reserved network address, so topofmind will not fetch from it: use the calendar's public address, or, when self-hosting, add the host to FETCH_ALLOW_HOSTS.`,
    );
  },
  dnsFailure(host: string, cause?: unknown): FetchError {
    return new FetchError(
      FetchErrorCode.DnsFailure,
      `The host ${host} could not be found (DNS lookup failed): check the address for typos, or try again later if the site is new.`,
      { cause },
    );
  },
  tooLarge(host: string, maxBytes: number): FetchError {
    return new FetchError(
      FetchErrorCode.TooLarge,
      `The response from ${host} is larger than ${formatBytes(maxBytes)}: use a smaller feed (for example one calendar or upcoming events only).`,
    );
  },
  unreadable(host: string, what: string, cause?: unknown): FetchError {
    return new FetchError(
      FetchErrorCode.Network,
      `The response from ${host} could not be read (${what}): try again later; if it keeps failing, the site is sending something topofmind cannot decode.`,
      { cause },
    );
  },
};

export function formatBytes(bytes: number): string {
  if (bytes >= 1024 * 1024) return `${+(bytes / (1024 * 1024)).toFixed(1)} MB`;
  if (bytes >= 1024) return `${+(bytes / 1024).toFixed(1)} KB`;
  return `${bytes} bytes`;
}

/**
 * The `code` of a Node-style error. Duck-typed: errors made by Node's core
 * modules fail `instanceof Error` inside another realm (a jest sandbox, a vm).
 */
export function errorCode(error: unknown): string | undefined {
  if (typeof error !== 'object' || error === null || !('code' in error)) return undefined;
  return typeof error.code === 'string' ? error.code : undefined;
}

/** The `cause` of an error, duck-typed for the same reason as errorCode. */
export function errorCause(error: unknown): unknown {
  return typeof error === 'object' && error !== null && 'cause' in error ? error.cause : undefined;
}
