import { createHash } from 'node:crypto';
import { digestMessageId, testDigestMessageId } from './message-id';

const USER = '5f0c8a8e-1b7e-4d0a-9c41-2f6a3d9b7e10';
const APP = 'https://app.topofmind.example';

describe('digest Message-IDs', () => {
  it('is <digest.{32 hex of sha256(user:period)}@{host}>', () => {
    const hex = createHash('sha256').update(`${USER}:WEEKLY:2026-12-07`).digest('hex').slice(0, 32);
    expect(digestMessageId(USER, 'WEEKLY:2026-12-07', APP)).toBe(`<digest.${hex}@app.topofmind.example>`);
  });

  it('is the same for the same user and period (a resend after a crash), and differs otherwise', () => {
    const id = digestMessageId(USER, 'WEEKLY:2026-12-07', APP);
    expect(digestMessageId(USER, 'WEEKLY:2026-12-07', `${APP}/`)).toBe(id);
    expect(digestMessageId(USER, 'WEEKLY:2026-12-14', APP)).not.toBe(id);
    expect(digestMessageId(USER, 'DAILY:2026-12-07', APP)).not.toBe(id);
    expect(digestMessageId('another-user', 'WEEKLY:2026-12-07', APP)).not.toBe(id);
  });

  it('takes the host without port or path, lower-case, and falls back to localhost', () => {
    expect(digestMessageId(USER, 'DAILY:2026-12-07', 'http://LOCALHOST:3000/app')).toMatch(/^<digest\.[0-9a-f]{32}@localhost>$/);
    expect(digestMessageId(USER, 'DAILY:2026-12-07', 'https://Topofmind.Example:8443')).toMatch(/@topofmind\.example>$/);
    expect(digestMessageId(USER, 'DAILY:2026-12-07', 'http://[::1]:3000')).toMatch(/@\[::1\]>$/);
    expect(digestMessageId(USER, 'DAILY:2026-12-07', 'https://bücher.example')).toMatch(/@xn--bcher-kva\.example>$/);
    for (const broken of ['', 'not a url', 'mailto:x@y', 'file:///etc/passwd']) {
      expect(digestMessageId(USER, 'DAILY:2026-12-07', broken)).toMatch(/^<digest\.[0-9a-f]{32}@localhost>$/);
    }
  });

  it('gives test sends ids of their own, one per sending time', () => {
    const a = testDigestMessageId(USER, new Date('2026-12-09T10:00:00.000Z'), APP);
    const b = testDigestMessageId(USER, new Date('2026-12-09T10:00:00.001Z'), APP);
    expect(a).toMatch(/^<digest-test\.[0-9a-f]{32}@app\.topofmind\.example>$/);
    expect(a).not.toBe(b);
    expect(testDigestMessageId(USER, new Date('2026-12-09T10:00:00.000Z'), APP)).toBe(a);
    expect(a).not.toBe(digestMessageId(USER, 'WEEKLY:2026-12-07', APP));
  });
});
