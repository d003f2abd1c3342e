import { isBlockedAddress } from './address-policy';

describe('isBlockedAddress', () => {
  describe('refuses every non-public IPv4 range', () => {
    it.each([
      ['0.0.0.0', 'this network 0/8'],
      ['0.1.2.3', 'this network 0/8'],
      ['10.0.0.1', 'private 10/8'],
      ['10.255.255.255', 'private 10/8, last address'],
      ['100.64.0.1', 'CGNAT 100.64/10'],
      ['100.127.255.254', 'CGNAT 100.64/10, end'],
      ['127.0.0.1', 'loopback'],
      ['127.0.0.2', 'loopback, not .1'],
      ['127.255.255.254', 'loopback, end of 127/8'],
      ['169.254.0.1', 'link-local'],
      ['169.254.169.254', 'cloud metadata'],
      ['172.16.0.1', 'private 172.16/12'],
      ['172.31.255.255', 'private 172.16/12, end'],
      ['192.0.0.8', 'IETF protocol assignments 192.0.0/24'],
      ['192.0.2.1', 'TEST-NET-1'],
      ['192.88.99.1', '6to4 relay anycast'],
      ['192.168.1.1', 'private 192.168/16'],
      ['198.18.0.1', 'benchmarking 198.18/15'],
      ['198.19.255.255', 'benchmarking 198.18/15, end'],
      ['198.51.100.7', 'TEST-NET-2'],
      ['203.0.113.9', 'TEST-NET-3'],
      ['224.0.0.1', 'multicast'],
      ['239.255.255.250', 'multicast (SSDP)'],
      ['240.0.0.1', 'reserved 240/4'],
      ['255.255.255.255', 'broadcast'],
    ])('%s (%s)', (ip) => {
      expect(isBlockedAddress(ip)).toBe(true);
    });
  });

  describe('refuses numeric IPv4 spellings of blocked addresses', () => {
    it.each(['2130706433', '0177.0.0.1', '0x7f.0.0.1', '0x7f000001', '127.1', '0', '0xa9fea9fe'])('%s', (ip) => {
      expect(isBlockedAddress(ip)).toBe(true);
    });
  });

  describe('refuses non-public IPv6 and IPv6 that embeds a blocked IPv4', () => {
    it.each([
      ['::', 'unspecified'],
      ['::1', 'loopback'],
      ['0:0:0:0:0:0:0:1', 'loopback, long form'],
      ['fe80::1', 'link-local'],
      ['fe80::1%eth0', 'link-local with zone id'],
      ['febf:ffff::1', 'link-local fe80::/10, end'],
      ['fec0::1', 'deprecated site-local'],
      ['fc00::1', 'unique-local'],
      ['fd12:3456:789a::1', 'unique-local fd00::/8'],
      ['ff02::1', 'multicast'],
      ['ff05::1:3', 'multicast'],
      ['100::1', 'discard-only 100::/64'],
      ['::ffff:127.0.0.1', 'IPv4-mapped loopback, dotted'],
      ['::ffff:7f00:1', 'IPv4-mapped loopback, hex'],
      ['::ffff:10.0.0.1', 'IPv4-mapped private'],
      ['::ffff:169.254.169.254', 'IPv4-mapped metadata'],
      ['::ffff:a9fe:a9fe', 'IPv4-mapped metadata, hex'],
      ['::127.0.0.1', 'IPv4-compatible loopback'],
      ['::7f00:1', 'IPv4-compatible loopback, hex'],
      ['::8.8.8.8', 'IPv4-compatible (deprecated, never routed) even when public'],
      ['::ffff:0:7f00:1', 'SIIT rfc6145'],
      ['64:ff9b::127.0.0.1', 'NAT64 of loopback'],
      ['64:ff9b::a9fe:a9fe', 'NAT64 of metadata'],
      ['64:ff9b::10.1.2.3', 'NAT64 of private'],
      ['64:ff9b:1::808:808', 'NAT64 local-use prefix'],
      ['2002:7f00:1::1', '6to4 of loopback'],
      ['2002:a00:1::1', '6to4 of 10.0.0.1'],
      ['2002:a9fe:a9fe::1', '6to4 of metadata'],
      ['2001:0:a00:1::1', 'Teredo with server 10.0.0.1'],
      ['2001:0:4136:e378:8000:63bf:80ff:fffe', 'Teredo with client 127.0.0.1 (obfuscated)'],
      ['2001:db8::1', 'documentation'],
      ['3fff::1', 'documentation 3fff::/20'],
      ['2001:2::1', 'benchmarking'],
      ['2001:10::1', 'ORCHID'],
      ['2001:20::1', 'ORCHIDv2'],
      ['5f00::1', 'segment routing'],
    ])('%s (%s)', (ip) => {
      expect(isBlockedAddress(ip)).toBe(true);
    });
  });

  describe('lets public addresses through', () => {
    it.each([
      '8.8.8.8',
      '1.1.1.1',
      '93.184.215.14',
      '11.0.0.1',
      '100.63.255.255',
      '100.128.0.1',
      '172.15.255.255',
      '172.32.0.1',
      '192.169.0.1',
      '198.17.255.255',
      '198.20.0.1',
      '223.255.255.254',
      '::ffff:8.8.8.8',
      '2606:4700:4700::1111',
      '2001:4860:4860::8888',
      '2a00:1450:4001:82b::200e',
      '64:ff9b::808:808',
      '2002:808:808::1',
      '2001:0:4136:e378:8000:63bf:f7f7:f7f7',
    ])('%s', (ip) => {
      expect(isBlockedAddress(ip)).toBe(false);
    });
  });

  it.each(['', 'localhost', 'example.com', '1.2.3.4.5', '256.1.1.1', '::g', '[::1]', '1.2.3.4/8'])(
    'fails closed on something that is not an address: %p',
    (input) => {
      expect(isBlockedAddress(input)).toBe(true);
    },
  );
});
