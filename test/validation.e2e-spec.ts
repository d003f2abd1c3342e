import { startTestApp, TestApp } from './utils/test-app';

/** Bad input is a BAD_USER_INPUT error naming the field, never a 500, and changes nothing. */
describe('input validation', () => {
  let t: TestApp;
  let token: string;
  beforeAll(async () => {
    t = await startTestApp('validation');
    token = (await t.signUp()).token;
  });
  afterAll(() => t.close());

  const long = (n: number) => 'x'.repeat(n);

  it.each([
    ['bad email on register', 'input.email', 'mutation { register(input: {email: "not-an-email", password: "long enough pw"}) { token } }', false],
    ['short password', 'input.password', 'mutation { register(input: {email: "a@b.co", password: "short"}) { token } }', false],
    [
      'bad time zone on register',
      'input.timeZone',
      'mutation { register(input: {email: "tz@b.co", password: "long enough pw", timeZone: "Mars/Base"}) { token } }',
      false,
    ],
    ['bad time zone on profile', 'input.timeZone', 'mutation { updateProfile(input: {timeZone: "GMT+25"}) { id } }', true],
    ['unknown enum literal', 'input.role', 'mutation { createContact(input: {name: "A", role: CEO}) { id } }', true],
    ['unknown status literal', 'input.status', 'mutation { createCompany(input: {name: "A", status: HIRED}) { id } }', true],
    ['oversized name', 'input.name', `mutation { createCompany(input: {name: "${long(201)}"}) { id } }`, true],
    ['oversized notes', 'input.notes', `mutation { createContact(input: {name: "A", notes: "${long(20_001)}"}) { id } }`, true],
    ['oversized alias item', 'input.aliases', `mutation { createCompany(input: {name: "A", aliases: ["${long(201)}"]}) { id } }`, true],
    [
      'too many aliases',
      'input.aliases',
      `mutation { createCompany(input: {name: "A", aliases: [${Array.from({ length: 51 }, (_, i) => `"a${i}"`).join(',')}]}) { id } }`,
      true,
    ],
    ['bad domain', 'input.domains', 'mutation { createCompany(input: {name: "A", domains: ["not a domain"]}) { id } }', true],
    ['bad contact email', 'input.email', 'mutation { createContact(input: {name: "A", email: "nope"}) { id } }', true],
    ['javascript: LinkedIn URL', 'input.linkedinUrl', 'mutation { createContact(input: {name: "A", linkedinUrl: "javascript:alert(1)"}) { id } }', true],
    ['empty name', 'input.name', 'mutation { createCompany(input: {name: ""}) { id } }', true],
    [
      'date-time without offset',
      'input.occurredAt',
      'mutation { logInteraction(input: {contactId: "x", kind: EMAIL, occurredAt: "2026-01-01T10:00:00"}) { id } }',
      true,
    ],
    ['impossible date', 'input.occurredOn', 'mutation { createProjectUpdate(input: {title: "A", occurredOn: "2026-02-30"}) { id } }', true],
    ['page size over the maximum', 'first', '{ companies(first: 101) { edges { cursor } } }', true],
    ['page size zero', 'first', '{ companies(first: 0) { edges { cursor } } }', true],
    ['foreign cursor', 'after', '{ companies(first: 5, after: "garbage") { edges { cursor } } }', true],
  ])('%s -> BAD_USER_INPUT naming %s', async (_name, field, query, authenticated) => {
    const result = await t.gql(query, {}, authenticated ? token : undefined);
    expect(result.errors).toHaveLength(1);
    const error = result.errors![0];
    expect(error.extensions.code).toBe('BAD_USER_INPUT');
    expect(error.extensions.fields?.map((f) => f.field)).toContain(field);
  });

  it('reports a wrong variable value as BAD_USER_INPUT with its path', async () => {
    const result = await t.gql('mutation($i: CreateContactInput!) { createContact(input: $i) { id } }', { i: { name: 'A', role: 'CEO' } }, token);
    expect(result.errors?.[0].extensions.code).toBe('BAD_USER_INPUT');
    expect(result.errors?.[0].extensions.fields?.[0].field).toBe('i.role');
  });

  it('refuses a duplicate company name, case-insensitively, naming the field', async () => {
    expect((await t.gql('mutation { createCompany(input: {name: "Notion Labs"}) { id } }', {}, token)).errors).toBeUndefined();
    const again = await t.gql('mutation { createCompany(input: {name: "notion labs"}) { id } }', {}, token);
    expect(again.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ field: 'input.name' }] });
  });

  it('refuses an email registered already', async () => {
    await t.signUp('taken@example.com');
    const again = await t.gql('mutation { register(input: {email: "TAKEN@example.com", password: "long enough pw"}) { token } }');
    expect(again.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ field: 'input.email' }] });
  });

  it('stored nothing for the refused inputs', async () => {
    const result = await t.gql<{ companies: { edges: { node: { name: string } }[] }; contacts: { edges: unknown[] } }>(
      '{ companies { edges { node { name } } } contacts { edges { cursor } } }',
      {},
      token,
    );
    expect(result.data?.companies.edges.map((e) => e.node.name)).toEqual(['Notion Labs']);
    expect(result.data?.contacts.edges).toEqual([]);
  });

  it('never answers bad input with a 500', async () => {
    const response = await fetch(`${t.baseUrl}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify({ query: '{ companies(first: "ten") { edges { cursor } } }' }),
    });
    expect(response.status).toBeLessThan(500);
    const malformed = await fetch(`${t.baseUrl}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{"query": "{ me { id }',
    });
    expect(malformed.status).toBe(400);
  });
});
