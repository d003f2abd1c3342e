import { startTestApp, TestApp } from './utils/test-app';

describe('operational limits and health', () => {
  let t: TestApp;
  let token: string;
  beforeAll(async () => {
    t = await startTestApp('limits');
    token = (await t.signUp()).token;
  });
  afterAll(() => t.close());

  it('refuses queries nested deeper than the limit', async () => {
    const deep = '{ contacts { edges { node { company { contacts { company { contacts { company { contacts { company { name } } } } } } } } } } }';
    const result = await t.gql(deep, {}, token);
    expect(result.errors?.[0].message).toMatch(/depth/i);
    expect(result.data ?? null).toBeNull();
  });

  it('refuses queries whose estimated cost is too high, saying how to fix it', async () => {
    const wide = `{ ${Array.from({ length: 12 }, (_, i) => `c${i}: companies(first: 100) { edges { node { contacts { interactions { kind } } } } }`).join(' ')} }`;
    const result = await t.gql(wide, {}, token);
    expect(result.errors?.[0].extensions.code).toBe('QUERY_TOO_COMPLEX');
    expect(result.errors?.[0].message).toMatch(/smaller pages/);
  });

  it('still answers introspection, which is deep by nature', async () => {
    const result = await t.gql('{ __schema { types { name fields { type { ofType { ofType { ofType { name } } } } } } } }', {}, token);
    expect(result.errors).toBeUndefined();
  });

  it('reports database reachability on GET /health without a token', async () => {
    const response = await fetch(`${t.baseUrl}/health`);
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({ status: 'ok', details: { database: { status: 'up' } } });
  });

  it('serves the web front end at /', async () => {
    const response = await fetch(`${t.baseUrl}/`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/text\/html/);
    expect(await response.text()).toMatch(/<title>topofmind<\/title>[\s\S]*plan\(from: \$from/);
  });

  it('hides internal details of unexpected failures', async () => {
    const response = await fetch(`${t.baseUrl}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify({ query: '{ me { id } }', operationName: 42 }),
    });
    expect(response.status).toBe(400);
    expect(await response.text()).not.toMatch(/at \w+ \(|node_modules/);
  });
});
