import { isIP } from 'node:net';
import { Agent, Dispatcher, request } from 'undici';
import { isBlockedAddress } from './address-policy';
import { AllowList, effectivePort, hostKey } from './allow-hosts';
import { readCappedBody } from './capped-body';
import { normaliseFeedUrl } from './feed-url';
import { FetchError, FetchErrorCode, fetchErrors } from './fetch-error';
import { ACCEPT, ACCEPT_ENCODING, Conditional, FetchOptions, FetchOutcome, isHeaderSafe, resolveFetchOptions } from './fetch-options';
import { guardedConnector, systemLookup } from './guarded-connector';
import { errorForStatus, REDIRECT_STATUSES, redirectTarget } from './http-status';
import { KeyedMutex } from './keyed-mutex';
import { translateError } from './translate-error';

type Hop = { kind: 'done'; outcome: FetchOutcome } | { kind: 'redirect'; location: URL };

/** A total deadline that starts only when the request gets its turn at the host. */
class Deadline {
  private readonly controller = new AbortController();
  private timer: NodeJS.Timeout | undefined;

  constructor(private readonly ms: number) {}

  get signal(): AbortSignal {
    return this.controller.signal;
  }

  start(): void {
    this.timer ??= setTimeout(() => this.controller.abort(), this.ms);
  }

  clear(): void {
    clearTimeout(this.timer);
  }
}

/**
 * Downloads feeds and event pages from URLs users typed, without letting them
 * reach internal services (SSRF), hang a worker or exhaust its memory, and
 * without hammering any one site.
 */
export class SafeFetcher {
  private readonly options: FetchOptions;
  private readonly allowList: AllowList;
  private readonly agent: Agent;
  /** One request at a time per host: feeds on one site are fetched in turn. */
  private readonly hostTurns = new KeyedMutex();

  constructor(options: Partial<FetchOptions> = {}) {
    this.options = resolveFetchOptions(options);
    this.allowList = new AllowList(this.options.allowHosts);
    this.agent = new Agent({
      connect: guardedConnector({
        allowList: this.allowList,
        lookup: this.options.lookup ?? systemLookup,
        connectTimeoutMs: this.options.connectTimeoutMs,
      }),
      // Backstops only: the total deadline normally ends a slow response first.
      headersTimeout: this.options.totalTimeoutMs,
      bodyTimeout: this.options.totalTimeoutMs,
    });
  }

  async fetch(input: string, conditional: Conditional = {}, signal?: AbortSignal): Promise<FetchOutcome> {
    let url = new URL(normaliseFeedUrl(input));
    const deadline = new Deadline(this.options.totalTimeoutMs);
    const combined = signal ? AbortSignal.any([signal, deadline.signal]) : deadline.signal;
    try {
      for (let redirects = 0; ; redirects++) {
        const current = url;
        const hop = await this.hostTurns.run(
          hostKey(current.hostname),
          () => {
            deadline.start();
            return this.hop(current, conditional, combined);
          },
          combined,
        );
        if (hop.kind === 'done') return hop.outcome;
        if (redirects >= this.options.maxRedirects) {
          throw new FetchError(
            FetchErrorCode.TooManyRedirects,
            `${current.host} redirected more than ${this.options.maxRedirects} times: open the address in a browser and use the address it finally shows.`,
          );
        }
        url = hop.location;
      }
    } catch (error) {
      throw translateError(error, {
        host: url.host,
        callerSignal: signal,
        deadlineSignal: deadline.signal,
        connectTimeoutMs: this.options.connectTimeoutMs,
        totalTimeoutMs: this.options.totalTimeoutMs,
      });
    } finally {
      deadline.clear();
    }
  }

  /** Closes pooled connections; call on shutdown. */
  async close(): Promise<void> {
    await this.agent.close();
  }

  private async hop(url: URL, conditional: Conditional, signal: AbortSignal): Promise<Hop> {
    // The connector enforces this too; refusing here means no socket is even opened.
    const literal = hostKey(url.hostname);
    if (isIP(literal) !== 0 && isBlockedAddress(literal) && !this.allowList.allows(literal, effectivePort(url))) {
      throw fetchErrors.blocked(url.host, 'is');
    }

    const sent = this.requestHeaders(conditional);
    const { statusCode: status, headers, body } = await request(url, { dispatcher: this.agent, method: 'GET', headers: sent, signal });

    if (REDIRECT_STATUSES.has(status)) {
      discard(body);
      return { kind: 'redirect', location: redirectTarget(url, header(headers, 'location')) };
    }
    if (status === 304 && (sent['if-none-match'] !== undefined || sent['if-modified-since'] !== undefined)) {
      discard(body);
      return {
        kind: 'done',
        outcome: {
          kind: 'not-modified',
          finalUrl: url.href,
          // A 304 may omit validators; the ones sent are then still current.
          etag: header(headers, 'etag') ?? conditional.etag ?? null,
          lastModified: header(headers, 'last-modified') ?? conditional.lastModified ?? null,
        },
      };
    }
    if (status < 200 || status >= 300) {
      discard(body);
      throw errorForStatus(url.host, status, header(headers, 'retry-after'));
    }

    const declared = Number(header(headers, 'content-length'));
    if (declared > this.options.maxBytes) {
      discard(body);
      throw fetchErrors.tooLarge(url.host, this.options.maxBytes);
    }
    const content = await readCappedBody(body, {
      contentEncoding: header(headers, 'content-encoding') ?? undefined,
      maxBytes: this.options.maxBytes,
      host: url.host,
      signal,
    });
    return {
      kind: 'done',
      outcome: {
        kind: 'fetched',
        finalUrl: url.href,
        status,
        contentType: header(headers, 'content-type'),
        body: content,
        etag: header(headers, 'etag'),
        lastModified: header(headers, 'last-modified'),
      },
    };
  }

  private requestHeaders(conditional: Conditional): Record<string, string> {
    const headers: Record<string, string> = {
      'user-agent': this.options.userAgent,
      accept: ACCEPT,
      'accept-encoding': ACCEPT_ENCODING,
    };
    // Validators come from an earlier response; one with a line break would be rejected by undici.
    if (conditional.etag && isHeaderSafe(conditional.etag)) headers['if-none-match'] = conditional.etag;
    if (conditional.lastModified && isHeaderSafe(conditional.lastModified)) {
      headers['if-modified-since'] = conditional.lastModified;
    }
    return headers;
  }
}

function header(headers: Dispatcher.ResponseData['headers'], name: string): string | null {
  const value = headers[name];
  return (Array.isArray(value) ? value[0] : value) ?? null;
}

/**
 * Drops a body we will not read. Destroying (rather than draining it for
 * connection reuse) means a redirect or error page that trickles forever
 * cannot hold the request until the deadline. undici then emits its own
 * "Request aborted" on the body, which nobody is waiting for: ignore it.
 */
function discard(body: Dispatcher.ResponseData['body']): void {
  body.on('error', () => undefined).destroy();
}
