import type { LookupFn } from './guarded-connector';

export interface FetchOptions {
  /** Hosts (or IP literals), optionally with :port, exempt from the address policy. */
  allowHosts: string[];
  userAgent: string;
  /** DNS lookup plus TCP (and TLS) handshake. */
  connectTimeoutMs: number;
  /** Everything from the first byte sent to the last body byte read, redirects included. */
  totalTimeoutMs: number;
  /** Cap on the body, both as received and after decompression. */
  maxBytes: number;
  maxRedirects: number;
  lookup?: LookupFn;
}

export interface Conditional {
  etag?: string | null;
  lastModified?: string | null;
}

export type FetchOutcome =
  | {
      kind: 'fetched';
      finalUrl: string;
      status: number;
      contentType: string | null;
      body: Buffer;
      etag: string | null;
      lastModified: string | null;
    }
  | { kind: 'not-modified'; finalUrl: string; etag: string | null; lastModified: string | null };

export const DEFAULT_USER_AGENT = 'topofmind/0.1 (+https://github.com/topofmind; event calendar aggregator)';

/** Calendars first, then the event pages the HTML parsers read. */
export const ACCEPT =
  'text/calendar, application/calendar+json;q=0.9, text/html;q=0.8, application/xhtml+xml;q=0.8, application/ld+json;q=0.7, text/plain;q=0.5, */*;q=0.1';

/** Only codings readCappedBody can undo (undici.request does not decompress). */
export const ACCEPT_ENCODING = 'gzip, deflate, br';

export const DEFAULT_FETCH_OPTIONS: Readonly<FetchOptions> = {
  allowHosts: [],
  userAgent: DEFAULT_USER_AGENT,
  connectTimeoutMs: 5_000,
  totalTimeoutMs: 30_000,
  maxBytes: 10 * 1024 * 1024,
  maxRedirects: 5,
};

/** Fills defaults for missing (or undefined) options and refuses unusable values at construction. */
export function resolveFetchOptions(partial: Partial<FetchOptions>): FetchOptions {
  const defined = Object.fromEntries(Object.entries(partial).filter(([, value]) => value !== undefined));
  const options: FetchOptions = { ...DEFAULT_FETCH_OPTIONS, ...defined };
  for (const name of ['connectTimeoutMs', 'totalTimeoutMs', 'maxBytes'] as const) {
    if (!Number.isSafeInteger(options[name]) || options[name] <= 0) {
      throw new Error(`SafeFetcher: ${name} must be a positive whole number, got ${String(options[name])}.`);
    }
  }
  if (!Number.isSafeInteger(options.maxRedirects) || options.maxRedirects < 0) {
    throw new Error(`SafeFetcher: maxRedirects must be 0 or more, got ${String(options.maxRedirects)}.`);
  }
  if (!options.userAgent.trim() || !isHeaderSafe(options.userAgent)) {
    throw new Error('SafeFetcher: userAgent must be a non-empty single line.');
  }
  return options;
}

/** No control characters: a line break in a header value would be refused by undici (or worse). */
export function isHeaderSafe(value: string): boolean {
  return !/[\u0000-\u001f\u007f]/.test(value);
}
