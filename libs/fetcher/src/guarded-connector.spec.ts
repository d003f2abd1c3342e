import { LookupAddress } from 'node:dns';
import { Socket } from 'node:net';
import { FetchError, FetchErrorCode } from './fetch-error';
import { LookupFn, remoteAddressRefusal, vettingLookup } from './guarded-connector';

type LookupResult = { error: unknown; address: string | LookupAddress[]; family?: number };

function callLookup(lookup: ReturnType<typeof vettingLookup>, options: { all?: boolean; family?: number }): Promise<LookupResult> {
  return new Promise((resolve) => lookup('cal.example.org', options, (error, address, family) => resolve({ error, address, family })));
}

const resolvesTo =
  (...addresses: string[]): LookupFn =>
  async () =>
    addresses.map((address) => ({ address, family: address.includes(':') ? 6 : 4 }));

describe('vettingLookup', () => {
  it('hands net.connect the vetted public addresses, in the shape it asked for', async () => {
    const lookup = vettingLookup(resolvesTo('93.184.215.14', '2606:2800:21f:cb07:6820:80da:af6b:8b2c'), true);
    expect(await callLookup(lookup, { all: true })).toMatchObject({
      error: null,
      address: [
        { address: '93.184.215.14', family: 4 },
        { address: '2606:2800:21f:cb07:6820:80da:af6b:8b2c', family: 6 },
      ],
    });
    expect(await callLookup(lookup, {})).toMatchObject({ error: null, address: '93.184.215.14', family: 4 });
    expect(await callLookup(lookup, { family: 6 })).toMatchObject({ address: '2606:2800:21f:cb07:6820:80da:af6b:8b2c', family: 6 });
  });

  it.each([['127.0.0.2'], ['10.0.0.1'], ['169.254.169.254'], ['::1'], ['::ffff:127.0.0.1'], ['fd00::1']])(
    'refuses a name that resolves to %s',
    async (address) => {
      const { error } = await callLookup(vettingLookup(resolvesTo(address), true), { all: true });
      expect(error).toBeInstanceOf(FetchError);
      expect((error as FetchError).code).toBe(FetchErrorCode.BlockedAddress);
      expect((error as FetchError).message).toContain('cal.example.org resolves to a private');
      expect((error as FetchError).message).not.toContain(address);
    },
  );

  it('refuses a name when any of its addresses is blocked', async () => {
    const { error } = await callLookup(vettingLookup(resolvesTo('93.184.215.14', '10.0.0.1'), true), { all: true });
    expect((error as FetchError).code).toBe(FetchErrorCode.BlockedAddress);
  });

  it('lets blocked addresses through for allow-listed hosts', async () => {
    expect(await callLookup(vettingLookup(resolvesTo('10.0.0.1'), false), {})).toMatchObject({ error: null, address: '10.0.0.1' });
  });

  it.each([
    ['rejects', (): Promise<LookupAddress[]> => Promise.reject(Object.assign(new Error('getaddrinfo ENOTFOUND'), { code: 'ENOTFOUND' }))],
    [
      'throws',
      (): Promise<LookupAddress[]> => {
        throw new Error('boom');
      },
    ],
    ['finds nothing', async (): Promise<LookupAddress[]> => []],
  ])('reports a DNS failure when the resolver %s', async (_how, resolver) => {
    const { error } = await callLookup(vettingLookup(resolver, true), { all: true });
    expect((error as FetchError).code).toBe(FetchErrorCode.DnsFailure);
    expect((error as FetchError).message).toContain('cal.example.org could not be found');
  });
});

describe('remoteAddressRefusal', () => {
  it.each(['127.0.0.1', '::ffff:10.0.0.1', '169.254.169.254', undefined])('destroys a socket connected to %p', (remoteAddress) => {
    const socket = { remoteAddress, destroy: jest.fn() };
    expect(remoteAddressRefusal(socket as unknown as Socket, 'cal.example.org')?.code).toBe(FetchErrorCode.BlockedAddress);
    expect(socket.destroy).toHaveBeenCalled();
  });

  it('keeps a socket connected to a public address', () => {
    const socket = { remoteAddress: '93.184.215.14', destroy: jest.fn() };
    expect(remoteAddressRefusal(socket as unknown as Socket, 'cal.example.org')).toBeNull();
    expect(socket.destroy).not.toHaveBeenCalled();
  });
});
