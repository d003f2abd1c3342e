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

export function isFetchError(error: unknown): error is FetchError {
  return error instanceof FetchError;
}
