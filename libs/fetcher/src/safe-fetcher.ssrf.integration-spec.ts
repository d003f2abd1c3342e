import { FetchError, FetchErrorCode } from './fetch-error';
import { LookupFn } from './guarded-connector';
import { caught, LocalServer, startServer } from './local-server.test-helper';
import { FetchOptions } from './fetch-options';
import { SafeFetcher } from './safe-fetcher';

/**
 * Server-side request forgery: a user-supplied feed URL must never make the
 * server talk to itself, its network or its cloud metadata endpoint. Every
 * refusal below happens before a packet leaves the machine: blocked IP
 * literals are refused before connecting and names through the injected
 * lookup, so the only thing ever contacted is the local test server.
 */
describe('SafeFetcher SSRF guard', () => {
  let server: LocalServer;
  let redirectTo = '';
  const fetchers: SafeFetcher[] = [];

  /** evil.test and friends resolve wherever a test says; nothing reaches real DNS. */
  const fakeDns: Record<string, string[]> = {};
  const lookup = jest.fn<ReturnType<LookupFn>, Parameters<LookupFn>>(async (hostname) => {
    const addresses = fakeDns[hostname];
    if (!addresses) throw Object.assign(new Error(`getaddrinfo ENOTFOUND ${hostname}`), { code: 'ENOTFOUND' });
    return addresses.map((address) => ({ address, family: address.includes(':') ? 6 : 4 }));
  });

  function fetcher(options: Partial<FetchOptions> = {}): SafeFetcher {
    const created = new SafeFetcher({ lookup, totalTimeoutMs: 5000, ...options });
    fetchers.push(created);
    return created;
  }

  async function refused(promise: () => Promise<unknown>, code = FetchErrorCode.BlockedAddress): Promise<FetchError> {
    const error = await caught(promise);
    expect(error).toBeInstanceOf(FetchError);
    expect((error as FetchError).code).toBe(code);
    return error as FetchError;
  }

  beforeAll(async () => {
    server = await startServer((req, res) => {
      if (req.url === '/redirect') {
        res.writeHead(302, { location: redirectTo }).end();
        return;
      }
      res.writeHead(200, { 'content-type': 'text/calendar' }).end('BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n');
    });
  });

  afterEach(async () => {
    await Promise.all(fetchers.splice(0).map((f) => f.close()));
    lookup.mockClear();
    for (const name of Object.keys(fakeDns)) delete fakeDns[name];
  });

  afterAll(() => server.close());

  describe('a feed on 127.0.0.1', () => {
    it('is refused without the allowlist, with a message saying what to do', async () => {
      const error = await refused(() => fetcher().fetch(`${server.origin}/cal.ics`));
      expect(error.message).toContain(`127.0.0.1:${server.port}`);
      expect(error.message).toContain('private, local or reserved network address');
      expect(error.message).toContain('FETCH_ALLOW_HOSTS');
      expect(server.requests).toHaveLength(0);
    });

    it('is fetched with the allowlist', async () => {
      const outcome = await fetcher({ allowHosts: ['127.0.0.1'] }).fetch(`${server.origin}/cal.ics`);
      expect(outcome).toMatchObject({ kind: 'fetched', status: 200, finalUrl: `${server.origin}/cal.ics` });
    });

    it('is refused when the allowlist names another port', async () => {
      await refused(() => fetcher({ allowHosts: [`127.0.0.1:${server.port + 1}`] }).fetch(`${server.origin}/cal.ics`));
      const outcome = await fetcher({ allowHosts: [`127.0.0.1:${server.port}`] }).fetch(`${server.origin}/cal.ics`);
      expect(outcome.kind).toBe('fetched');
    });
  });

  describe('numeric host spellings', () => {
    it.each([
      'http://2130706433:PORT/',
      'http://0177.0.0.1:PORT/',
      'http://0x7f.0.0.1:PORT/',
      'http://0x7f000001:PORT/',
      'http://127.1:PORT/',
      'http://127.0.0.1.:PORT/',
      'webcal://2130706433:PORT/',
      'http://[::ffff:127.0.0.1]:PORT/',
      'http://[::ffff:7f00:1]:PORT/',
      'http://[::1]:PORT/',
      'http://[::]:PORT/',
      'http://0:PORT/',
      'http://0.0.0.0:PORT/',
      'http://[::127.0.0.1]:PORT/',
      'http://[64:ff9b::7f00:1]:PORT/',
      'http://169.254.169.254/latest/meta-data/',
      'http://0xa9.0xfe.0xa9.0xfe/latest/meta-data/',
      'http://[fd00:ec2::254]/latest/meta-data/',
      'http://10.0.0.1/',
      'http://192.168.1.1/',
      'http://100.64.0.1/',
    ])('refuses %s', async (spelling) => {
      await refused(() => fetcher().fetch(spelling.replace('PORT', String(server.port))));
      expect(lookup).not.toHaveBeenCalled();
    });

    it('canonicalises before the allowlist too: 0x7f.1 and 2130706433 are 127.0.0.1', async () => {
      redirectTo = `http://2130706433:${server.port}/cal.ics`;
      const redirected = await fetcher({ allowHosts: ['127.0.0.1'] }).fetch(`${server.origin}/redirect`);
      expect(redirected).toMatchObject({ kind: 'fetched', finalUrl: `${server.origin}/cal.ics` });
      const outcome = await fetcher({ allowHosts: ['127.0.0.1'] }).fetch(`http://0x7f.1:${server.port}/cal.ics`);
      expect(outcome).toMatchObject({ kind: 'fetched', finalUrl: `${server.origin}/cal.ics` });
    });
  });

  describe('DNS names that resolve into blocked ranges', () => {
    it.each([['127.0.0.2'], ['10.0.0.1'], ['169.254.169.254'], ['100.64.1.1'], ['::1'], ['fe80::1'], ['::ffff:127.0.0.1'], ['2002:7f00:1::1']])(
      'refuses a name resolving to %s',
      async (address) => {
        fakeDns['evil.test'] = [address];
        const error = await refused(() => fetcher().fetch(`http://evil.test:${server.port}/cal.ics`));
        expect(error.message).toContain('evil.test');
        expect(error.message).not.toContain(address);
        expect(lookup).toHaveBeenCalledTimes(1);
      },
    );

    it('refuses a name with one blocked address among public ones', async () => {
      fakeDns['mixed.test'] = ['93.184.215.14', '127.0.0.1'];
      await refused(() => fetcher().fetch(`http://mixed.test:${server.port}/`));
    });

    it('refuses localhost', async () => {
      fakeDns.localhost = ['127.0.0.1', '::1'];
      await refused(() => fetcher().fetch(`http://localhost:${server.port}/`));
    });

    it('does not trust a name just because its address is allow-listed', async () => {
      fakeDns['rebind.test'] = ['127.0.0.1'];
      await refused(() => fetcher({ allowHosts: ['127.0.0.1'] }).fetch(`http://rebind.test:${server.port}/`));
    });

    it('fetches an allow-listed name even though it resolves to loopback (self-hosting)', async () => {
      fakeDns['calendar.internal'] = ['127.0.0.1'];
      const outcome = await fetcher({ allowHosts: ['calendar.internal'] }).fetch(`http://calendar.internal:${server.port}/cal.ics`);
      expect(outcome.kind).toBe('fetched');
    });

    it('reports an unknown name as a DNS failure', async () => {
      const error = await refused(() => fetcher().fetch('https://no-such-host.test/cal.ics'), FetchErrorCode.DnsFailure);
      expect(error.message).toContain('no-such-host.test could not be found');
    });
  });

  describe('redirects into blocked ranges', () => {
    it.each([
      ['cloud metadata', 'http://169.254.169.254/latest/meta-data/', () => undefined],
      ['IPv6 loopback', 'http://[::1]:PORT/', () => undefined],
      ['a private address', 'http://10.0.0.1/', () => undefined],
      ['another loopback address', 'http://127.0.0.2:PORT/', () => undefined],
      ['a decimal spelling of 127.0.0.2', 'http://2130706434:PORT/', () => undefined],
      ['IPv4-mapped IPv6 loopback', 'http://[::ffff:127.0.0.1]:PORT/', () => undefined],
      ['a name resolving to 127.0.0.2', 'http://evil.test:PORT/', () => void (fakeDns['evil.test'] = ['127.0.0.2'])],
    ])('refuses a redirect to %s', async (_name, target, prepareDns) => {
      prepareDns();
      redirectTo = target.replace('PORT', String(server.port));
      const before = server.requests.length;
      const error = await refused(() => fetcher({ allowHosts: ['127.0.0.1'] }).fetch(`${server.origin}/redirect`));
      // Only the allow-listed first hop reached a server.
      expect(server.requests.length - before).toBe(1);
      expect(error.message).toContain(new URL(redirectTo).hostname);
    });

    it.each(['file:///etc/passwd', 'ftp://127.0.0.1/', 'gopher://127.0.0.1:6379/_INFO', 'javascript:alert(1)', 'data:text/plain,hi'])(
      'refuses a redirect to the non-http(s) %s',
      async (target) => {
        redirectTo = target;
        const error = await refused(() => fetcher({ allowHosts: ['127.0.0.1'] }).fetch(`${server.origin}/redirect`), FetchErrorCode.BadUrl);
        expect(error.message).toContain(`127.0.0.1:${server.port} redirected to a ${new URL(target).protocol} address`);
      },
    );
  });
});
