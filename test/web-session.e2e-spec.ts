import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { startTestApp, TEST_PASSWORD, TestApp } from './utils/test-app';

/**
 * The web app's sign-in: an httpOnly session cookie issued by login/register
 * with `session: true`, accepted only with the CSRF header; bearer tokens
 * keep working for other clients. And the page itself: every client route
 * answers the app, hashed assets are cached for a year.
 */
describe('web session cookie', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp('web-session');
  });
  afterAll(() => t.close());

  const post = (body: unknown, headers: Record<string, string> = {}) =>
    fetch(`${t.baseUrl}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify(body) });
  const sessionOf = (response: Response) => response.headers.getSetCookie().find((c) => c.startsWith('topofmind_session='));
  const cookieValue = (setCookie: string) => setCookie.split(';')[0];
  const me = (cookie: string, csrf = true) => post({ query: '{ me { email } }' }, { cookie, ...(csrf && { 'x-topofmind-csrf': '1' }) });

  async function signUpWithCookie(): Promise<{ cookie: string; email: string; setCookie: string; token: unknown }> {
    const email = `web-${Date.now()}-${Math.random()}@example.com`;
    const response = await post({
      query: 'mutation($input: RegisterInput!) { register(input: $input) { token user { email } } }',
      variables: { input: { email, password: TEST_PASSWORD, session: true } },
    });
    const body = (await response.json()) as { data: { register: { token: unknown } } };
    const setCookie = sessionOf(response)!;
    return { cookie: cookieValue(setCookie), email, setCookie, token: body.data.register.token };
  }

  it('issues an httpOnly, SameSite=Lax cookie on register and login with session: true, and no token in the answer', async () => {
    const { setCookie, token, email } = await signUpWithCookie();
    expect(token).toBeNull();
    expect(setCookie).toMatch(/; HttpOnly/i);
    expect(setCookie).toMatch(/; SameSite=Lax/i);
    expect(setCookie).toMatch(/; Path=\//i);
    expect(setCookie).not.toMatch(/; Secure/i); // PUBLIC_BASE_URL is http here
    const login = await post({
      query: 'mutation($input: LoginInput!) { login(input: $input) { token } }',
      variables: { input: { email, password: TEST_PASSWORD, session: true } },
    });
    expect(((await login.json()) as { data: { login: { token: unknown } } }).data.login.token).toBeNull();
    expect(sessionOf(login)).toMatch(/HttpOnly/i);
  });

  it('signs requests by the cookie only with the CSRF header', async () => {
    const { cookie, email } = await signUpWithCookie();
    expect(await (await me(cookie)).json()).toEqual({ data: { me: { email } } });
    const forged = (await (await me(cookie, false)).json()) as { errors: { message: string; extensions: { code: string } }[] };
    expect(forged.errors[0].extensions.code).toBe('UNAUTHENTICATED');
    expect(forged.errors[0].message).toMatch(/x-topofmind-csrf/);
  });

  it('refuses a cross-site form post carrying the cookie', async () => {
    const { cookie } = await signUpWithCookie();
    const response = await fetch(`${t.baseUrl}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded', cookie },
      body: 'query=mutation%20%7B%20signOutEverywhere%20%7D',
    });
    expect(response.status).toBeGreaterThanOrEqual(400);
    expect((await me(cookie)).status).toBe(200);
    expect(((await (await me(cookie)).json()) as { data: unknown }).data).not.toBeNull();
  });

  it('keeps bearer tokens working, without a cookie', async () => {
    const email = `bearer-${Date.now()}@example.com`;
    const response = await post({
      query: 'mutation($input: RegisterInput!) { register(input: $input) { token } }',
      variables: { input: { email, password: TEST_PASSWORD } },
    });
    expect(response.headers.getSetCookie()).toEqual([]);
    const { token } = ((await response.json()) as { data: { register: { token: string } } }).data.register;
    expect(token).toMatch(/^tom_/);
    expect((await t.gql<{ me: { email: string } }>('{ me { email } }', {}, token)).data?.me.email).toBe(email);
  });

  it('signs out: logout clears the cookie and revokes its session', async () => {
    const { cookie } = await signUpWithCookie();
    const response = await post({ query: 'mutation { logout }' }, { cookie, 'x-topofmind-csrf': '1' });
    expect(await response.json()).toEqual({ data: { logout: true } });
    expect(sessionOf(response)).toMatch(/topofmind_session=;.*Expires=Thu, 01 Jan 1970/i);
    const after = (await (await me(cookie)).json()) as { errors: { extensions: { code: string } }[] };
    expect(after.errors[0].extensions.code).toBe('UNAUTHENTICATED');
  });

  it('re-issues the cookie when the password changes (every other session ends)', async () => {
    const { cookie } = await signUpWithCookie();
    const response = await post(
      {
        query: 'mutation($input: ChangePasswordInput!) { changePassword(input: $input) { token } }',
        variables: { input: { currentPassword: TEST_PASSWORD, newPassword: 'another horse battery staple' } },
      },
      { cookie, 'x-topofmind-csrf': '1' },
    );
    expect(((await response.json()) as { data: { changePassword: { token: unknown } } }).data.changePassword.token).toBeNull();
    const fresh = cookieValue(sessionOf(response)!);
    expect(fresh).not.toBe(cookie);
    expect(((await (await me(cookie)).json()) as { errors: unknown[] }).errors).toHaveLength(1);
    expect(((await (await me(fresh)).json()) as { data: { me: { email: string } } }).data.me.email).toMatch(/^web-/);
  });
});

describe('web app serving', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp('web-serving');
  });
  afterAll(() => t.close());
  const html = { accept: 'text/html,application/xhtml+xml' };

  it.each(['/', '/plan', '/events/abc', '/follow-ups', '/people/1', '/settings'])('answers the app at %s (client-side routes)', async (path) => {
    const response = await fetch(`${t.baseUrl}${path}`, { headers: html });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/text\/html/);
    expect(response.headers.get('cache-control')).toBe('no-cache');
    expect(await response.text()).toMatch(/<div id="root"><\/div>/);
  });

  it('serves hashed assets with a year-long immutable cache, and 404s anything else under /assets', async () => {
    const [file] = readdirSync(join(__dirname, '..', 'dist', 'web', 'assets')).filter((f) => f.endsWith('.js'));
    const response = await fetch(`${t.baseUrl}/assets/${file}`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/javascript/);
    expect(response.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    expect((await fetch(`${t.baseUrl}/assets/nope.js`)).status).toBe(404);
    expect((await fetch(`${t.baseUrl}/assets/..%2F..%2Fpackage.json`)).status).toBe(404);
  });

  it('keeps the API routes: an unknown path is a 404, /health answers, GET /graphql reaches GraphQL', async () => {
    expect((await fetch(`${t.baseUrl}/nope`, { headers: html })).status).toBe(404);
    expect((await fetch(`${t.baseUrl}/health`, { headers: html })).headers.get('content-type')).toMatch(/json/);
    const get = await fetch(`${t.baseUrl}/graphql?query=${encodeURIComponent('{ __typename }')}`, { headers: { 'apollo-require-preflight': '1' } });
    expect(await get.json()).toEqual({ data: { __typename: 'Query' } });
  });
});
