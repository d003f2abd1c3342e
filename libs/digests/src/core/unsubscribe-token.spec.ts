import { createHmac } from 'node:crypto';
import { signUnsubscribeToken, verifyUnsubscribeToken } from './unsubscribe-token';

const SECRET = 'digest-secret-for-tests-0123456789';
const PRIYA = '5f0c8a8e-1b7e-4d0a-9c41-2f6a3d9b7e10';
const SAM = 'a3c1e2f4-0000-4000-8000-000000000001';

/** The same character set, another character: changes one position without leaving base64url. */
const flip = (c: string) => (c === 'A' ? 'B' : 'A');

describe('unsubscribe tokens', () => {
  it('round-trips a user id, in the documented format', () => {
    const token = signUnsubscribeToken(PRIYA, SECRET);
    expect(verifyUnsubscribeToken(token, SECRET)).toBe(PRIYA);
    const [id, sig] = token.split('.');
    expect(Buffer.from(id, 'base64url').toString()).toBe(PRIYA);
    const mac = createHmac('sha256', SECRET).update(`unsubscribe:v1:${PRIYA}`).digest('base64url');
    expect(sig).toBe(mac.slice(0, 32)); // 192 bits
    expect(token).toMatch(/^[A-Za-z0-9_-]+\.[A-Za-z0-9_-]{32}$/); // URL-safe as it is
  });

  it('round-trips ids that are not UUIDs, non-ASCII and dotted ones included', () => {
    for (const id of ['1', 'user.with.dots', 'Ünïcode-👩‍💻', 'x'.repeat(128)]) {
      expect(verifyUnsubscribeToken(signUnsubscribeToken(id, SECRET), SECRET)).toBe(id);
    }
  });

  it('is stable: the same user and secret give the same token', () => {
    expect(signUnsubscribeToken(PRIYA, SECRET)).toBe(signUnsubscribeToken(PRIYA, SECRET));
    expect(signUnsubscribeToken(PRIYA, SECRET)).not.toBe(signUnsubscribeToken(SAM, SECRET));
  });

  it('refuses another user id carrying this signature', () => {
    const [, sig] = signUnsubscribeToken(PRIYA, SECRET).split('.');
    expect(verifyUnsubscribeToken(`${Buffer.from(SAM).toString('base64url')}.${sig}`, SECRET)).toBeNull();
  });

  it('refuses a token with any one character changed', () => {
    const token = signUnsubscribeToken(PRIYA, SECRET);
    for (let i = 0; i < token.length; i++) {
      if (token[i] === '.') continue;
      const changed = token.slice(0, i) + flip(token[i]) + token.slice(i + 1);
      expect(verifyUnsubscribeToken(changed, SECRET)).toBeNull();
    }
  });

  it('refuses a token signed with another secret, and an empty secret', () => {
    const token = signUnsubscribeToken(PRIYA, SECRET);
    expect(verifyUnsubscribeToken(token, `${SECRET}x`)).toBeNull();
    expect(verifyUnsubscribeToken(token, '')).toBeNull();
    expect(() => signUnsubscribeToken(PRIYA, '')).toThrow(RangeError);
    expect(() => signUnsubscribeToken('', SECRET)).toThrow(RangeError);
  });

  it('refuses a non-canonical encoding of the id (stray bits that decode to the same text)', () => {
    const [id, sig] = signUnsubscribeToken('ab', SECRET).split('.'); // "YWI": the last character carries 2 unused bits
    expect(id).toBe('YWI');
    expect(Buffer.from('YWJ', 'base64url').toString()).toBe('ab');
    expect(verifyUnsubscribeToken(`YWJ.${sig}`, SECRET)).toBeNull();
    expect(verifyUnsubscribeToken(`YWI=.${sig}`, SECRET)).toBeNull(); // padding is not base64url
  });

  it('answers null, without throwing and fast, for garbage, empty and very long input', () => {
    const token = signUnsubscribeToken(PRIYA, SECRET);
    const [id, sig] = token.split('.');
    const garbage = [
      '',
      '.',
      '..',
      token + '.',
      `.${sig}`,
      `${id}.`,
      `${id}.${sig}A`,
      `${id}.${sig.slice(1)}`,
      `${id}..${sig}`,
      `${id} .${sig}`,
      `${id}.${sig}\n`,
      `${id}%2E${sig}`,
      `/_/.${sig}`,
      `${Buffer.from('\uFFFD').toString('base64url')}.${sig}`,
      `${Buffer.from([0xff, 0xfe]).toString('base64url')}.${sig}`, // not UTF-8
      'x'.repeat(10_240),
      `${'A'.repeat(10_240)}.${sig}`,
      `${id}.${'A'.repeat(10_240)}`,
      '.'.repeat(10_240),
      '\u0000'.repeat(10_240),
      '🙂'.repeat(5_000),
    ];
    const started = performance.now();
    for (const input of garbage) expect(verifyUnsubscribeToken(input, SECRET)).toBeNull();
    const notStrings: unknown[] = [null, undefined, 42, {}, ['a']];
    for (const input of notStrings) expect(verifyUnsubscribeToken(input as string, SECRET)).toBeNull();
    expect(performance.now() - started).toBeLessThan(200);
  });
});
