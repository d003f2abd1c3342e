import { DataSource } from 'typeorm';
import { countStatements } from './utils/statement-counter';
import { startTestApp, TestApp } from './utils/test-app';

describe('tracked companies, contacts, interviews, interactions and project updates', () => {
  let t: TestApp;
  let token: string;
  const gql = <T>(query: string, variables: Record<string, unknown> = {}) => t.gql<T>(query, variables, token);
  const must = async <T>(query: string, variables: Record<string, unknown> = {}): Promise<T> => {
    const result = await gql<T>(query, variables);
    if (result.errors) throw new Error(JSON.stringify(result.errors));
    return result.data as T;
  };

  beforeAll(async () => {
    t = await startTestApp('tracking');
    token = (await t.signUp()).token;
  });
  afterAll(() => t.close());

  it('creates, reads, updates and deletes a company, normalising its lists', async () => {
    const { createCompany } = await must<{ createCompany: { id: string; aliases: string[]; domains: string[]; status: string } }>(
      `mutation { createCompany(input: {name: " Notion Labs ", aliases: ["Notion", " notion ", ""], domains: ["https://www.Notion.so/product", "makenotion.com"]}) {
        id aliases domains status } }`,
    );
    expect(createCompany).toMatchObject({ aliases: ['Notion'], domains: ['notion.so', 'makenotion.com'], status: 'RESEARCHING' });

    const { updateCompany } = await must<{ updateCompany: { name: string; status: string; aliases: string[] } }>(
      'mutation($id: ID!) { updateCompany(id: $id, input: {status: INTERVIEWING, roleTitle: "Staff Engineer"}) { name status aliases } }',
      { id: createCompany.id },
    );
    expect(updateCompany).toEqual({ name: 'Notion Labs', status: 'INTERVIEWING', aliases: ['Notion'] });

    await must('mutation($id: ID!) { deleteCompany(id: $id) }', { id: createCompany.id });
    expect((await gql('query($id: ID!) { company(id: $id) { id } }', { id: createCompany.id })).errors?.[0].extensions.code).toBe('NOT_FOUND');
  });

  it('links contacts to companies, records interviews and logs interactions', async () => {
    const { createCompany: stripe } = await must<{ createCompany: { id: string } }>('mutation { createCompany(input: {name: "Stripe"}) { id } }');
    const { createContact: priya } = await must<{ createContact: { id: string } }>(
      'mutation($c: ID!) { createContact(input: {name: "Priya Raman", companyId: $c, role: HIRING_MANAGER, interests: ["ledgers"]}) { id } }',
      { c: stripe.id },
    );
    await must(
      'mutation($c: ID!, $p: ID!) { recordInterview(input: {companyId: $c, contactIds: [$p], occurredAt: "2026-11-10T14:00:00+01:00", topics: ["idempotency"], promises: ["send write-up"]}) { id } }',
      { c: stripe.id, p: priya.id },
    );
    for (const [kind, at] of [
      ['EMAIL', '2026-11-11T09:00:00Z'],
      ['LINKEDIN_CONNECT', '2026-11-12T09:00:00Z'],
    ]) {
      await must(
        'mutation($p: ID!, $k: InteractionKind!, $at: DateTime!) { logInteraction(input: {contactId: $p, kind: $k, occurredAt: $at, awaitingReply: true}) { id } }',
        {
          p: priya.id,
          k: kind,
          at,
        },
      );
    }
    const { contact } = await must<{ contact: unknown }>(
      `query($id: ID!) { contact(id: $id) { name role company { name } interactions { kind occurredAt awaitingReply }
         interviews { occurredAt topics promises company { name } contacts { name } } } }`,
      { id: priya.id },
    );
    expect(contact).toEqual({
      name: 'Priya Raman',
      role: 'HIRING_MANAGER',
      company: { name: 'Stripe' },
      interactions: [
        { kind: 'LINKEDIN_CONNECT', occurredAt: '2026-11-12T09:00:00.000Z', awaitingReply: true },
        { kind: 'EMAIL', occurredAt: '2026-11-11T09:00:00.000Z', awaitingReply: true },
      ],
      interviews: [
        {
          occurredAt: '2026-11-10T13:00:00.000Z',
          topics: ['idempotency'],
          promises: ['send write-up'],
          company: { name: 'Stripe' },
          contacts: [{ name: 'Priya Raman' }],
        },
      ],
    });

    const byRole = await must<{ contacts: { edges: { node: { name: string } }[] } }>(
      '{ contacts(filter: {role: HIRING_MANAGER}) { edges { node { name } } } }',
    );
    expect(byRole.contacts.edges.map((e) => e.node.name)).toEqual(['Priya Raman']);
    const byCompany = await must<{ contacts: { edges: unknown[] } }>('query($c: ID!) { contacts(filter: {companyId: $c}) { edges { cursor } } }', {
      c: stripe.id,
    });
    expect(byCompany.contacts.edges).toHaveLength(1);
    const byContact = await must<{ interactions: { edges: { node: { kind: string } }[] } }>(
      'query($p: ID!) { interactions(filter: {contactId: $p, kind: EMAIL}) { edges { node { kind } } } }',
      { p: priya.id },
    );
    expect(byContact.interactions.edges.map((e) => e.node.kind)).toEqual(['EMAIL']);

    await must('mutation($id: ID!) { deleteCompany(id: $id) }', { id: stripe.id });
    const orphan = await must<{ contact: { company: null; interviews: unknown[] } }>(
      'query($id: ID!) { contact(id: $id) { company { id } interviews { id } } }',
      {
        id: priya.id,
      },
    );
    expect(orphan.contact).toEqual({ company: null, interviews: [] });
  });

  it('pages through a list with stable cursors, in case-insensitive name order', async () => {
    const names = Array.from({ length: 23 }, (_, i) => `${i % 2 ? 'acme' : 'Acme'} ${String(i).padStart(2, '0')}`);
    for (const name of names) await must('mutation($n: String!) { createCompany(input: {name: $n}) { id } }', { n: name });
    const seen: string[] = [];
    let after: string | null = null;
    let pages = 0;
    do {
      const page: { companies: { edges: { node: { name: string } }[]; pageInfo: { hasNextPage: boolean; endCursor: string | null } } } = await must(
        'query($after: String, $s: String) { companies(first: 10, after: $after, filter: {search: $s}) { edges { node { name } } pageInfo { hasNextPage endCursor } } }',
        { after, s: 'acme' },
      );
      seen.push(...page.companies.edges.map((e) => e.node.name));
      after = page.companies.pageInfo.hasNextPage ? page.companies.pageInfo.endCursor : null;
      pages++;
    } while (after);
    expect(pages).toBe(3);
    expect(seen).toEqual([...names].sort((a, b) => a.toLowerCase().localeCompare(b.toLowerCase())));
  });

  it('resolves nested fields with a constant number of SQL statements (DataLoader, no N+1)', async () => {
    const counter = countStatements(t.app.get(DataSource));
    const query = `{ contacts(first: 100) { edges { node { name company { name contacts { name } } interactions { kind } interviews { contacts { name } } } } } }`;
    const run = async () => {
      counter.reset();
      await must(query);
      return counter.count;
    };
    const addPopulatedContact = async (i: number) => {
      const { createCompany } = await must<{ createCompany: { id: string } }>('mutation($n: String!) { createCompany(input: {name: $n}) { id } }', {
        n: `Loader Co ${i}`,
      });
      const { createContact } = await must<{ createContact: { id: string } }>(
        'mutation($c: ID!) { createContact(input: {name: "Person", companyId: $c}) { id } }',
        {
          c: createCompany.id,
        },
      );
      await must('mutation($p: ID!) { logInteraction(input: {contactId: $p, kind: COFFEE, occurredAt: "2026-11-01T10:00:00Z"}) { id } }', {
        p: createContact.id,
      });
      await must('mutation($c: ID!, $p: ID!) { recordInterview(input: {companyId: $c, contactIds: [$p], occurredAt: "2026-11-01T10:00:00Z"}) { id } }', {
        c: createCompany.id,
        p: createContact.id,
      });
    };
    await addPopulatedContact(0);
    const few = await run();
    for (let i = 1; i < 15; i++) await addPopulatedContact(i);
    const many = await run();
    expect(many).toBe(few);
  });

  it("creates project updates dated today in the user's zone unless told", async () => {
    const { createProjectUpdate } = await must<{ createProjectUpdate: { occurredOn: string; tags: string[] } }>(
      'mutation { createProjectUpdate(input: {title: "CRDT benchmark", tags: ["CRDTs", "crdts", "sync"]}) { occurredOn tags } }',
    );
    const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Berlin' }).format(new Date());
    expect(createProjectUpdate).toEqual({ occurredOn: today, tags: ['CRDTs', 'sync'] });
    const byTag = await must<{ projectUpdates: { edges: unknown[] } }>('{ projectUpdates(filter: {tag: "sync"}) { edges { cursor } } }');
    expect(byTag.projectUpdates.edges).toHaveLength(1);
  });
});
