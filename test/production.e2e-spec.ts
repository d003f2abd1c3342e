import { DemoSeeder } from '@app/demo';
import { postGraphql } from './utils/graphql-http';
import { startTestApp, TestApp } from './utils/test-app';

/** NODE_ENV=production: the schema is not explained to strangers, and no public demo password is served. */
describe('production mode', () => {
  let t: TestApp;
  let token: string;
  beforeAll(async () => {
    t = await startTestApp('production', { NODE_ENV: 'production' });
    token = (await t.signUp()).token;
  });
  afterAll(() => t.close());

  it('refuses introspection', async () => {
    for (const query of ['{ __schema { types { name } } }', '{ __type(name: "Query") { fields { name } } }']) {
      const { status, result } = await postGraphql(t.baseUrl, { query }, token);
      expect(status).toBe(400);
      expect(result.data ?? null).toBeNull();
      expect(result.errors?.[0].message).toMatch(/introspection/i);
    }
    expect((await t.gql('{ __typename }', {}, token)).data).toEqual({ __typename: 'Query' });
  });

  it('gives no "Did you mean" hints, in validation or in variable errors', async () => {
    const unknownField = await t.gql('{ contactz { id } }', {}, token);
    expect(unknownField.errors?.[0].message).toBe('Cannot query field "contactz" on type "Query".');
    const badEnum = await t.gql('mutation($i: CreateContactInput!) { createContact(input: $i) { id } }', { i: { name: 'A', role: 'HIRING_MANAGERR' } }, token);
    expect(badEnum.errors?.[0].extensions.code).toBe('BAD_USER_INPUT');
    expect(JSON.stringify(badEnum.errors)).not.toMatch(/Did you mean|HIRING_MANAGER"/);
  });

  it('turns both back on with GRAPHQL_INTROSPECTION=true', async () => {
    const open = await startTestApp('production-introspection', { NODE_ENV: 'production', GRAPHQL_INTROSPECTION: 'true' }, t.db);
    try {
      expect((await open.gql('{ __schema { queryType { name } } }', {}, token)).data).toEqual({ __schema: { queryType: { name: 'Query' } } });
      expect((await open.gql('{ contactz { id } }', {}, token)).errors?.[0].message).toMatch(/Did you mean "contact"/);
    } finally {
      await open.close();
    }
  });

  it('serves a blank sign-in form unless the demo workspace was seeded, then pre-fills it', async () => {
    const page = async () => (await fetch(`${t.baseUrl}/sign-in`, { headers: { accept: 'text/html' } })).text();
    const blank = await page();
    expect(blank).not.toMatch(/demo@topofmind\.local|\{\{/);
    expect(blank).toContain('<meta name="topofmind-demo-email" content="" />');
    expect(blank).toContain('<meta name="topofmind-demo-password" content="" />');

    const demo = await t.app.get(DemoSeeder).seedOnce();
    const filled = await page();
    expect(filled).toContain(`<meta name="topofmind-demo-email" content="${demo.email}" />`);
    expect(filled).toContain(`<meta name="topofmind-demo-password" content="${demo.password}" />`);
  });
});
