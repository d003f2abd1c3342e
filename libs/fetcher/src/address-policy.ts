import { isIPv6 } from 'node:net';
import ipaddr from 'ipaddr.js';

type IPv4 = ipaddr.IPv4;
type IPv6 = ipaddr.IPv6;

/**
 * IPv6 addresses that carry an IPv4 address which a relay or translator may
 * connect to on our behalf; the embedded IPv4 must pass the policy too.
 */
function embeddedIPv4(address: IPv6): IPv4[] {
  const b = address.toByteArray();
  const v4 = (offset: number) => new ipaddr.IPv4(b.slice(offset, offset + 4));
  switch (address.range()) {
    case 'rfc6052': // NAT64 well-known prefix 64:ff9b::/96 (RFC 6052): the last 32 bits
      return [v4(12)];
    case '6to4': // RFC 3056: 2002:AABB:CCDD::/48
      return [v4(2)];
    case 'teredo': {
      // RFC 4380: server IPv4 in bits 32-63, client IPv4 XOR-obfuscated in bits 96-127.
      const client = b.slice(12, 16).map((octet) => octet ^ 0xff);
      return [v4(4), new ipaddr.IPv4(client)];
    }
    default:
      return [];
  }
}

/** Only global unicast IPv6 (2000::/3, RFC 4291 §2.4) is ever fetched. */
function isGlobalUnicastV6(address: IPv6): boolean {
  return (address.parts[0] & 0xe000) === 0x2000;
}

/** Ranges ipaddr.js classifies but which are still fine to reach. */
const REACHABLE_V6_RANGES = new Set(['unicast', '6to4', 'teredo']);

function isBlockedV4(address: IPv4): boolean {
  // ipaddr.js names every special-purpose block (loopback, private, linkLocal,
  // carrierGradeNat, unspecified 0/8, multicast, broadcast, reserved: 240/4,
  // TEST-NET-1/2/3, benchmarking 198.18/15, 192.0.0/24, 6to4 relay anycast, AS112, AMT);
  // everything that is not plain unicast is refused.
  return address.range() !== 'unicast';
}

function isBlockedV6(address: IPv6): boolean {
  const range = address.range();
  if (range === 'rfc6052') {
    // 64:ff9b:1::/48 is local-use (RFC 8215): a translator inside a private network by design.
    if (address.parts[2] !== 0) return true;
    return embeddedIPv4(address).some(isBlockedV4);
  }
  // ::/8 (IPv4-compatible ::a.b.c.d, ::, ::1, rfc6145), fc00::/7, fe80::/10,
  // fec0::/10, ff00::/8, 100::/64 and the rest lie outside 2000::/3; ipaddr.js
  // calls IPv4-compatible addresses "unicast", so this check is written by hand.
  if (!isGlobalUnicastV6(address)) return true;
  // Inside 2000::/3: documentation (2001:db8::/32, 3fff::/20), benchmarking,
  // ORCHID, AMT, AS112, segment routing, IETF protocol assignments.
  if (!REACHABLE_V6_RANGES.has(range)) return true;
  return embeddedIPv4(address).some(isBlockedV4);
}

/**
 * ipaddr.js 2.5 reads a dotted tail as IPv4-mapped (`::8.8.8.8` becomes
 * `::ffff:808:808`), which would let an IPv4-compatible address pass as its
 * IPv4. WHATWG URL's parser (the one that canonicalised the fetched URL)
 * gets it right, so IPv6 text goes through it first.
 */
function canonicalIPv6(text: string): string {
  if (!isIPv6(text)) return text;
  return new URL(`http://[${text}]/`).hostname.slice(1, -1);
}

/**
 * True when an address must never be connected to: anything that is not a
 * public unicast address. Anything that does not parse is blocked too
 * (fail closed). Pure; `ipaddr.process` first turns IPv4-mapped IPv6
 * (`::ffff:127.0.0.1`) into the IPv4 it stands for.
 */
export function isBlockedAddress(ip: string): boolean {
  // A zone id (`fe80::1%eth0`) only ever comes with link-local addresses, but
  // strip it so the rest is judged on its own.
  const bare = canonicalIPv6(ip.trim().replace(/%.*$/, ''));
  if (!ipaddr.isValid(bare)) return true;
  const address = ipaddr.process(bare);
  return address instanceof ipaddr.IPv4 ? isBlockedV4(address) : isBlockedV6(address);
}
