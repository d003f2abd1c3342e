import { Client } from 'pg';
import { PasswordHasher } from '@app/accounts';
import { startTestApp, TestApp } from './utils/test-app';

const REGISTER = 'mutation($e: String!, $p: String!) { register(input: {email: $e, password: $p}) { token } }';
const LOGIN = 'mutation($e: String!, $p: String!) { login(input: {email: $e, password: $p}) { token } }';

describe('password policy', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp('password_policy');
  });
  afterAll(() => t.close());

  const register = (email: string, password: string) => t.gql<{ register: { token: string } }>(REGISTER, { e: email, p: password });

  it.each([
    ['a common password', 'password1234', /too easy to guess\. .*common/i],
    ['a keyboard walk', 'qwertyuiop123', /too easy to guess/],
    ['a whitespace-only password', '            ', /only spaces/],
  ])('refuses %s on input.password with advice', async (_label, password, message) => {
    const result = await register(`weak-${Date.now()}@example.com`, password);
    expect(result.errors?.[0].extensions.code).toBe('BAD_USER_INPUT');
    expect(result.errors?.[0].extensions.fields).toEqual([{ field: 'input.password', message: expect.stringMatching(message) }]);
  });

  it('refuses the email address as the password', async () => {
    const email = `margaret.hamilton${Date.now()}@apollo.example`;
    const result = await register(email, email);
    expect(result.errors?.[0].extensions.fields?.[0].field).toBe('input.password');
  });

  it('accepts a passphrase', async () => {
    expect((await register(`strong-${Date.now()}@example.com`, 'kettle orbit marmalade')).errors).toBeUndefined();
  });

  it('still signs in an account whose password predates the policy', async () => {
    const { email, userId } = await t.signUp();
    const client = new Client({ connectionString: t.db.url });
    await client.connect();
    try {
      await client.query('UPDATE users SET password_hash = $1 WHERE id = $2', [await t.app.get(PasswordHasher).hash('password1234'), userId]);
    } finally {
      await client.end();
    }
    expect((await t.gql<{ login: { token: string } }>(LOGIN, { e: email, p: 'password1234' })).data?.login.token).toMatch(/^tom_/);
  });
});
