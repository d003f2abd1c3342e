import { startTestApp, TestApp } from './utils/test-app';

describe('accounts and authentication', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp('auth');
  });
  afterAll(() => t.close());

  it('refuses a request without a token with UNAUTHENTICATED', async () => {
    const result = await t.gql('{ me { id } }');
    expect(result.errors?.[0].extensions.code).toBe('UNAUTHENTICATED');
    expect(result.data).toBeNull();
  });

  it('registers, reads me, logs in again and logs out', async () => {
    const { token, email } = await t.signUp('Ada.Lovelace@Example.com');
    const me = await t.gql<{ me: { email: string; timeZone: string } }>('{ me { email timeZone } }', {}, token);
    expect(me.data?.me).toEqual({ email: 'ada.lovelace@example.com', timeZone: 'Europe/Berlin' });

    const login = await t.gql<{ login: { token: string } }>(
      'mutation { login(input: {email: "ADA.LOVELACE@example.com", password: "correct horse battery"}) { token } }',
    );
    const second = login.data!.login.token;
    expect(second).not.toEqual(token);

    expect((await t.gql('mutation { logout }', {}, token)).data).toEqual({ logout: true });
    expect((await t.gql('{ me { id } }', {}, token)).errors?.[0].extensions.code).toBe('UNAUTHENTICATED');
    expect((await t.gql('{ me { email } }', {}, second)).data).toEqual({ me: { email: email.toLowerCase() } });
  });
});
