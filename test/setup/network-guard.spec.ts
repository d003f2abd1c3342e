import dns from 'node:dns';
import http from 'node:http';
import https from 'node:https';
import net from 'node:net';
import tls from 'node:tls';
import { promisify } from 'node:util';
import { permits, setNetworkPolicy, takeRefusedAttempts } from './network-guard';

// This file runs in the unit tier, whose setupFiles (no-network.ts) refuse every connection.
const REFUSED = /Network access in a unit test: .* was refused/;

describe('the unit tier network guard', () => {
  afterEach(() => {
    // The afterEach of network-guard.after-env.ts would fail these tests for the refusals they provoke on purpose.
    takeRefusedAttempts();
  });

  it.each([
    ['net.connect to a public address', () => net.connect(443, '93.184.215.14')],
    ['net.createConnection with options', () => net.createConnection({ host: 'example.com', port: 80 })],
    ['a connection to loopback', () => new net.Socket().connect({ host: '127.0.0.1', port: 5432 })],
    ['a Unix socket', () => net.connect('/tmp/.s.PGSQL.5432')],
    ['tls.connect', () => tls.connect({ host: 'example.com', port: 443 })],
    ['http.get', () => http.get('http://example.com/')],
    ['https.request', () => https.request({ hostname: 'example.com', path: '/' })],
    ['dns.lookup', () => dns.lookup('example.com', () => undefined)],
    ['dns.resolve4', () => dns.resolve4('example.com', () => undefined)],
  ])('throws at %s, naming the target', (_what, attempt) => {
    expect(attempt).toThrow(REFUSED);
    expect(takeRefusedAttempts()).toHaveLength(1);
  });

  it('refuses promise-style lookups and fetch before anything is sent', async () => {
    await expect(async () => dns.promises.lookup('example.com')).rejects.toThrow(/dns\.lookup to example\.com was refused/);
    await expect(async () => promisify(dns.lookup)('example.com')).rejects.toThrow(REFUSED);
    await expect(async () => fetch('https://example.com/feed.ics')).rejects.toThrow(/fetch to example\.com was refused/);
    expect(takeRefusedAttempts()).toEqual(['dns.lookup to example.com', 'dns.lookup to example.com', 'fetch to example.com']);
  });

  it('records a refusal the code under test swallowed, for the afterEach check to fail the test', () => {
    const quiet = () => {
      try {
        net.connect(80, '10.0.0.1');
      } catch {
        // a caller that hides the failure
      }
    };
    quiet();
    expect(takeRefusedAttempts()).toEqual(['a connection to 10.0.0.1:80']);
  });

  describe('under the integration and e2e policy (loopback only)', () => {
    beforeEach(() => setNetworkPolicy('loopback', ['db.internal']));
    afterEach(() => setNetworkPolicy('none'));

    it('lets a connection to a loopback server through and refuses one beyond the machine', async () => {
      const server = net.createServer((socket) => socket.end());
      await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
      const { port } = server.address() as net.AddressInfo;
      try {
        const socket = net.connect(port, '127.0.0.1');
        await new Promise((resolve, reject) => socket.once('connect', resolve).once('error', reject));
        socket.destroy();
      } finally {
        await new Promise((resolve) => server.close(resolve));
      }
      expect(() => net.connect(443, '93.184.215.14')).toThrow(/beyond this machine in a test: a connection to 93\.184\.215\.14:443 was refused/);
      expect(takeRefusedAttempts()).toEqual(['a connection to 93.184.215.14:443']);
    });
    it("judges a name resolved by the caller's own lookup by the addresses it answers", async () => {
      const server = net.createServer((socket) => socket.end());
      await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
      const { port } = server.address() as net.AddressInfo;
      type Answer = string | { address: string; family: number }[];
      const resolvingTo = (address: string) => (_host: string, options: { all?: boolean }, callback: (e: null, a: Answer, f?: number) => void) =>
        options.all ? callback(null, [{ address, family: 4 }]) : callback(null, address, 4);
      const outcome = (socket: net.Socket) =>
        new Promise<string>((resolve) => socket.once('connect', () => resolve('connected')).once('error', (e) => resolve(e.message)));
      try {
        const local = net.connect({ host: 'calendar.internal', port, lookup: resolvingTo('127.0.0.1') });
        expect(await outcome(local)).toBe('connected');
        local.destroy();
        const remote = net.connect({ host: 'calendar.internal', port, lookup: resolvingTo('10.0.0.1') });
        expect(await outcome(remote)).toMatch(/a connection to calendar\.internal, which resolves to 10\.0\.0\.1 was refused/);
      } finally {
        await new Promise((resolve) => server.close(resolve));
      }
      expect(takeRefusedAttempts()).toEqual(['a connection to calendar.internal, which resolves to 10.0.0.1']);
    });
  });

  it('allows loopback, Unix sockets and the database server only under the loopback policy', () => {
    const db = new Set(['db.internal']);
    for (const host of ['127.0.0.1', '127.8.0.1', 'localhost', 'LOCALHOST', 'app.localhost', '::1', '[::1]', '::ffff:127.0.0.1', 'db.internal']) {
      expect([host, permits('loopback', db, { host })]).toEqual([host, true]);
      expect([host, permits('none', db, { host })]).toEqual([host, false]);
    }
    for (const host of ['10.0.0.1', '169.254.169.254', 'example.com', 'localhost.example.com', '::ffff:10.0.0.1', '2130706433']) {
      expect([host, permits('loopback', db, { host })]).toEqual([host, false]);
    }
    expect(permits('loopback', db, { path: '/tmp/.s.PGSQL.5432' })).toBe(true);
    expect(permits('none', db, { path: '/tmp/.s.PGSQL.5432' })).toBe(false);
    expect(permits('any', db, { host: 'example.com' })).toBe(true);
  });
});
