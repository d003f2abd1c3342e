import { postGraphql } from './utils/graphql-http';
import { startTestApp, TestApp } from './utils/test-app';

const deepLiteral = (depth: number) => `${'{a: '.repeat(depth)}1${'}'.repeat(depth)}`;
// Built as text: JSON.stringify itself overflows the stack on a value this deep.
const deepJson = (depth: number) => `${'{"a":'.repeat(depth)}1${'}'.repeat(depth)}`;

/**
 * Hostile input answers a typed 4xx error naming what to fix, never
 * INTERNAL_SERVER_ERROR, and stores nothing.
 */
describe('GraphQL input that used to crash', () => {
  let t: TestApp;
  let token: string;
  beforeAll(async () => {
    t = await startTestApp('graphql-hardening');
    token = (await t.signUp()).token;
  });
  afterAll(() => t.close());

  it('answers a subscription with BAD_REQUEST: there are none', async () => {
    const { status, result } = await postGraphql(t.baseUrl, { query: 'subscription { me { id } }' }, token);
    expect(status).toBe(400);
    expect(result.errors?.[0].extensions.code).toBe('BAD_REQUEST');
    expect(result.errors?.[0].message).toMatch(/Subscriptions are not supported/);
  });

  it('names input.recipe for a JSON literal nested 15,000 deep', async () => {
    const query = `mutation { createSource(input: {url: "https://example.com/events", recipe: ${deepLiteral(15_000)}}) { id } }`;
    const { status, result } = await postGraphql(t.baseUrl, { query }, token);
    expect(status).toBe(400);
    expect(result.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ field: 'input.recipe' }] });
  });

  it('names input.recipe for a JSON literal just past the nesting bound', async () => {
    const query = `mutation { createSource(input: {url: "https://example.com/events", recipe: ${deepLiteral(40)}}) { id } }`;
    const { status, result } = await postGraphql(t.baseUrl, { query }, token);
    expect(status).toBe(400);
    expect(result.errors?.[0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: [{ field: 'input.recipe', message: expect.stringMatching(/32 levels/) }],
    });
  });

  it('names input.recipe for a JSON variable nested 15,000 deep', async () => {
    const body = `{"query": "mutation($input: CreateSourceInput!) { createSource(input: $input) { id } }",
      "variables": {"input": {"url": "https://example.com/events", "recipe": ${deepJson(15_000)}}}}`;
    const { status, result } = await postGraphql(t.baseUrl, body, token);
    expect(status).toBe(400);
    expect(result.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ field: 'input.recipe' }] });
  });

  it.each([
    ['a literal', 'input.name', { query: 'mutation { createCompany(input: {name: "Acme\\u0000"}) { id } }' }],
    ['a variable', 'i.name', { query: 'mutation($i: CreateCompanyInput!) { createCompany(input: $i) { id } }', variables: { i: { name: 'Acme\u0000' } } }],
    [
      'a list item',
      'i.aliases',
      { query: 'mutation($i: CreateCompanyInput!) { createCompany(input: $i) { id } }', variables: { i: { name: 'Acme', aliases: ['\u0000'] } } },
    ],
    ['a query argument', 'filter.search', { query: '{ events(filter: {search: "pay\\u0000ments"}) { edges { cursor } } }' }],
    ['a JSON value', 'input.recipe', { query: 'mutation { createSource(input: {url: "https://example.com/e", recipe: {title: "\\u0000"}}) { id } }' }],
    [
      'a JSON key',
      'input.recipe',
      {
        query: 'mutation($input: CreateSourceInput!) { createSource(input: $input) { id } }',
        variables: { input: { url: 'https://example.com/e', recipe: { 'ti\u0000tle': 'h1' } } },
      },
    ],
  ])('refuses a NUL character in %s, naming %s', async (_where, field, body) => {
    const { status, result } = await postGraphql(t.baseUrl, body, token);
    expect(status).toBe(400);
    expect(result.errors).toHaveLength(1);
    expect(result.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ field, message: expect.stringMatching(/NUL/) }] });
  });

  it('maps an error thrown in a nested field resolver like a top-level one (interactions(limit) naming limit)', async () => {
    await t.gql('mutation { createContact(input: {name: "Priya"}) { id } }', {}, token);
    const { status, result } = await postGraphql(t.baseUrl, { query: '{ contacts { edges { node { name interactions(limit: 100000000) { id } } } } }' }, token);
    expect(status).toBeLessThan(500);
    expect(result.errors?.[0].path).toEqual(['contacts', 'edges', 0, 'node', 'interactions']);
    expect(result.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ field: 'limit' }] });
  });

  it('treats events(filter: null) as no filter (found by the fuzz test)', async () => {
    const result = await t.gql('{ events(filter: null) { edges { cursor } } }', {}, token);
    expect(result.errors).toBeUndefined();
  });

  it('stored nothing for the refused inputs', async () => {
    const result = await t.gql<{ companies: { edges: unknown[] }; sources: unknown[] }>('{ companies { edges { cursor } } sources { id } }', {}, token);
    expect(result.data).toEqual({ companies: { edges: [] }, sources: [] });
  });
});
