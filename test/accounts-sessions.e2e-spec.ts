import { startTestApp, TEST_PASSWORD, TestApp } from './utils/test-app';

const LOGIN = 'mutation($e: String!, $p: String!) { login(input: {email: $e, password: $p}) { token } }';
const CHANGE = 'mutation($c: String!, $n: String!) { changePassword(input: {currentPassword: $c, newPassword: $n}) { token user { email } } }';
const NEW_PASSWORD = 'lantern quarry pebble';

describe('changing the password and signing out everywhere', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp('sessions', { AUTH_MAX_FAILURES_PER_ACCOUNT: '2' });
  });
  afterAll(() => t.close());

  const login = async (email: string, password: string) => (await t.gql<{ login: { token: string } }>(LOGIN, { e: email, p: password })).data?.login.token;
  const signedIn = async (token: string) => (await t.gql<{ me: { id: string } }>('{ me { id } }', {}, token)).data?.me.id !== undefined;

  it('changes the password, revokes every other session and returns the only token left', async () => {
    const { token, email } = await t.signUp();
    const other = (await login(email, TEST_PASSWORD))!;

    const changed = await t.gql<{ changePassword: { token: string; user: { email: string } } }>(CHANGE, { c: TEST_PASSWORD, n: NEW_PASSWORD }, token);
    expect(changed.errors).toBeUndefined();
    const fresh = changed.data!.changePassword.token;
    expect(changed.data!.changePassword.user.email).toBe(email);

    expect(await signedIn(token)).toBe(false);
    expect(await signedIn(other)).toBe(false);
    expect(await signedIn(fresh)).toBe(true);
    expect(await login(email, TEST_PASSWORD)).toBeUndefined();
    expect(await login(email, NEW_PASSWORD)).toMatch(/^tom_/);
  });

  it('refuses a wrong current password or a weak new one, changing nothing', async () => {
    const { token, email } = await t.signUp();
    const wrong = await t.gql(CHANGE, { c: 'not my password', n: NEW_PASSWORD }, token);
    expect(wrong.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ field: 'input.currentPassword' }] });
    const weak = await t.gql(CHANGE, { c: TEST_PASSWORD, n: 'password1234' }, token);
    expect(weak.errors?.[0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: [{ field: 'input.newPassword', message: expect.stringMatching(/too easy/) }],
    });
    const blank = await t.gql(CHANGE, { c: TEST_PASSWORD, n: '          ' }, token);
    expect(blank.errors?.[0].extensions.fields).toEqual([{ field: 'input.newPassword', message: 'must not be only spaces' }]);

    expect(await signedIn(token)).toBe(true);
    expect(await login(email, TEST_PASSWORD)).toMatch(/^tom_/);
  });

  it('throttles guesses of the current password like sign-ins', async () => {
    const { token, email } = await t.signUp();
    for (let i = 0; i < 2; i++) expect((await t.gql(CHANGE, { c: `guess ${i}`, n: NEW_PASSWORD }, token)).errors?.[0].extensions.code).toBe('BAD_USER_INPUT');
    const locked = await t.gql(CHANGE, { c: TEST_PASSWORD, n: NEW_PASSWORD }, token);
    expect(locked.errors?.[0].extensions).toMatchObject({ code: 'TOO_MANY_REQUESTS', retryAfterSeconds: expect.any(Number) });
    // The same account lock as login's.
    expect((await t.gql(LOGIN, { e: email, p: TEST_PASSWORD })).errors?.[0].extensions.code).toBe('TOO_MANY_REQUESTS');
  });

  it('signs out every session of the viewer and nobody else', async () => {
    const { token, email } = await t.signUp();
    const second = (await login(email, TEST_PASSWORD))!;
    const bystander = await t.signUp();

    expect((await t.gql('mutation { signOutEverywhere }', {}, second)).data).toEqual({ signOutEverywhere: true });
    expect(await signedIn(token)).toBe(false);
    expect(await signedIn(second)).toBe(false);
    expect(await signedIn(bystander.token)).toBe(true);
    expect(await login(email, TEST_PASSWORD)).toMatch(/^tom_/);
  });
});
