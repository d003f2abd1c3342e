import { Client } from 'pg';
import { FeedSubscriptions } from '@app/ingestion';
import { FeedServer, icsFeed, startFeedServer } from './utils/feed-server';
import { startTestApp, TEST_PASSWORD, TestApp } from './utils/test-app';

const SOON = new Date(Date.now() + 10 * 86_400_000).toISOString().replace(/[-:]/g, '').replace(/\.\d+/, '');

interface Person {
  token: string;
  userId: string;
  email: string;
}

describe('exporting my data and deleting my account', () => {
  let t: TestApp;
  let feeds: FeedServer;
  let db: Client;

  const must = async <T>(token: string, query: string, variables: Record<string, unknown> = {}): Promise<T> => {
    const result = await t.gql<T>(query, variables, token);
    if (result.errors) throw new Error(JSON.stringify(result.errors));
    return result.data as T;
  };

  /** Rows naming `userId` in every table with an owner_id or user_id column, found in the catalogue so no table is missed. */
  async function rowsOf(userId: string): Promise<Record<string, number>> {
    const { rows: columns } = await db.query<{ table_name: string; column_name: string }>(
      `SELECT table_name, column_name FROM information_schema.columns
        WHERE table_schema = 'public' AND column_name IN ('owner_id', 'user_id') ORDER BY table_name`,
    );
    const counts: Record<string, number> = {};
    for (const { table_name, column_name } of columns) {
      const { rows } = await db.query<{ n: number }>(
        `SELECT count(*)::int AS n FROM ${db.escapeIdentifier(table_name)} WHERE ${db.escapeIdentifier(column_name)} = $1`,
        [userId],
      );
      counts[table_name] = rows[0].n;
    }
    const { rows } = await db.query<{ n: number }>('SELECT count(*)::int AS n FROM users WHERE id = $1', [userId]);
    counts.users = rows[0].n;
    return counts;
  }

  const feedUrls = async () => (await db.query<{ url: string | null }>('SELECT url FROM feeds ORDER BY url NULLS FIRST')).rows.map((r) => r.url);

  /** A workspace touching every owned table: tracking, sources (shared, own, uploaded), attendance, rules, two sessions. */
  async function fillWorkspace(person: Person, label: string, contact: string): Promise<void> {
    const q = <T>(query: string, variables: Record<string, unknown> = {}) => must<T>(person.token, query, variables);
    const { createCompany } = await q<{ createCompany: { id: string } }>('mutation($i: CreateCompanyInput!) { createCompany(input: $i) { id } }', {
      i: { name: `${label} Payments GmbH` },
    });
    const { createContact } = await q<{ createContact: { id: string } }>('mutation($i: CreateContactInput!) { createContact(input: $i) { id } }', {
      i: { name: contact, companyId: createCompany.id, email: `priya@${label.toLowerCase()}.example` },
    });
    await q('mutation($i: RecordInterviewInput!) { recordInterview(input: $i) { id } }', {
      i: {
        companyId: createCompany.id,
        contactIds: [createContact.id],
        occurredAt: '2026-11-02T10:00:00Z',
        title: `${label} system design`,
        promises: ['send the write-up'],
      },
    });
    await q('mutation($i: LogInteractionInput!) { logInteraction(input: $i) { id } }', {
      i: { contactId: createContact.id, kind: 'EMAIL', occurredAt: '2026-11-03T09:00:00Z', notes: `${label} thank-you note` },
    });
    await q('mutation($i: CreateProjectUpdateInput!) { createProjectUpdate(input: $i) { id } }', {
      i: { title: `${label} shipped the ledger`, occurredOn: '2026-11-01' },
    });
    await q('mutation { updateProfile(input: {targetRoles: ["Staff Engineer"], interests: ["payments"]}) { id } }');
    await q('mutation { updateCadenceRules(input: {keepInTouch: {idealDays: 21}}) { keepInTouch { idealDays } } }');

    for (const [path, name] of [
      ['/shared.ics', 'Shared meetups'],
      [`/${label}.ics`, `${label} only`],
    ]) {
      const { createSource } = await q<{ createSource: { id: string } }>('mutation($i: CreateSourceInput!) { createSource(input: $i) { id } }', {
        i: { url: feeds.url(path), name },
      });
      await q('mutation($id: ID!) { refreshSource(id: $id) { status } }', { id: createSource.id });
    }
    await q('mutation($i: ImportCalendarInput!) { importCalendar(input: $i) { id } }', {
      i: { name: `${label} upload`, ics: icsFeed([[`upload-${label}`, `${label} private dinner`, SOON, 'Berlin']]) },
    });
    const { events } = await q<{ events: { edges: { node: { id: string } }[] } }>('{ events(first: 10) { edges { node { id } } } }');
    await q('mutation($id: ID!) { setAttendance(eventId: $id, status: GOING) { id } }', { id: events.edges[0].node.id });
    await t.gql('mutation($e: String!, $p: String!) { login(input: {email: $e, password: $p}) { token } }', { e: person.email, p: TEST_PASSWORD });
  }

  let alice: Person;
  let bob: Person;

  beforeAll(async () => {
    feeds = await startFeedServer();
    feeds.set('/shared.ics', { body: icsFeed([['shared-1', 'Payments night with Priya Raman and Lena Fischer', SOON, 'Berlin']]) });
    feeds.set('/Alice.ics', { body: icsFeed([['alice-1', 'Ledger design review', SOON, 'Berlin']]) });
    feeds.set('/Bob.ics', { body: icsFeed([['bob-1', 'Observability breakfast', SOON, 'Berlin']]) });
    t = await startTestApp('account_data', { FETCH_ALLOW_HOSTS: '127.0.0.1' });
    db = new Client({ connectionString: t.db.url });
    await db.connect();
    alice = await t.signUp();
    bob = await t.signUp();
    await fillWorkspace(alice, 'Alice', 'Priya Raman');
    await fillWorkspace(bob, 'Bob', 'Lena Fischer');
  });
  afterAll(async () => {
    await db.end();
    await t.close();
    await feeds.close();
  });

  it("exports everything the viewer owns as JSON, without secrets or anyone else's rows", async () => {
    const { exportMyData: data } = await must<{ exportMyData: Record<string, any> }>(alice.token, '{ exportMyData }');
    expect(data.format).toBe('topofmind-export/1');
    expect(data.profile).toEqual({
      id: alice.userId,
      email: alice.email,
      displayName: null,
      timeZone: 'Europe/Berlin',
      linkedinPremium: false,
      targetRoles: ['Staff Engineer'],
      interests: ['payments'],
      calendarFeedCreatedAt: null,
      createdAt: expect.any(String),
      updatedAt: expect.any(String),
    });
    expect(data.sessions).toHaveLength(2);
    expect(data.companies.map((c: any) => c.name)).toEqual(['Alice Payments GmbH']);
    expect(data.contacts).toEqual([expect.objectContaining({ name: 'Priya Raman', email: 'priya@alice.example', companyId: data.companies[0].id })]);
    expect(data.interviews).toEqual([
      expect.objectContaining({ title: 'Alice system design', promises: ['send the write-up'], contactIds: [data.contacts[0].id] }),
    ]);
    expect(data.interactions).toEqual([expect.objectContaining({ kind: 'EMAIL', notes: 'Alice thank-you note', contactId: data.contacts[0].id })]);
    expect(data.projectUpdates).toEqual([expect.objectContaining({ title: 'Alice shipped the ledger', occurredOn: '2026-11-01' })]);
    expect(data.sources.map((s: any) => [s.name, s.url, s.kind])).toEqual([
      ['Shared meetups', feeds.url('/shared.ics'), 'AUTO'],
      ['Alice only', feeds.url('/Alice.ics'), 'AUTO'],
      ['Alice upload', null, 'ICAL'],
    ]);
    expect(data.attendance).toEqual([expect.objectContaining({ status: 'GOING', event: expect.objectContaining({ title: expect.any(String) }) })]);
    expect(data.cadenceRules.keepInTouch.idealDays).toBe(21);

    const text = JSON.stringify(data);
    expect(text).not.toMatch(/scrypt|passwordHash|tokenHash|calendarToken|ownerId/);
    expect(text).not.toMatch(/Bob|Observability|Lena/);
  });

  it('refuses a wrong password and deletes nothing', async () => {
    const before = await rowsOf(alice.userId);
    const result = await t.gql('mutation { deleteAccount(input: {password: "not my password"}) }', {}, alice.token);
    expect(result.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ field: 'input.password' }] });
    expect(await rowsOf(alice.userId)).toEqual(before);
  });

  it('deletes nothing when any step fails: one transaction', async () => {
    const before = await rowsOf(alice.userId);
    const feedsBefore = await feedUrls();
    const failing = jest.spyOn(t.app.get(FeedSubscriptions), 'deleteUnfollowed').mockRejectedValueOnce(new Error('disk full'));
    try {
      const result = await t.gql(`mutation { deleteAccount(input: {password: "${TEST_PASSWORD}"}) }`, {}, alice.token);
      expect(result.errors?.[0].extensions.code).toBe('INTERNAL_SERVER_ERROR');
    } finally {
      failing.mockRestore();
    }
    expect(await rowsOf(alice.userId)).toEqual(before);
    expect(await feedUrls()).toEqual(feedsBefore);
  });

  it('deletes every row of the user and the feeds only they followed, and nothing of anyone else', async () => {
    const aliceBefore = await rowsOf(alice.userId);
    const owned = [
      'access_tokens',
      'companies',
      'contacts',
      'interviews',
      'interactions',
      'project_updates',
      'sources',
      'events',
      'event_items',
      'event_matches',
      'event_attendance',
      'users',
    ];
    expect(owned.filter((table) => !(aliceBefore[table] > 0))).toEqual([]);
    const bobBefore = await rowsOf(bob.userId);
    const { events: bobEvents } = await must<{ events: { edges: unknown[] } }>(bob.token, '{ events(first: 10) { edges { node { id } } } }');
    expect(await feedUrls()).toEqual([null, null, feeds.url('/Alice.ics'), feeds.url('/Bob.ics'), feeds.url('/shared.ics')]);

    const deleted = await t.gql(`mutation { deleteAccount(input: {password: "${TEST_PASSWORD}"}) }`, {}, alice.token);
    expect(deleted).toEqual({ data: { deleteAccount: true } });

    const after = await rowsOf(alice.userId);
    expect(Object.values(after).every((n) => n === 0)).toBe(true);
    expect(Object.keys(after)).toEqual(Object.keys(aliceBefore));
    // Alice's own feed and upload are gone; the feed Bob follows too stays, as does Bob's upload.
    expect(await feedUrls()).toEqual([null, feeds.url('/Bob.ics'), feeds.url('/shared.ics')]);
    const { rows: orphans } = await db.query('SELECT id FROM feed_items WHERE feed_id NOT IN (SELECT id FROM feeds)');
    expect(orphans).toEqual([]);

    expect(await rowsOf(bob.userId)).toEqual(bobBefore);
    expect((await must<{ events: { edges: unknown[] } }>(bob.token, '{ events(first: 10) { edges { node { id } } } }')).events).toEqual(bobEvents);

    expect((await t.gql('{ me { id } }', {}, alice.token)).errors?.[0].extensions.code).toBe('UNAUTHENTICATED');
    const login = await t.gql('mutation($e: String!, $p: String!) { login(input: {email: $e, password: $p}) { token } }', { e: alice.email, p: TEST_PASSWORD });
    expect(login.errors?.[0].extensions.code).toBe('UNAUTHENTICATED');
  });
});
