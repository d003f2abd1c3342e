import dns from 'node:dns';
import http from 'node:http';
import https from 'node:https';
import net from 'node:net';
import { promisify } from 'node:util';

/*
 * The catch-all that keeps tests off the network ("Tests in tiers" in the
 * style guide). Each tier's setupFiles picks a policy for the test file about to
 * run: unit tests may open no connection at all; integration and e2e tests
 * may reach loopback and the test database server, never the internet.
 *
 * Node's own modules are shared by every test file a jest worker runs (and
 * by the tiers, which share the workers), so the patches below are
 * installed once per process and read the current policy from one state
 * object kept on `net`; every test file sets the policy again before it
 * runs. Patching Socket.prototype.connect covers net.connect,
 * net.createConnection, tls.connect, http(s) agents, undici (and so Node's
 * fetch) and pg; http(s).request, dns and the file's global fetch are
 * patched too, to name what was attempted.
 */

export type NetworkPolicy = 'none' | 'loopback' | 'any';

interface GuardState {
  policy: NetworkPolicy;
  /** Host names allowed besides loopback under 'loopback' (the test database server). */
  hosts: Set<string>;
  /** What was refused since the last takeRefusedAttempts(), for the afterEach check. */
  refused: string[];
  /** Errors are made in the realm of the test file that set the policy. */
  makeError: (message: string) => Error;
}

const STATE = Symbol.for('topofmind.network-guard');

export type Target = { host: string; port?: unknown } | { path: string };

function isLoopback(host: string): boolean {
  const bare = host.replace(/^\[|\]$/g, '').toLowerCase();
  if (bare === 'localhost' || bare.endsWith('.localhost')) return true;
  if (net.isIPv4(bare)) return bare.startsWith('127.');
  if (net.isIPv6(bare)) return bare === '::1' || /^::ffff:127\./.test(bare) || /^(0:){7}1$/.test(bare);
  return false;
}

/** Whether the policy lets a test reach the target; `hosts` are the names allowed besides loopback under 'loopback'. */
export function permits(policy: NetworkPolicy, hosts: ReadonlySet<string>, target: Target): boolean {
  if (policy === 'any') return true;
  if (policy === 'none') return false;
  if ('path' in target) return true; // a Unix socket never leaves the machine
  return isLoopback(target.host) || hosts.has(target.host.toLowerCase());
}

function describeTarget(target: Target): string {
  if ('path' in target) return `the socket ${target.path}`;
  return target.port === undefined ? target.host : `${target.host}:${String(target.port)}`;
}

function check(state: GuardState, what: string, target: Target): void {
  if (permits(state.policy, state.hosts, target)) return;
  const attempt = `${what} to ${describeTarget(target)}`;
  state.refused.push(attempt);
  throw state.makeError(
    state.policy === 'none'
      ? `Network access in a unit test: ${attempt} was refused. Unit tests open no connection, not even to loopback: ` +
          'mock the I/O, or make the file an integration test (*.integration-spec.ts).'
      : `Network access beyond this machine in a test: ${attempt} was refused. ` +
          'Tests reach only loopback and the test database server, never the internet.',
  );
}

/** The target of Socket.prototype.connect's arguments: (options[, cb]), (port[, host][, cb]), (path[, cb]), or net's pre-normalised [options, cb]. */
function connectTarget(args: unknown[]): Target {
  const first = Array.isArray(args[0]) ? (args[0] as unknown[])[0] : args[0];
  if (first !== null && typeof first === 'object') {
    const options = first as { host?: string; port?: unknown; path?: string };
    if (options.path) return { path: options.path };
    return { host: options.host || 'localhost', port: options.port };
  }
  if (typeof first === 'string' && !/^\d+$/.test(first)) return { path: first };
  return { host: typeof args[1] === 'string' ? args[1] : 'localhost', port: first };
}

/** The target of http(s).request/get's arguments: (url[, options][, cb]) or (options[, cb]). */
function requestTarget(args: unknown[]): Target {
  const [first, second] = args;
  if (typeof first === 'string' || first instanceof URL) {
    const url = new URL(first);
    return { host: url.hostname, port: url.port || undefined };
  }
  const options = ((first && typeof first === 'object' ? first : second) ?? {}) as { hostname?: string; host?: string; port?: unknown; socketPath?: string };
  if (options.socketPath) return { path: options.socketPath };
  return { host: options.hostname || options.host || 'localhost', port: options.port };
}

type AnyFunction = (...args: unknown[]) => unknown;

function wrap(owner: object, name: string, what: string, target: (args: unknown[]) => Target, state: GuardState): void {
  const record = owner as Record<string, unknown>;
  const original = record[name];
  if (typeof original !== 'function') return;
  const guard = (fn: AnyFunction) =>
    function guarded(this: unknown, ...args: unknown[]) {
      check(state, what, target(args));
      return fn.apply(this, args);
    };
  const guarded: AnyFunction & { [promisify.custom]?: unknown } = guard(original as AnyFunction);
  // dns.lookup's promisified form (what util.promisify returns for it) is guarded as well.
  const custom = (original as { [promisify.custom]?: unknown })[promisify.custom];
  if (typeof custom === 'function') guarded[promisify.custom] = guard(custom as AnyFunction);
  record[name] = guarded;
}

type LookupCallback = (error: Error | null, address: string | { address: string }[], family?: number) => void;
type Lookup = (hostname: string, options: object, callback: LookupCallback) => void;

/**
 * Socket.prototype.connect judges the host it is given; when the caller
 * resolves names itself (a `lookup` option, as the fetcher's tests do to
 * point made-up names at a local server), it judges the addresses that
 * lookup answers instead.
 */
function guardConnect(state: GuardState): void {
  const original = net.Socket.prototype.connect as unknown as AnyFunction;
  net.Socket.prototype.connect = function guardedConnect(this: net.Socket, ...args: unknown[]) {
    const target = connectTarget(args);
    const holder = (Array.isArray(args[0]) ? args[0] : args) as unknown[];
    const options = holder[0] as { lookup?: Lookup } | undefined;
    if ('host' in target && !net.isIP(target.host) && typeof options?.lookup === 'function' && state.policy !== 'none') {
      const lookup = options.lookup;
      const vetted: Lookup = (hostname, lookupOptions, callback) =>
        lookup(hostname, lookupOptions, (error, address, family) => {
          if (error) return callback(error, address, family);
          try {
            for (const host of typeof address === 'string' ? [address] : address.map((a) => a.address)) {
              check(state, `a connection to ${hostname}, which resolves`, { host });
            }
          } catch (refusal) {
            return callback(refusal as Error, address, family);
          }
          callback(null, address, family);
        });
      holder[0] = { ...options, lookup: vetted };
    } else {
      check(state, 'a connection', target);
    }
    return original.apply(this, args);
  } as unknown as typeof net.Socket.prototype.connect;
}

const DNS_METHODS = /^(lookup|lookupService|resolve\w*|reverse)$/;

function installGuard(): GuardState {
  const holder = net as unknown as Record<symbol, GuardState | undefined>;
  const existing = holder[STATE];
  if (existing) return existing;
  const state: GuardState = { policy: 'any', hosts: new Set(), refused: [], makeError: (message) => new Error(message) };
  holder[STATE] = state;

  guardConnect(state);
  for (const [module, name] of [
    [http, 'http'],
    [https, 'https'],
  ] as const) {
    wrap(module, 'request', `${name}.request`, requestTarget, state);
    wrap(module, 'get', `${name}.get`, requestTarget, state);
  }
  const dnsTarget = (args: unknown[]): Target => ({ host: String(args[0]) });
  for (const owner of [dns, dns.promises, dns.Resolver.prototype, dns.promises.Resolver.prototype]) {
    for (const name of Object.getOwnPropertyNames(owner)) {
      if (DNS_METHODS.test(name)) wrap(owner, name, `dns.${name}`, dnsTarget, state);
    }
  }
  return state;
}

/**
 * Sets the policy for the test file about to run (from its tier's
 * setupFiles), and guards this file's global fetch, which lives in the
 * file's own context.
 */
export function setNetworkPolicy(policy: NetworkPolicy, hosts: readonly string[] = []): void {
  const state = installGuard();
  state.policy = policy;
  state.hosts = new Set(hosts.map((h) => h.toLowerCase()));
  state.refused = [];
  state.makeError = (message) => new Error(message);

  const original = globalThis.fetch;
  if (typeof original === 'function' && !(original as { guarded?: boolean }).guarded) {
    const guardedFetch = (input: string | URL | Request, init?: RequestInit) => {
      const url = new URL(input instanceof Request ? input.url : input);
      check(state, 'fetch', { host: url.hostname, port: url.port || undefined });
      return original(input, init);
    };
    globalThis.fetch = Object.assign(guardedFetch, { guarded: true });
  }
}

/** The attempts refused since the last call (and forgets them): a test that expects a refusal takes it here. */
export function takeRefusedAttempts(): string[] {
  const state = installGuard();
  return state.refused.splice(0);
}

/** The host names of the test database server, from the environment its globalSetup left. */
export function databaseHosts(env: NodeJS.ProcessEnv = process.env): string[] {
  return [env.TEST_ADMIN_DATABASE_URL, env.DATABASE_URL].flatMap((url) => {
    try {
      return url ? [new URL(url).hostname] : [];
    } catch {
      return [];
    }
  });
}
