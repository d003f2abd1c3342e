import { checkFetchableUrl } from './feed-url';
import { FetchError, FetchErrorCode } from './fetch-error';

export const REDIRECT_STATUSES: ReadonlySet<number> = new Set([301, 302, 303, 307, 308]);

const ASCTIME = /^[a-z]{3} [a-z]{3} [ \d]\d \d\d:\d\d:\d\d \d{4}$/i;

/**
 * Retry-After is either delta-seconds or an HTTP-date (RFC 9110 §10.2.3).
 * Returns whole seconds from `now`, at least 0, or undefined when absent or
 * unreadable.
 */
export function parseRetryAfter(value: string | null | undefined, now: Date = new Date()): number | undefined {
  const text = value?.trim();
  if (!text) return undefined;
  if (/^\d+$/.test(text)) return Number(text);
  // Date.parse reads all three HTTP-date forms (IMF-fixdate, RFC 850, asctime);
  // requiring a letter keeps bare or signed numbers like "-5" out of it.
  if (!/[a-z]/i.test(text)) return undefined;
  // asctime carries no zone, but HTTP dates are always GMT (RFC 9110 §5.6.7).
  const at = Date.parse(ASCTIME.test(text) ? `${text} GMT` : text);
  if (Number.isNaN(at)) return undefined;
  return Math.max(0, Math.ceil((at - now.getTime()) / 1000));
}

/**
 * The error for a response that is neither success, redirect nor 304. The
 * wording is for the person who added the feed.
 */
export function errorForStatus(host: string, status: number, retryAfter: string | null | undefined, now?: Date): FetchError {
  const retryAfterSeconds = parseRetryAfter(retryAfter, now);
  if (status === 429 || (status === 503 && retryAfterSeconds !== undefined)) {
    const when = retryAfterSeconds === undefined ? 'later' : `in ${retryAfterSeconds} s`;
    return new FetchError(
      FetchErrorCode.RateLimited,
      `${host} is limiting requests (HTTP ${status}): nothing to fix on your side; it will be fetched again ${when}.`,
      { status, ...(retryAfterSeconds !== undefined && { retryAfterSeconds }) },
    );
  }
  return new FetchError(FetchErrorCode.HttpError, httpErrorMessage(host, status), { status });
}

function httpErrorMessage(host: string, status: number): string {
  if (status === 404 || status === 410) {
    return `The feed URL returns ${status}: check the address (${host} has no calendar there; it may have moved or been deleted).`;
  }
  if (status === 401 || status === 403) {
    return `The feed needs sign-in or is private: use the calendar's secret/public iCal address (${host} answered HTTP ${status}).`;
  }
  if (status >= 500) return `${host} had a server error (HTTP ${status}): try again later.`;
  if (status >= 400) return `${host} refused the request (HTTP ${status}): check the address, or open it in a browser to see what the site expects.`;
  return `${host} answered with an unexpected HTTP ${status}: open the address in a browser and use the address of the calendar file itself.`;
}

/** Where a redirect points, resolved against the URL that sent it, if it may be followed. */
export function redirectTarget(from: URL, location: string | null): URL {
  if (location === null) {
    throw new FetchError(
      FetchErrorCode.HttpError,
      `${from.host} sent a redirect without saying where to: open the address in a browser and use the address it finally shows.`,
    );
  }
  let target: URL;
  try {
    target = new URL(location, from); // Location may be relative (RFC 9110 §10.2.2).
  } catch {
    throw new FetchError(
      FetchErrorCode.BadUrl,
      `${from.host} redirected to an invalid address: open the address in a browser and use the address it finally shows.`,
    );
  }
  if (target.protocol !== 'http:' && target.protocol !== 'https:') {
    throw new FetchError(
      FetchErrorCode.BadUrl,
      `${from.host} redirected to a ${target.protocol} address, which topofmind does not follow: use an https:// address for the calendar.`,
    );
  }
  return checkFetchableUrl(target);
}
