import { DUMMY_PASSWORD_HASH, hashPassword, verifyPassword } from './password';
import { bearerToken } from './bearer-token';

describe('password hashing', () => {
  it('verifies the right password and refuses a wrong one', async () => {
    const hash = await hashPassword('correct horse battery');
    expect(hash).toMatch(/^scrypt\$32768\$8\$1\$/);
    await expect(verifyPassword('correct horse battery', hash)).resolves.toBe(true);
    await expect(verifyPassword('correct horse batterY', hash)).resolves.toBe(false);
  });

  it('salts every hash', async () => {
    expect(await hashPassword('same password')).not.toEqual(await hashPassword('same password'));
  });

  it('treats Unicode-equivalent spellings as the same password', async () => {
    const hash = await hashPassword('caf\u00e9 au lait!');
    await expect(verifyPassword('cafe\u0301 au lait!', hash)).resolves.toBe(true);
  });

  it('never verifies against the dummy hash or a malformed one', async () => {
    await expect(verifyPassword('anything at all', DUMMY_PASSWORD_HASH)).resolves.toBe(false);
    await expect(verifyPassword('anything at all', 'md5$abc')).resolves.toBe(false);
  });
});

describe('bearerToken', () => {
  it.each([
    ['Bearer tom_abc', 'tom_abc'],
    ['bearer   tom_abc  ', 'tom_abc'],
    ['Basic dXNlcjpwYXNz', null],
    ['Bearer', null],
    ['Bearer a b', null],
    [undefined, null],
  ])('%p -> %p', (header, expected) => {
    expect(bearerToken(header)).toBe(expected);
  });
});
