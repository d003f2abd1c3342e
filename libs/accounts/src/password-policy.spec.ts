import { emailWords, passwordWeakness } from './password-policy';

describe('password policy', () => {
  it.each(['password1234', 'Password123!', 'P@$$w0rd!', 'l3tm31n!!', 'qwertyuiop12', '123456789012', 'aaaaaaaaaaaa', 'iloveyou2024', 'letmein!letmein!'])(
    'refuses the common or patterned %p, saying why',
    async (password) => {
      const weakness = await passwordWeakness(password);
      expect(weakness).toMatch(/^is too easy to guess\. \S/);
    },
  );

  it.each(['        ', ' \t \n      ', '\u00a0\u2003\u00a0\u2003\u00a0\u2003\u00a0\u2003'])('refuses the whitespace-only %p', async (password) => {
    await expect(passwordWeakness(password)).resolves.toBe('must not be only spaces');
  });

  it.each(['correct horse battery', 'topofmind-demo', 'kettle orbit marmalade', 'Tr0ub4dor&3 later'])('accepts %p', async (password) => {
    await expect(passwordWeakness(password)).resolves.toBeNull();
  });

  it('judges the first 64 characters only, so a long password costs little', async () => {
    await expect(passwordWeakness(`${'password'.repeat(8)}${'x9!Lq#2vZ'.repeat(10)}`)).resolves.toMatch(/too easy/);
    await expect(passwordWeakness(`kettle orbit marmalade ${'a'.repeat(150)}`)).resolves.toBeNull();
  });

  it("refuses the account's own email as its password", async () => {
    const email = 'grace.hopper@navy.example';
    await expect(passwordWeakness('grace.hopper@navy.example')).resolves.toBeNull();
    await expect(passwordWeakness('grace.hopper@navy.example', emailWords(email))).resolves.toMatch(/too easy/);
    expect(emailWords(email)).toEqual(['grace.hopper@navy.example', 'grace.hopper', 'grace', 'hopper']);
    // The demo account's password: the domain is not the person's.
    await expect(passwordWeakness('topofmind-demo', emailWords('demo@topofmind.local'))).resolves.toBeNull();
  });
});
