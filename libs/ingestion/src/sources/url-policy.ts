import { lookup } from 'node:dns/promises';
import { isIP } from 'node:net';
import { FetchError, isBlockedAddress, normaliseFeedUrl } from '@app/fetcher';
import { InvalidInputException } from '@app/common';

const LOOKUP_TIMEOUT_MS = 3_000;

/**
 * Checks a feed address when it is added, so an address the fetcher would
 * refuse (loopback, private, link-local, ...) is refused at once with a
 * clear BAD_USER_INPUT rather than failing later. The fetcher checks again
 * at every connection and redirect; this is only the early answer.
 */
export async function acceptableFeedUrl(input: string, allowHosts: readonly string[]): Promise<string> {
  let url: string;
  try {
    url = normaliseFeedUrl(input);
  } catch (error) {
    if (error instanceof FetchError) throw InvalidInputException.field('input.url', error.message);
    throw error;
  }
  const { hostname, port } = new URL(url);
  const host = hostname.replace(/^\[|\]$/g, '').toLowerCase();
  const allowed = allowHosts.some((h) => h === host || h === `${host}:${port}` || h === `[${host}]` || h === `[${host}]:${port}`);
  if (allowed) return url;
  const addresses = isIP(host)
    ? [host]
    : await Promise.race([
        lookup(host, { all: true, verbatim: true }).then(
          (all) => all.map((a) => a.address),
          () => [],
        ),
        new Promise<string[]>((resolve) => setTimeout(() => resolve([]), LOOKUP_TIMEOUT_MS).unref()),
      ]);
  const blocked = addresses.find((a) => isBlockedAddress(a));
  if (blocked) {
    throw InvalidInputException.field(
      'input.url',
      `${host} ${blocked === host ? 'is' : `resolves to ${blocked}, which is`} a loopback, private or otherwise internal address, which topofmind does not fetch. ` +
        'Use a public address, or ask the operator to list the host in FETCH_ALLOW_HOSTS.',
    );
  }
  return url;
}
