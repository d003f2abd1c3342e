import { FetchError, FetchErrorCode } from './fetch-error';

const MAX_URL_LENGTH = 4096;

/**
 * webcal:// is the de-facto "subscribe" scheme for iCal feeds (Apple, Google,
 * Outlook); it was never registered and always means HTTP(S). It must be
 * rewritten before parsing: WHATWG URL treats unknown schemes as opaque and
 * would skip the IPv4 normalisation the address policy relies on.
 */
const WEBCAL = /^webcals?:(?:\/\/)?/i;

function shown(input: string): string {
  return JSON.stringify(input.length > 120 ? `${input.slice(0, 120)}…` : input);
}

function badUrl(message: string): FetchError {
  return new FetchError(FetchErrorCode.BadUrl, message);
}

/**
 * Turns what a user pasted into the canonical http(s) URL that is fetched.
 * Host spellings are canonicalised by WHATWG URL (`0x7f.1` → `127.0.0.1`,
 * IPv6 compressed), so the address policy only ever sees canonical hosts.
 */
export function normaliseFeedUrl(input: string): string {
  const trimmed = input.trim();
  if (trimmed === '') throw badUrl("The feed address is empty: paste the calendar's https:// or webcal:// address.");
  if (trimmed.length > MAX_URL_LENGTH) {
    throw badUrl(`The feed address is longer than ${MAX_URL_LENGTH} characters: paste the calendar's short iCal address.`);
  }
  const rewritten = trimmed.replace(WEBCAL, 'https://');

  let url: URL;
  try {
    url = new URL(rewritten);
  } catch {
    throw badUrl(`${shown(trimmed)} is not a web address: paste the full address, starting with https:// or webcal://.`);
  }
  return checkFetchableUrl(url, trimmed).href;
}

/**
 * The checks every URL (first or redirect target) must pass before any
 * connection. `input` is what to quote back in the message.
 */
export function checkFetchableUrl(url: URL, input: string = url.href): URL {
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw badUrl(`${shown(input)} uses ${url.protocol.replace(/:$/, '')}:, which topofmind does not fetch: use an https:// or webcal:// address.`);
  }
  if (url.hostname === '') throw badUrl(`${shown(input)} has no host name: paste the full address.`);
  // Credentials in a URL end up in logs and would be replayed to redirect targets.
  if (url.username !== '' || url.password !== '') {
    throw badUrl(`The address for ${url.hostname} contains a user name or password: remove them and use the calendar's secret or public iCal address instead.`);
  }
  const clean = new URL(url.href);
  clean.hash = '';
  return clean;
}
