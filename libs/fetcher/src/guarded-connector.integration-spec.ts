import { AddressInfo, createServer, Server, Socket } from 'node:net';
import { buildConnector } from 'undici';
import { AllowList } from './allow-hosts';
import { FetchError, FetchErrorCode } from './fetch-error';
import { guardedConnector, LookupFn } from './guarded-connector';

// The connector opens real sockets to a server on 127.0.0.1: an integration test (the unit tier allows no connection).

const resolvesTo =
  (...addresses: string[]): LookupFn =>
  async () =>
    addresses.map((address) => ({ address, family: address.includes(':') ? 6 : 4 }));

describe('guardedConnector', () => {
  let server: Server;
  let port: number;
  const accepted: Socket[] = [];

  beforeAll(async () => {
    server = createServer((socket) => accepted.push(socket));
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    port = (server.address() as AddressInfo).port;
  });

  afterAll(async () => {
    accepted.forEach((socket) => socket.destroy());
    await new Promise((resolve) => server.close(resolve));
  });

  function connect(connector: buildConnector.connector, hostname: string): Promise<{ error: Error | null; socket: Socket | null }> {
    return new Promise((resolve) =>
      connector({ hostname, host: `${hostname}:${port}`, protocol: 'http:', port: String(port) }, (error, socket) => resolve({ error, socket })),
    );
  }

  it('refuses a blocked IP literal without opening a socket (net.connect skips lookup for literals)', async () => {
    const lookup = jest.fn(resolvesTo('127.0.0.1'));
    const connector = guardedConnector({ allowList: new AllowList([]), lookup, connectTimeoutMs: 1000 });
    const before = accepted.length;
    const { error, socket } = await connect(connector, '127.0.0.1');
    expect((error as FetchError).code).toBe(FetchErrorCode.BlockedAddress);
    expect(socket).toBeNull();
    expect(lookup).not.toHaveBeenCalled();
    expect(accepted.length).toBe(before);
  });

  it('resolves a name once, while connecting, and refuses it when the answer is blocked', async () => {
    const lookup = jest.fn(resolvesTo('127.0.0.1'));
    const connector = guardedConnector({ allowList: new AllowList([]), lookup, connectTimeoutMs: 1000 });
    const { error } = await connect(connector, 'rebind.example');
    expect((error as FetchError).code).toBe(FetchErrorCode.BlockedAddress);
    expect(lookup).toHaveBeenCalledTimes(1);
    expect(lookup).toHaveBeenCalledWith('rebind.example');
  });

  it('connects to allow-listed hosts, literal or by name', async () => {
    const lookup = jest.fn(resolvesTo('127.0.0.1'));
    const connector = guardedConnector({
      allowList: new AllowList(['127.0.0.1', 'calendar.internal']),
      lookup,
      connectTimeoutMs: 1000,
    });
    for (const hostname of ['127.0.0.1', 'calendar.internal']) {
      const { error, socket } = await connect(connector, hostname);
      expect(error).toBeNull();
      expect(socket?.remoteAddress).toBe('127.0.0.1');
      socket?.destroy();
    }
  });
});
