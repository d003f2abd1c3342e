import { ONE_EVENT_ICS as ICS } from './utils/fixtures';
import { startTestApp, TestApp } from './utils/test-app';

/** Right-to-left override, the Trojan Source character: it reverses what follows on screen. */
const RLO = '\u202E';

/**
 * What is stored of user-entered text: names and titles trimmed, on one
 * line, without control characters or bidi controls, and never blank; free
 * text keeps its lines; time zones in canonical IANA form.
 */
describe('text inputs', () => {
  let t: TestApp;
  let token: string;
  const gql = <T>(query: string, variables: Record<string, unknown> = {}) => t.gql<T>(query, variables, token);
  const must = async <T>(query: string, variables: Record<string, unknown> = {}): Promise<T> => {
    const result = await gql<T>(query, variables);
    if (result.errors) throw new Error(JSON.stringify(result.errors));
    return result.data as T;
  };
  let ids: { company: string; contact: string; projectUpdate: string; source: string };
  const everything = () =>
    must(
      '{ companies(first: 100) { edges { node { id name } } } contacts(first: 100) { edges { node { id name } } } projectUpdates(first: 100) { edges { node { id title } } } sources { id name } }',
    );

  beforeAll(async () => {
    t = await startTestApp('text-inputs', { FETCH_ALLOW_HOSTS: '127.0.0.1' });
    token = (await t.signUp()).token;
    const { createCompany } = await must<{ createCompany: { id: string } }>('mutation { createCompany(input: {name: "Kept"}) { id } }');
    const { createContact } = await must<{ createContact: { id: string } }>('mutation { createContact(input: {name: "Kept"}) { id } }');
    const { createProjectUpdate } = await must<{ createProjectUpdate: { id: string } }>('mutation { createProjectUpdate(input: {title: "Kept"}) { id } }');
    const { importCalendar } = await must<{ importCalendar: { id: string } }>('mutation($i: ImportCalendarInput!) { importCalendar(input: $i) { id } }', {
      i: { name: 'Kept', ics: ICS },
    });
    ids = { company: createCompany.id, contact: createContact.id, projectUpdate: createProjectUpdate.id, source: importCalendar.id };
  });
  afterAll(() => t.close());

  describe('required names and titles must not be blank', () => {
    it.each([
      ['createCompany', 'input.name', 'mutation($v: String!) { createCompany(input: {name: $v}) { id } }'],
      ['createContact', 'input.name', 'mutation($v: String!) { createContact(input: {name: $v}) { id } }'],
      ['createProjectUpdate', 'input.title', 'mutation($v: String!) { createProjectUpdate(input: {title: $v}) { id } }'],
      ['importCalendar', 'input.name', `mutation($v: String!) { importCalendar(input: {name: $v, ics: ${JSON.stringify(ICS)}}) { id } }`],
      ['updateCompany', 'input.name', 'mutation($id: ID!, $v: String) { updateCompany(id: $id, input: {name: $v}) { id } }'],
      ['updateContact', 'input.name', 'mutation($id: ID!, $v: String) { updateContact(id: $id, input: {name: $v}) { id } }'],
      ['updateProjectUpdate', 'input.title', 'mutation($id: ID!, $v: String) { updateProjectUpdate(id: $id, input: {title: $v}) { id } }'],
      ['updateSource', 'input.name', 'mutation($id: ID!, $v: String) { updateSource(id: $id, input: {name: $v}) { id } }'],
    ])('%s refuses a blank %s, storing nothing', async (mutation, field, query) => {
      const id = { updateCompany: ids.company, updateContact: ids.contact, updateProjectUpdate: ids.projectUpdate, updateSource: ids.source }[mutation];
      const before = await everything();
      for (const blank of ['   ', ' \t\n ', `${RLO}\u0007\u200F`]) {
        const result = await gql(query, { v: blank, ...(id && { id }) });
        expect(result.errors).toHaveLength(1);
        expect(result.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ field, message: 'must not be blank' }] });
      }
      expect(await everything()).toEqual(before);
    });
  });

  it('trims names and stores a company named "  Acme  " as "Acme"', async () => {
    const { createCompany } = await must<{ createCompany: { name: string } }>('mutation { createCompany(input: {name: "  Acme  "}) { name } }');
    expect(createCompany.name).toBe('Acme');
  });

  it('removes control characters and bidi controls from names, titles and labels, on one line', async () => {
    const dirty = (s: string) => s.replace(/ /g, ` ${RLO}\u0007\n\t`).replace(/^/, '\u200E\u009B ');
    const { createCompany } = await must<{ createCompany: { id: string; name: string; aliases: string[]; roleTitle: string } }>(
      'mutation($i: CreateCompanyInput!) { createCompany(input: $i) { id name aliases roleTitle } }',
      { i: { name: dirty('Evil Corp'), aliases: [dirty('Evil Inc'), `txt${RLO}.exe`], roleTitle: dirty('Staff Engineer') } },
    );
    expect(createCompany).toMatchObject({ name: 'Evil Corp', aliases: ['Evil Inc', 'txt.exe'], roleTitle: 'Staff Engineer' });

    const { createContact } = await must<{ createContact: { name: string; title: string; aliases: string[]; interests: string[] } }>(
      'mutation($i: CreateContactInput!) { createContact(input: $i) { name title aliases interests } }',
      { i: { name: dirty('Ada Byron'), title: dirty('Chief Technology Officer'), aliases: [dirty('Ada')], interests: [dirty('type systems')] } },
    );
    expect(createContact).toEqual({ name: 'Ada Byron', title: 'Chief Technology Officer', aliases: ['Ada'], interests: ['type systems'] });

    const { recordInterview } = await must<{ recordInterview: { title: string; topics: string[] } }>(
      'mutation($i: RecordInterviewInput!) { recordInterview(input: $i) { title topics } }',
      { i: { companyId: createCompany.id, occurredAt: '2026-11-10T14:00:00Z', title: dirty('System design'), topics: [dirty('event sourcing')] } },
    );
    expect(recordInterview).toEqual({ title: 'System design', topics: ['event sourcing'] });

    const { createProjectUpdate } = await must<{ createProjectUpdate: { title: string; tags: string[] } }>(
      'mutation($i: CreateProjectUpdateInput!) { createProjectUpdate(input: $i) { title tags } }',
      { i: { title: dirty('CRDT benchmark'), tags: [dirty('local first')] } },
    );
    expect(createProjectUpdate).toEqual({ title: 'CRDT benchmark', tags: ['local first'] });

    const { importCalendar } = await must<{ importCalendar: { name: string } }>('mutation($i: ImportCalendarInput!) { importCalendar(input: $i) { name } }', {
      i: { name: dirty('Berlin meetups'), ics: ICS },
    });
    expect(importCalendar.name).toBe('Berlin meetups');
    const { updateSource } = await must<{ updateSource: { name: string } }>(
      'mutation($id: ID!, $n: String) { updateSource(id: $id, input: {name: $n}) { name } }',
      {
        id: ids.source,
        n: dirty('Renamed feed'),
      },
    );
    expect(updateSource.name).toBe('Renamed feed');

    const { updateProfile } = await must<{ updateProfile: { targetRoles: string[] } }>(
      'mutation($r: [String!]) { updateProfile(input: {targetRoles: $r}) { targetRoles } }',
      { r: [dirty('Staff Engineer')] },
    );
    expect(updateProfile.targetRoles).toEqual(['Staff Engineer']);

    const { updateProfile: named } = await must<{ updateProfile: { displayName: string | null } }>(
      'mutation($n: String) { updateProfile(input: {displayName: $n}) { displayName } }',
      { n: dirty('Jamie Doe') },
    );
    expect(named.displayName).toBe('Jamie Doe');
  });

  it('keeps line breaks and tabs in notes, dropping other control characters and bidi overrides', async () => {
    const notes = `  First line\r\n\tindented${RLO} line\u0007\rlast\u001B[31m line  `;
    const stored = 'First line\n\tindented line\nlast[31m line';
    const { createContact } = await must<{ createContact: { id: string; notes: string } }>(
      'mutation($n: String) { createContact(input: {name: "Notes", notes: $n}) { id notes } }',
      { n: notes },
    );
    expect(createContact.notes).toBe(stored);
    const { logInteraction } = await must<{ logInteraction: { notes: string } }>(
      'mutation($c: ID!, $n: String) { logInteraction(input: {contactId: $c, kind: EMAIL, occurredAt: "2026-11-12T09:00:00Z", notes: $n}) { notes } }',
      { c: createContact.id, n: notes },
    );
    expect(logInteraction.notes).toBe(stored);
    const { createProjectUpdate } = await must<{ createProjectUpdate: { summary: string } }>(
      'mutation($n: String) { createProjectUpdate(input: {title: "Notes", summary: $n}) { summary } }',
      { n: notes },
    );
    expect(createProjectUpdate.summary).toBe(stored);
  });

  it('stores blank optional text as none: null for one-line fields, "" for notes', async () => {
    const { createContact } = await must<{ createContact: { title: string | null; notes: string } }>(
      `mutation { createContact(input: {name: "Blank", title: "  ${RLO} ", notes: " \\n\\t "}) { title notes } }`,
    );
    expect(createContact).toEqual({ title: null, notes: '' });
    const { updateCompany } = await must<{ updateCompany: { roleTitle: string | null } }>(
      'mutation($id: ID!) { updateCompany(id: $id, input: {roleTitle: "   "}) { roleTitle } }',
      { id: ids.company },
    );
    expect(updateCompany.roleTitle).toBeNull();
    const { updateProfile } = await must<{ updateProfile: { displayName: string | null } }>(
      `mutation { updateProfile(input: {displayName: " ${RLO}\\t "}) { displayName } }`,
    );
    expect(updateProfile.displayName).toBeNull();
  });

  describe('time zones are stored in canonical IANA form', () => {
    it('on register and in the profile', async () => {
      const email = `zone-${Date.now()}@example.com`;
      const { register } = await must<{ register: { token: string } }>(
        'mutation($e: String!) { register(input: {email: $e, password: "correct horse battery", timeZone: "europe/berlin"}) { token } }',
        { e: email },
      );
      const me = await t.gql<{ me: { timeZone: string } }>('{ me { timeZone } }', {}, register.token);
      expect(me.data?.me.timeZone).toBe('Europe/Berlin');

      for (const [given, stored] of [
        ['utc', 'UTC'],
        ['AMERICA/NEW_YORK', 'America/New_York'],
        ['US/Pacific', 'America/Los_Angeles'],
        ['Asia/Calcutta', 'Asia/Kolkata'],
      ]) {
        const { updateProfile } = await must<{ updateProfile: { timeZone: string } }>(
          'mutation($z: String) { updateProfile(input: {timeZone: $z}) { timeZone } }',
          {
            z: given,
          },
        );
        expect([given, updateProfile.timeZone]).toEqual([given, stored]);
        expect((await must<{ me: { timeZone: string } }>('{ me { timeZone } }')).me.timeZone).toBe(stored);
      }
    });

    it("as a source's default zone, imported or fetched", async () => {
      const { importCalendar } = await must<{ importCalendar: { id: string; defaultTimeZone: string } }>(
        'mutation($i: ImportCalendarInput!) { importCalendar(input: $i) { id defaultTimeZone } }',
        { i: { name: 'Tokyo', ics: ICS, defaultTimeZone: 'asia/tokyo' } },
      );
      expect(importCalendar.defaultTimeZone).toBe('Asia/Tokyo');
      const { source } = await must<{ source: { defaultTimeZone: string } }>('query($id: ID!) { source(id: $id) { defaultTimeZone } }', {
        id: importCalendar.id,
      });
      expect(source.defaultTimeZone).toBe('Asia/Tokyo');

      // Nothing is fetched: this app runs no worker.
      const { createSource } = await must<{ createSource: { name: string; defaultTimeZone: string } }>(
        'mutation($i: CreateSourceInput!) { createSource(input: $i) { name defaultTimeZone } }',
        { i: { url: 'http://127.0.0.1:9/feed.ics', name: '   ', defaultTimeZone: 'europe/berlin' } },
      );
      expect(createSource).toEqual({ name: '127.0.0.1', defaultTimeZone: 'Europe/Berlin' });
    });
  });
});
