import { postGraphql } from './utils/graphql-http';
import { startTestApp, TestApp } from './utils/test-app';

const WINDOW = 'from: "2026-12-01T00:00:00Z", to: "2027-01-01T00:00:00Z"';
const aliased = (n: number, field: string) => `{ ${Array.from({ length: n }, (_, i) => `a${i}: ${field}`).join(' ')} }`;

describe('operational limits and health', () => {
  let t: TestApp;
  let token: string;
  beforeAll(async () => {
    t = await startTestApp('limits');
    token = (await t.signUp()).token;
  });
  afterAll(() => t.close());

  it('refuses queries nested deeper than the limit as QUERY_TOO_DEEP (HTTP 400)', async () => {
    const deep = '{ contacts { edges { node { company { contacts { company { contacts { company { contacts { company { name } } } } } } } } } } }';
    const { status, result } = await postGraphql(t.baseUrl, { query: deep }, token);
    expect(status).toBe(400);
    expect(result.errors?.[0].message).toMatch(/depth/i);
    expect(result.errors?.[0].extensions).toMatchObject({ code: 'QUERY_TOO_DEEP', maximumDepth: 10 });
    expect(result.data ?? null).toBeNull();
  });

  it('counts fields, not fragment spreads: the same 10 levels through fragments pass, 11 do not', async () => {
    const fragments = 'fragment C on Contact { company { contacts { company { contacts { name } } } } }';
    const ten = `{ contacts(first: 1) { edges { node { ...A } } } } fragment A on Contact { company { contacts { ...C } } } ${fragments}`;
    expect((await postGraphql(t.baseUrl, { query: ten }, token)).result.errors).toBeUndefined();
    const eleven = `{ contacts(first: 1) { edges { node { ...A } } } } fragment A on Contact { company { contacts { company { contacts { ...C } } } } } ${fragments}`;
    const { status, result } = await postGraphql(t.baseUrl, { query: eleven }, token);
    expect(status).toBe(400);
    expect(result.errors?.[0].extensions).toMatchObject({ code: 'QUERY_TOO_DEEP' });
  });

  it('refuses a thousand aliases of plan before running any (QUERY_TOO_COMPLEX, HTTP 400)', async () => {
    const { status, result } = await postGraphql(t.baseUrl, { query: aliased(1000, `plan(${WINDOW}) { __typename }`) }, token);
    expect(status).toBe(400);
    expect(result.errors).toHaveLength(1);
    expect(result.errors?.[0].extensions).toMatchObject({ code: 'QUERY_TOO_COMPLEX', maximumAliases: 30 });
    expect(result.errors?.[0].message).toMatch(/Aliases limit of 30 exceeded, found 1000/);
    expect(result.data ?? null).toBeNull();
  });

  it.each([
    ['plan', `plan(${WINDOW}) { __typename }`],
    ['nextTouches', 'nextTouches { __typename }'],
    ['blockedTouches', 'blockedTouches { __typename }'],
  ])('costs %s as a computed field: about twenty per request at most', async (_name, field) => {
    const { status, result } = await postGraphql(t.baseUrl, { query: aliased(21, field) }, token);
    expect(status).toBe(400);
    expect(result.errors?.[0].extensions.code).toBe('QUERY_TOO_COMPLEX');
    expect((await t.gql(aliased(3, field), {}, token)).errors).toBeUndefined();
  });

  it('does not let a negative page size cancel the cost of the rest of the request', async () => {
    const query = `{ c: companies(first: -1000000) { edges { cursor } } ${aliased(25, `plan(${WINDOW}) { __typename }`).slice(1, -1)} }`;
    const { status, result } = await postGraphql(t.baseUrl, { query }, token);
    expect(status).toBe(400);
    expect(result.errors?.[0].extensions.code).toBe('QUERY_TOO_COMPLEX');
  });

  it.each([
    ['5,000 aliased fields', aliased(5000, 'me { email }')],
    ['5,000 repeated fields', `{ ${'me { email } '.repeat(5000)}}`],
    ['10,000 fields through fragments', `{ me { ${'...F '.repeat(5000)}} } fragment F on User { email id }`],
  ])('answers %s with QUERY_TOO_COMPLEX and HTTP 400, not a 500', async (_name, query) => {
    const { status, result } = await postGraphql(t.baseUrl, { query }, token);
    expect(status).toBe(400);
    expect(result.errors?.[0].extensions.code).toBe('QUERY_TOO_COMPLEX');
    expect(result.errors?.[0].message).toMatch(/split .* into several requests/);
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

  it('answers liveness on GET /health and readiness (database reachability among it) on GET /ready, without a token', async () => {
    const live = await fetch(`${t.baseUrl}/health`);
    expect(live.status).toBe(200);
    expect(await live.json()).toMatchObject({ status: 'ok', details: { process: { status: 'up' } } });
    const ready = await fetch(`${t.baseUrl}/ready`);
    expect(ready.status).toBe(200);
    expect(await ready.json()).toMatchObject({ status: 'ok', details: { database: { status: 'up' } } });
  });

  it('serves the web front end at /', async () => {
    const response = await fetch(`${t.baseUrl}/`, { headers: { accept: 'text/html' } });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/text\/html/);
    expect(await response.text()).toMatch(/<title>topofmind<\/title>[\s\S]*<script type="module" crossorigin src="\/assets\/index-/);
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
