export { isBlockedAddress } from './address-policy';
export { parseAllowHosts } from './allow-hosts';
export { normaliseFeedUrl } from './feed-url';
export { FetchError, FetchErrorCode } from './fetch-error';
export type { LookupFn } from './guarded-connector';
export { parseRetryAfter } from './http-status';
export { ACCEPT, DEFAULT_FETCH_OPTIONS, DEFAULT_USER_AGENT } from './fetch-options';
export type { Conditional, FetchOptions, FetchOutcome } from './fetch-options';
export { SafeFetcher } from './safe-fetcher';
