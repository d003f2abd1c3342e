import { promises as dns, LookupAddress } from 'node:dns';
import { isIP, LookupFunction, Socket } from 'node:net';
import { buildConnector } from 'undici';
import { isBlockedAddress } from './address-policy';
import { AllowList } from './allow-hosts';
import { FetchError, fetchErrors } from './fetch-error';

/** Resolves a host name to every address it has; injectable for tests. */
export type LookupFn = (hostname: string) => Promise<readonly LookupAddress[]>;

export const systemLookup: LookupFn = (hostname) => dns.lookup(hostname, { all: true });

/**
 * Adapts a LookupFn to the callback shape net.connect calls *while
 * connecting*. Vetting addresses here, rather than in a lookup before the
 * request, means the socket can only ever connect to an address that was
 * checked: a DNS answer that changes between check and connect (rebinding)
 * has nothing to slip through.
 */
export function vettingLookup(resolve: LookupFn, enforcePolicy: boolean): LookupFunction {
  return (hostname, options, callback) => {
    const answer = Promise.resolve().then(() => resolve(hostname));
    void answer.then(
      (all) => {
        const family = options.family === 4 || options.family === 6 ? options.family : null;
        const addresses = family === null ? all : all.filter((a) => a.family === family);
        const first = addresses[0];
        if (first === undefined) return callback(fetchErrors.dnsFailure(hostname), []);
        // One blocked address taints the name: a public host has no business
        // resolving into a private range, and refusing is easier to explain.
        if (enforcePolicy && addresses.some((a) => isBlockedAddress(a.address))) {
          return callback(fetchErrors.blocked(hostname, 'resolves to'), []);
        }
        if (options.all) return callback(null, [...addresses]);
        return callback(null, first.address, first.family);
      },
      (error: unknown) => callback(fetchErrors.dnsFailure(hostname, error), []),
    );
  };
}

export interface GuardOptions {
  allowList: AllowList;
  lookup: LookupFn;
  connectTimeoutMs: number;
}

/**
 * The undici connector that enforces the address policy on every connection
 * (first request and each redirect alike). Allow-listed host:port pairs get a
 * connector with the same lookup but no policy.
 */
export function guardedConnector({ allowList, lookup, connectTimeoutMs }: GuardOptions): buildConnector.connector {
  // `timeout` covers the lookup too: net.connect resolves inside the connect attempt.
  const guarded = buildConnector({ timeout: connectTimeoutMs, lookup: vettingLookup(lookup, true) });
  const trusted = buildConnector({ timeout: connectTimeoutMs, lookup: vettingLookup(lookup, false) });

  return (options, callback) => {
    const { hostname, protocol } = options;
    const host = options.host ?? hostname;
    const port = Number(options.port) || (protocol === 'https:' ? 443 : 80);
    if (allowList.allows(hostname, port)) return trusted(options, callback);

    // net.connect never calls `lookup` for an IP literal, so judge it here.
    if (isIP(hostname) !== 0 && isBlockedAddress(hostname)) return callback(fetchErrors.blocked(host, 'is'), null);

    guarded(options, (...result) => {
      const [error, socket] = result;
      if (error !== null) return callback(error, null);
      const refusal = remoteAddressRefusal(socket, host);
      if (refusal) return callback(refusal, null);
      callback(null, socket);
    });
  };
}

/**
 * Defence in depth: the lookup vetted the address, but make sure the socket
 * is really connected to a vetted one before a byte of HTTP is sent. Destroys
 * the socket and returns the error when it is not.
 */
export function remoteAddressRefusal(socket: Pick<Socket, 'remoteAddress' | 'destroy'>, host: string): FetchError | null {
  const remote = socket.remoteAddress;
  if (remote !== undefined && !isBlockedAddress(remote)) return null;
  socket.destroy();
  return fetchErrors.blocked(host, remote === undefined ? 'is' : 'resolves to');
}
