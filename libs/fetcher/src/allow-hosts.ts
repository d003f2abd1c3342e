import { isIPv6 } from 'node:net';

/** One FETCH_ALLOW_HOSTS entry: a host name or IP literal, any port unless given. */
interface AllowEntry {
  host: string;
  port: number | null;
}

/**
 * The form hosts are compared in: lower case, no IPv6 brackets, no trailing
 * root dot (`example.com.` is the same host). Callers pass hosts that WHATWG
 * URL has already canonicalised, so `0x7f.1` arrives as `127.0.0.1`.
 */
export function hostKey(hostname: string): string {
  return hostname
    .toLowerCase()
    .replace(/^\[(.*)\]$/, '$1')
    .replace(/\.$/, '');
}

function invalid(entry: string, why: string): Error {
  return new Error(
    `FETCH_ALLOW_HOSTS entry ${JSON.stringify(entry)} ${why}: list host names or IP addresses, optionally with :port, separated by commas (e.g. "calendar.internal,127.0.0.1:8080,[::1]").`,
  );
}

function parseEntry(raw: string): AllowEntry {
  const entry = raw.trim();
  const bracketed = /^\[([^\]]+)\](?::(\d+))?$/.exec(entry);
  const bareV6 = !bracketed && isIPv6(entry);
  const plain = bracketed || bareV6 ? null : /^([^:]+)(?::(\d+))?$/.exec(entry);
  const host = bracketed?.[1] ?? (bareV6 ? entry : plain?.[1]);
  const port = bracketed?.[2] ?? plain?.[2];
  if (host === undefined || /[\s/?#@\\]/.test(host)) throw invalid(entry, 'is not a host');
  if (bracketed && !isIPv6(host)) throw invalid(entry, 'has brackets around something that is not an IPv6 address');

  let canonical: string;
  try {
    // WHATWG URL canonicalises the host exactly as it does for fetched URLs.
    canonical = hostKey(new URL(`http://${isIPv6(host) ? `[${host}]` : host}/`).hostname);
  } catch {
    throw invalid(entry, 'is not a valid host');
  }
  const portNumber = port === undefined ? null : Number(port);
  if (portNumber !== null && (portNumber < 1 || portNumber > 65535)) throw invalid(entry, 'has a port outside 1-65535');
  return { host: canonical, port: portNumber };
}

function format({ host, port }: AllowEntry): string {
  const shownHost = isIPv6(host) ? `[${host}]` : host;
  return port === null ? shownHost : `${shownHost}:${port}`;
}

/**
 * Parses FETCH_ALLOW_HOSTS (comma-separated) into canonical entries. Throws
 * an Error naming the bad entry, so a misconfiguration stops the boot.
 */
export function parseAllowHosts(env: string | undefined): string[] {
  if (env === undefined) return [];
  return env
    .split(',')
    .map((entry) => entry.trim())
    .filter((entry) => entry !== '')
    .map((entry) => format(parseEntry(entry)));
}

/**
 * Hosts a self-hoster (or a test) explicitly trusts: connections to them skip
 * the address policy. Matching is by the host as written in the URL, never by
 * resolved address, so allowing `127.0.0.1` does not let an arbitrary DNS name
 * that resolves to 127.0.0.1 through.
 */
export class AllowList {
  private readonly entries: AllowEntry[];

  constructor(entries: readonly string[]) {
    this.entries = entries.map(parseEntry);
  }

  allows(hostname: string, port: number): boolean {
    const key = hostKey(hostname);
    return this.entries.some((entry) => entry.host === key && (entry.port === null || entry.port === port));
  }
}

/** The port a URL connects to, defaults included (URL drops :80 and :443). */
export function effectivePort(url: URL): number {
  if (url.port !== '') return Number(url.port);
  return url.protocol === 'https:' ? 443 : 80;
}
