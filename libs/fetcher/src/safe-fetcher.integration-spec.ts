import { IncomingMessage, ServerResponse } from 'node:http';
import { AddressInfo, createServer as createNetServer } from 'node:net';
import zlib from 'node:zlib';
import { FetchError, FetchErrorCode } from './fetch-error';
import { LookupFn } from './guarded-connector';
import { caught, LocalServer, startServer } from './local-server.test-helper';
import { ACCEPT, DEFAULT_USER_AGENT, FetchOptions } from './fetch-options';
import { SafeFetcher } from './safe-fetcher';

type Route = (req: IncomingMessage, res: ServerResponse) => void;

const ICS = 'BEGIN:VCALENDAR\r\nVERSION:2.0\r\nEND:VCALENDAR\r\n';

describe('SafeFetcher', () => {
  let server: LocalServer;
  let routes: Record<string, Route> = {};
  const fetchers: SafeFetcher[] = [];
  const timers = new Set<NodeJS.Timeout>();

  /** Other names for the local server, to test per-host behaviour without real DNS. */
  const lookup: LookupFn = async (hostname) => {
    if (hostname.endsWith('.test')) return [{ address: '127.0.0.1', family: 4 }];
    throw Object.assign(new Error(`getaddrinfo ENOTFOUND ${hostname}`), { code: 'ENOTFOUND' });
  };

  function fetcher(options: Partial<FetchOptions> = {}): SafeFetcher {
    const created = new SafeFetcher({ allowHosts: ['127.0.0.1', 'a.test', 'b.test'], lookup, totalTimeoutMs: 5000, ...options });
    fetchers.push(created);
    return created;
  }

  const url = (path: string) => `${server.origin}${path}`;

  async function failure(promise: () => Promise<unknown>, code: FetchErrorCode): Promise<FetchError> {
    const error = await caught(promise);
    expect(error).toBeInstanceOf(FetchError);
    expect((error as FetchError).code).toBe(code);
    // Messages are shown to users: no stack traces, always the host.
    expect((error as FetchError).message).not.toMatch(/\n\s+at /);
    return error as FetchError;
  }

  /** Writes `chunk` every `ms` until the connection closes. */
  function trickle(res: ServerResponse, chunk: string, ms: number): void {
    const timer = setInterval(() => res.write(chunk), ms);
    timers.add(timer);
    res.on('close', () => clearInterval(timer));
  }

  beforeAll(async () => {
    server = await startServer((req, res) => {
      const route = routes[new URL(req.url ?? '/', 'http://x').pathname];
      if (route) route(req, res);
      else res.writeHead(404).end();
    });
  });

  afterEach(async () => {
    routes = {};
    timers.forEach(clearInterval);
    timers.clear();
    server.server.closeAllConnections();
    await Promise.all(fetchers.splice(0).map((f) => f.close()));
  });

  afterAll(() => server.close());

  describe('request', () => {
    it('identifies itself and asks for calendars and HTML, compressed', async () => {
      routes['/cal.ics'] = (_req, res) => res.writeHead(200, { 'content-type': 'text/calendar; charset=utf-8' }).end(ICS);
      const outcome = await fetcher().fetch(url('/cal.ics'));
      expect(outcome).toEqual({
        kind: 'fetched',
        finalUrl: url('/cal.ics'),
        status: 200,
        contentType: 'text/calendar; charset=utf-8',
        body: Buffer.from(ICS),
        etag: null,
        lastModified: null,
      });
      const headers = server.requests.at(-1)?.headers;
      expect(headers?.['user-agent']).toBe(DEFAULT_USER_AGENT);
      expect(DEFAULT_USER_AGENT).toMatch(/^topofmind\/\S+ \(\+https:\/\/.*\)$/);
      expect(headers?.accept).toBe(ACCEPT);
      expect(headers?.accept).toMatch(/^text\/calendar.*text\/html/);
      expect(headers?.['accept-encoding']).toBe('gzip, deflate, br');
      expect(headers?.cookie).toBeUndefined();
      expect(headers?.authorization).toBeUndefined();
    });

    it('sends a configured User-Agent', async () => {
      routes['/cal.ics'] = (_req, res) => res.end(ICS);
      await fetcher({ userAgent: 'topofmind-test/1.0' }).fetch(url('/cal.ics'));
      expect(server.requests.at(-1)?.headers['user-agent']).toBe('topofmind-test/1.0');
    });

    it.each([
      ['gzip', zlib.gzipSync],
      ['deflate', zlib.deflateSync],
      ['br', zlib.brotliCompressSync],
    ] as const)('decompresses %s', async (encoding, compress) => {
      routes['/cal.ics'] = (_req, res) => res.writeHead(200, { 'content-encoding': encoding }).end(compress(Buffer.from(ICS)));
      const outcome = await fetcher().fetch(url('/cal.ics'));
      expect(outcome.kind === 'fetched' && outcome.body.toString()).toBe(ICS);
    });

    it('rewrites webcal:// to https://', async () => {
      // A raw TCP server: the first byte of a TLS ClientHello is 0x16.
      const firstBytes: number[] = [];
      const tcp = createNetServer((socket) => socket.once('data', (data) => firstBytes.push(data[0]) && socket.destroy()));
      await new Promise<void>((resolve) => tcp.listen(0, '127.0.0.1', resolve));
      const { port } = tcp.address() as AddressInfo;
      try {
        await caught(() => fetcher().fetch(`webcal://127.0.0.1:${port}/cal.ics`));
        expect(firstBytes).toEqual([0x16]);
      } finally {
        await new Promise((resolve) => tcp.close(resolve));
      }
    });
  });

  describe('conditional GET', () => {
    it('returns validators and sends them back next time', async () => {
      routes['/cal.ics'] = (req, res) => {
        if (req.headers['if-none-match'] === '"v1"') return void res.writeHead(304, { etag: '"v1"' }).end();
        res.writeHead(200, { etag: '"v1"', 'last-modified': 'Sun, 01 Mar 2026 10:00:00 GMT' }).end(ICS);
      };
      const f = fetcher();
      const first = await f.fetch(url('/cal.ics'));
      expect(first).toMatchObject({ kind: 'fetched', etag: '"v1"', lastModified: 'Sun, 01 Mar 2026 10:00:00 GMT' });
      if (first.kind !== 'fetched') throw new Error('unreachable');

      const second = await f.fetch(url('/cal.ics'), { etag: first.etag, lastModified: first.lastModified });
      expect(second).toEqual({
        kind: 'not-modified',
        finalUrl: url('/cal.ics'),
        etag: '"v1"',
        lastModified: 'Sun, 01 Mar 2026 10:00:00 GMT',
      });
      const headers = server.requests.at(-1)?.headers;
      expect(headers?.['if-none-match']).toBe('"v1"');
      expect(headers?.['if-modified-since']).toBe('Sun, 01 Mar 2026 10:00:00 GMT');
    });

    it('keeps the validators it sent when the 304 omits them', async () => {
      routes['/cal.ics'] = (_req, res) => res.writeHead(304).end();
      const outcome = await fetcher().fetch(url('/cal.ics'), { lastModified: 'Sun, 01 Mar 2026 10:00:00 GMT' });
      expect(outcome).toEqual({ kind: 'not-modified', finalUrl: url('/cal.ics'), etag: null, lastModified: 'Sun, 01 Mar 2026 10:00:00 GMT' });
      expect(server.requests.at(-1)?.headers['if-none-match']).toBeUndefined();
    });

    it('treats a 304 it did not ask for as an error', async () => {
      routes['/cal.ics'] = (_req, res) => res.writeHead(304).end();
      await failure(() => fetcher().fetch(url('/cal.ics')), FetchErrorCode.HttpError);
    });

    it('drops a validator that would break the request line', async () => {
      routes['/cal.ics'] = (_req, res) => res.end(ICS);
      await fetcher().fetch(url('/cal.ics'), { etag: '"v1"\r\nX-Injected: 1' });
      expect(server.requests.at(-1)?.headers['if-none-match']).toBeUndefined();
      expect(server.requests.at(-1)?.headers['x-injected']).toBeUndefined();
    });
  });

  describe('redirects', () => {
    it.each([301, 302, 303, 307, 308])('follows %i with a relative Location', async (status) => {
      routes['/old/feed'] = (_req, res) => res.writeHead(status, { location: '../new/cal.ics?x=1' }).end('moved');
      routes['/new/cal.ics'] = (_req, res) => res.end(ICS);
      const outcome = await fetcher().fetch(url('/old/feed'));
      expect(outcome).toMatchObject({ kind: 'fetched', finalUrl: url('/new/cal.ics?x=1') });
    });

    it('follows a redirect to another allowed host', async () => {
      routes['/start'] = (_req, res) => res.writeHead(302, { location: `http://a.test:${server.port}/cal.ics` }).end();
      routes['/cal.ics'] = (_req, res) => res.end(ICS);
      const outcome = await fetcher().fetch(url('/start'));
      expect(outcome).toMatchObject({ kind: 'fetched', finalUrl: `http://a.test:${server.port}/cal.ics` });
    });

    it('follows at most five redirects', async () => {
      routes['/hop'] = (req, res) => {
        const n = Number(new URL(req.url ?? '', 'http://x').searchParams.get('n'));
        if (n > 0) res.writeHead(302, { location: `/hop?n=${n - 1}` }).end();
        else res.end(ICS);
      };
      await expect(fetcher().fetch(url('/hop?n=5'))).resolves.toMatchObject({ kind: 'fetched', finalUrl: url('/hop?n=0') });

      const before = server.requests.length;
      const error = await failure(() => fetcher().fetch(url('/hop?n=6')), FetchErrorCode.TooManyRedirects);
      expect(server.requests.length - before).toBe(6);
      expect(error.message).toContain(`127.0.0.1:${server.port} redirected more than 5 times`);
    });

    it('stops a redirect loop', async () => {
      routes['/loop'] = (_req, res) => res.writeHead(301, { location: '/loop' }).end();
      await failure(() => fetcher().fetch(url('/loop')), FetchErrorCode.TooManyRedirects);
    });

    it('honours maxRedirects', async () => {
      routes['/start'] = (_req, res) => res.writeHead(302, { location: '/cal.ics' }).end();
      await failure(() => fetcher({ maxRedirects: 0 }).fetch(url('/start')), FetchErrorCode.TooManyRedirects);
    });

    it('refuses a redirect without a Location', async () => {
      routes['/start'] = (_req, res) => res.writeHead(302).end();
      const error = await failure(() => fetcher().fetch(url('/start')), FetchErrorCode.HttpError);
      expect(error.message).toContain('redirect without saying where to');
    });
  });

  describe('deadlines', () => {
    it('gives up on a server that accepts and never answers', async () => {
      routes['/silent'] = () => undefined;
      const started = Date.now();
      const error = await failure(() => fetcher({ totalTimeoutMs: 300 }).fetch(url('/silent')), FetchErrorCode.Timeout);
      expect(Date.now() - started).toBeLessThan(2000);
      expect(error.message).toContain(`127.0.0.1:${server.port} did not send the whole response within 0.3 s`);
    });

    it('gives up on a body that trickles forever', async () => {
      routes['/trickle'] = (_req, res) => {
        res.writeHead(200, { 'content-type': 'text/calendar' });
        trickle(res, 'B', 20);
      };
      const started = Date.now();
      await failure(() => fetcher({ totalTimeoutMs: 400 }).fetch(url('/trickle')), FetchErrorCode.Timeout);
      expect(Date.now() - started).toBeLessThan(2000);
    });

    it('does not wait for the endless body of a redirect or an error page', async () => {
      routes['/endless-redirect'] = (_req, res) => {
        res.writeHead(302, { location: '/cal.ics' });
        trickle(res, '.', 20);
      };
      routes['/endless-error'] = (_req, res) => {
        res.writeHead(500);
        trickle(res, '.', 20);
      };
      routes['/cal.ics'] = (_req, res) => res.end(ICS);
      const f = fetcher({ totalTimeoutMs: 3000 });
      const started = Date.now();
      await expect(f.fetch(url('/endless-redirect'))).resolves.toMatchObject({ kind: 'fetched' });
      await failure(() => f.fetch(url('/endless-error')), FetchErrorCode.HttpError);
      expect(Date.now() - started).toBeLessThan(1000);
    });

    it('gives up on a connection that cannot be set up (here: DNS that never answers)', async () => {
      const never: LookupFn = () => new Promise(() => undefined);
      const started = Date.now();
      const error = await failure(() => fetcher({ lookup: never, connectTimeoutMs: 200 }).fetch('https://slow-dns.example/cal.ics'), FetchErrorCode.Timeout);
      expect(Date.now() - started).toBeLessThan(2000);
      expect(error.message).toContain('Could not connect to slow-dns.example within 0.2 s');
    });

    it('does not charge a request for the time it queued behind another on the same host', async () => {
      routes['/slow'] = (_req, res) => void setTimeout(() => res.end(ICS), 300);
      const f = fetcher({ totalTimeoutMs: 600 });
      const results = await Promise.all([f.fetch(url('/slow')), f.fetch(url('/slow'))]);
      expect(results.map((r) => r.kind)).toEqual(['fetched', 'fetched']);
    });

    it("passes the caller's own abort through untouched", async () => {
      routes['/silent'] = () => undefined;
      const controller = new AbortController();
      const reason = new Error('shutting down');
      setTimeout(() => controller.abort(reason), 50);
      await expect(fetcher().fetch(url('/silent'), {}, controller.signal)).rejects.toBe(reason);
    });
  });

  describe('body cap', () => {
    it('fails fast on a declared Content-Length over the cap', async () => {
      routes['/huge'] = (_req, res) => {
        res.writeHead(200, { 'content-length': String(2 * 1024 * 1024) });
        trickle(res, 'x', 50);
      };
      const started = Date.now();
      const error = await failure(() => fetcher({ maxBytes: 1024 * 1024 }).fetch(url('/huge')), FetchErrorCode.TooLarge);
      expect(Date.now() - started).toBeLessThan(1000);
      expect(error.message).toContain(`The response from 127.0.0.1:${server.port} is larger than 1 MB`);
    });

    it('stops a chunked body once it passes the cap', async () => {
      routes['/stream'] = (_req, res) => {
        res.writeHead(200);
        trickle(res, 'x'.repeat(16 * 1024), 1);
      };
      await failure(() => fetcher({ maxBytes: 256 * 1024 }).fetch(url('/stream')), FetchErrorCode.TooLarge);
    });

    it('stops a gzip bomb at the default 10 MB cap after decompression', async () => {
      const bomb = zlib.gzipSync(Buffer.alloc(40 * 1024 * 1024));
      routes['/bomb'] = (_req, res) => res.writeHead(200, { 'content-encoding': 'gzip', 'content-length': bomb.length }).end(bomb);
      const error = await failure(() => fetcher().fetch(url('/bomb')), FetchErrorCode.TooLarge);
      expect(bomb.length).toBeLessThan(100 * 1024);
      expect(error.message).toContain('larger than 10 MB');
    });

    it('accepts a body exactly at the cap', async () => {
      routes['/exact'] = (_req, res) => res.end(Buffer.alloc(1000, 'a'));
      const outcome = await fetcher({ maxBytes: 1000 }).fetch(url('/exact'));
      expect(outcome.kind === 'fetched' && outcome.body.length).toBe(1000);
    });
  });

  describe('HTTP errors', () => {
    const inAMinute = () => new Date(Date.now() + 60_000).toUTCString();
    it.each([
      [429, 'in seconds', FetchErrorCode.RateLimited, () => '120', 120],
      [503, 'as an HTTP date', FetchErrorCode.RateLimited, inAMinute, 60],
      [429, 'absent', FetchErrorCode.RateLimited, () => undefined, undefined],
      [503, 'absent', FetchErrorCode.HttpError, () => undefined, undefined],
    ])('maps %i with Retry-After %s to %s', async (status, _label, code, retryAfterHeader, retryAfter) => {
      const value = retryAfterHeader();
      routes['/limited'] = (_req, res) => res.writeHead(status, value === undefined ? {} : { 'retry-after': value }).end('slow down');
      const error = await failure(() => fetcher().fetch(url('/limited')), code);
      expect(error.status).toBe(status);
      if (retryAfter === undefined) expect(error.retryAfterSeconds).toBeUndefined();
      else expect(error.retryAfterSeconds).toBeGreaterThanOrEqual(retryAfter - 2);
      if (retryAfter !== undefined) expect(error.retryAfterSeconds).toBeLessThanOrEqual(retryAfter);
    });

    it.each([
      [404, 'The feed URL returns 404: check the address'],
      [401, "The feed needs sign-in or is private: use the calendar's secret/public iCal address"],
      [403, "The feed needs sign-in or is private: use the calendar's secret/public iCal address"],
      [500, 'had a server error (HTTP 500): try again later'],
    ])('explains %i', async (status, phrase) => {
      routes['/feed'] = (_req, res) => res.writeHead(status).end('<html>error page</html>');
      const error = await failure(() => fetcher().fetch(url('/feed')), FetchErrorCode.HttpError);
      expect(error.status).toBe(status);
      expect(error.message).toContain(phrase);
      expect(error.message).toContain(`127.0.0.1:${server.port}`);
    });
  });

  describe('network failures', () => {
    it('reports a refused connection', async () => {
      const closed = await startServer(() => undefined);
      await closed.close();
      const error = await failure(() => fetcher().fetch(`${closed.origin}/cal.ics`), FetchErrorCode.ConnectFailure);
      expect(error.message).toBe(`Could not connect to 127.0.0.1:${closed.port}: check the address (and its port), or try again later if the site is down.`);
      expect(error.cause).toBeDefined();
    });

    it('reports a connection dropped mid-body', async () => {
      routes['/cut'] = (_req, res) => {
        res.writeHead(200, { 'content-length': '1000' });
        res.write('BEGIN:VCALENDAR');
        setTimeout(() => res.socket?.destroy(), 20);
      };
      const error = await failure(() => fetcher().fetch(url('/cut')), FetchErrorCode.Network);
      expect(error.message).toContain(`127.0.0.1:${server.port}`);
    });
  });

  describe('one request at a time per host', () => {
    let active = 0;
    let peak = 0;

    beforeEach(() => {
      active = 0;
      peak = 0;
      routes['/slow'] = (_req, res) => {
        active++;
        peak = Math.max(peak, active);
        setTimeout(() => {
          active--;
          res.end(ICS);
        }, 200);
      };
    });

    it('does not overlap two fetches to one host', async () => {
      const f = fetcher();
      await Promise.all([f.fetch(url('/slow')), f.fetch(url('/slow')), f.fetch(url('/slow'))]);
      expect(peak).toBe(1);
    });

    it('overlaps fetches to different hosts', async () => {
      const f = fetcher();
      await Promise.all([f.fetch(`http://a.test:${server.port}/slow`), f.fetch(`http://b.test:${server.port}/slow`)]);
      expect(peak).toBe(2);
    });

    it('keeps the queue moving after a failure', async () => {
      routes['/missing'] = (_req, res) => res.writeHead(404).end();
      const f = fetcher();
      const [missing, ok] = await Promise.allSettled([f.fetch(url('/missing')), f.fetch(url('/slow'))]);
      expect(missing.status).toBe('rejected');
      expect(ok.status).toBe('fulfilled');
    });
  });

  describe('options', () => {
    it.each([
      [{ maxBytes: 0 }, 'maxBytes'],
      [{ totalTimeoutMs: -1 }, 'totalTimeoutMs'],
      [{ connectTimeoutMs: 1.5 }, 'connectTimeoutMs'],
      [{ maxRedirects: -1 }, 'maxRedirects'],
      [{ userAgent: 'a\r\nb' }, 'userAgent'],
      [{ allowHosts: ['http://x'] }, 'FETCH_ALLOW_HOSTS'],
    ])('refuses %p', (options, name) => {
      expect(() => new SafeFetcher(options)).toThrow(name);
    });

    it('fills defaults for options left undefined', () => {
      expect(() => new SafeFetcher({ maxBytes: undefined, userAgent: undefined })).not.toThrow();
    });
  });
});
