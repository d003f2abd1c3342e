import { ONE_EVENT_ICS as ICS } from './utils/fixtures';
import { startTestApp, TestApp } from './utils/test-app';

const FIELDS = {
  company: 'name aliases domains notes status roleTitle',
  contact: 'name aliases title role companyId email linkedinUrl linkedinConnected interests notes',
  interview: 'companyId contacts { id } occurredAt title topics questionsAsked concerns promises notes',
  interaction: 'contactId kind direction occurredAt notes awaitingReply',
  projectUpdate: 'title summary url tags occurredOn',
  user: 'email displayName timeZone linkedinPremium targetRoles interests',
  cadenceRules: `thankYou { withinHours } interviewSilence { firstCheckInDays firstCheckInBusinessDays repeatCheckInMinDays repeatCheckInMaxDays
    repeatCheckInBusinessDays stopAfterUnanswered } metAtEvent { followUpMinDays followUpMaxDays followUpBusinessDays linkedinNoteWithinHours
    reminderAfterDays maxReminders } coffeeRequest { waitDays maxMessages } keepInTouch { idealDays maxDays } eventHeadsUp { daysBefore }
    linkedinNote { maxChars premiumMaxChars } email { maxWords } budget { windowDays maxUnansweredPerWindow maxUnansweredTotal }`,
  source: 'name kind url refreshMinutes defaultTimeZone',
};

/**
 * An update changes only the fields it names: a field left out keeps its
 * value (no default fills it in), an explicit null clears a field that can
 * be empty and is refused, naming it, where the field cannot be empty.
 */
describe('update inputs', () => {
  let t: TestApp;
  let token: string;
  const ids: Record<'company' | 'contact' | 'interview' | 'interaction' | 'projectUpdate' | 'source', string> = {
    company: '',
    contact: '',
    interview: '',
    interaction: '',
    projectUpdate: '',
    source: '',
  };
  const gql = <T>(query: string, variables: Record<string, unknown> = {}) => t.gql<T>(query, variables, token);
  const must = async <T = Record<string, unknown>>(query: string, variables: Record<string, unknown> = {}): Promise<T> => {
    const result = await gql<T>(query, variables);
    if (result.errors) throw new Error(JSON.stringify(result.errors));
    return result.data as T;
  };

  /** Every field of one record, read back from the API. */
  const read: Record<string, () => Promise<unknown>> = {
    updateCompany: () => must<{ company: unknown }>(`query($id: ID!) { company(id: $id) { ${FIELDS.company} } }`, { id: ids.company }).then((d) => d.company),
    updateContact: () => must<{ contact: unknown }>(`query($id: ID!) { contact(id: $id) { ${FIELDS.contact} } }`, { id: ids.contact }).then((d) => d.contact),
    updateInterview: () =>
      must<{ interview: unknown }>(`query($id: ID!) { interview(id: $id) { ${FIELDS.interview} } }`, { id: ids.interview }).then((d) => d.interview),
    updateInteraction: () =>
      must<{ interaction: unknown }>(`query($id: ID!) { interaction(id: $id) { ${FIELDS.interaction} } }`, { id: ids.interaction }).then((d) => d.interaction),
    updateProjectUpdate: () =>
      must<{ projectUpdate: unknown }>(`query($id: ID!) { projectUpdate(id: $id) { ${FIELDS.projectUpdate} } }`, { id: ids.projectUpdate }).then(
        (d) => d.projectUpdate,
      ),
    updateProfile: () => must<{ me: unknown }>(`{ me { ${FIELDS.user} } }`).then((d) => d.me),
    updateCadenceRules: () => must<{ cadenceRules: unknown }>(`{ cadenceRules { ${FIELDS.cadenceRules} } }`).then((d) => d.cadenceRules),
    updateSource: () => must<{ source: unknown }>(`query($id: ID!) { source(id: $id) { ${FIELDS.source} } }`, { id: ids.source }).then((d) => d.source),
  };

  /** Runs `mutation` on the record with `input`; answers the GraphQL result. */
  const update = (mutation: string, input: Record<string, unknown>) => {
    const [inputType, idArg] = {
      updateCompany: ['UpdateCompanyInput', ids.company],
      updateContact: ['UpdateContactInput', ids.contact],
      updateInterview: ['UpdateInterviewInput', ids.interview],
      updateInteraction: ['UpdateInteractionInput', ids.interaction],
      updateProjectUpdate: ['UpdateProjectUpdateInput', ids.projectUpdate],
      updateProfile: ['UpdateProfileInput', null],
      updateCadenceRules: ['CadenceRulesInput', null],
      updateSource: ['UpdateSourceInput', ids.source],
    }[mutation] as [string, string | null];
    return idArg
      ? gql(`mutation($id: ID!, $i: ${inputType}!) { ${mutation}(id: $id, input: $i) { __typename } }`, { id: idArg, i: input })
      : gql(`mutation($i: ${inputType}!) { ${mutation}(input: $i) { __typename } }`, { i: input });
  };

  beforeAll(async () => {
    t = await startTestApp('update-inputs');
    token = (await t.signUp()).token;
    // Every field away from its default, so a default sneaking into an update shows.
    const { createCompany } = await must<{ createCompany: { id: string } }>(
      `mutation { createCompany(input: {name: "Acme", aliases: ["ACME Corp"], domains: ["acme.example"], notes: "met at a fair",
        status: INTERVIEWING, roleTitle: "Staff Engineer"}) { id } }`,
    );
    ids.company = createCompany.id;
    const { createContact } = await must<{ createContact: { id: string } }>(
      `mutation($c: ID!) { createContact(input: {name: "Ada Byron", aliases: ["Ada"], title: "CTO", role: RECRUITER, companyId: $c,
        email: "ada@acme.example", linkedinUrl: "https://www.linkedin.com/in/ada", linkedinConnected: true, interests: ["compilers"],
        notes: "likes tea"}) { id } }`,
      { c: ids.company },
    );
    ids.contact = createContact.id;
    const { recordInterview } = await must<{ recordInterview: { id: string } }>(
      `mutation($c: ID!, $p: ID!) { recordInterview(input: {companyId: $c, contactIds: [$p], occurredAt: "2026-11-10T14:00:00Z",
        title: "System design", topics: ["queues"], questionsAsked: ["why Rust?"], concerns: ["on-call"], promises: ["send the write-up"],
        notes: "went well"}) { id } }`,
      { c: ids.company, p: ids.contact },
    );
    ids.interview = recordInterview.id;
    const { logInteraction } = await must<{ logInteraction: { id: string } }>(
      `mutation($p: ID!) { logInteraction(input: {contactId: $p, kind: COFFEE, direction: INBOUND, occurredAt: "2026-11-12T09:00:00Z",
        notes: "she asked to meet", awaitingReply: true}) { id } }`,
      { p: ids.contact },
    );
    ids.interaction = logInteraction.id;
    const { createProjectUpdate } = await must<{ createProjectUpdate: { id: string } }>(
      `mutation { createProjectUpdate(input: {title: "CRDT benchmark", summary: "2x faster", url: "https://example.com/crdt",
        tags: ["crdt"], occurredOn: "2026-10-01"}) { id } }`,
    );
    ids.projectUpdate = createProjectUpdate.id;
    await must(`mutation { updateProfile(input: {displayName: "Jamie Doe", timeZone: "America/New_York", linkedinPremium: true,
      targetRoles: ["Staff Engineer"], interests: ["payments"]}) { id } }`);
    await must(`mutation { updateCadenceRules(input: {interviewSilence: {firstCheckInBusinessDays: false}, keepInTouch: {idealDays: 21, maxDays: 60},
      eventHeadsUp: {daysBefore: [3]}}) { __typename } }`);
    const { importCalendar } = await must<{ importCalendar: { id: string } }>('mutation($i: ImportCalendarInput!) { importCalendar(input: $i) { id } }', {
      i: { name: 'Meetups', ics: ICS, defaultTimeZone: 'Asia/Tokyo' },
    });
    ids.source = importCalendar.id;
  });
  afterAll(() => t.close());

  it.each([
    ['updateCompany', { notes: 'second fair' }],
    ['updateContact', { notes: 'prefers coffee' }],
    ['updateInterview', { notes: 'went very well' }],
    ['updateInteraction', { notes: 'she asked to meet next week' }],
    ['updateProjectUpdate', { summary: '3x faster' }],
    ['updateProfile', { interests: ['ledgers'] }],
    ['updateProfile', { displayName: 'Jamie Q. Doe' }],
    ['updateCadenceRules', { budget: { windowDays: 10 } }],
    ['updateSource', { name: 'Berlin meetups' }],
  ] as const)('%s with %j changes that field only', async (mutation, input) => {
    const before = (await read[mutation]()) as Record<string, unknown>;
    const result = await update(mutation, input);
    expect(result.errors).toBeUndefined();
    const after = (await read[mutation]()) as Record<string, unknown>;
    const expected = mutation === 'updateCadenceRules' ? { ...before, budget: { ...(before.budget as object), ...input.budget } } : { ...before, ...input };
    expect(after).toEqual(expected);
  });

  it('clears with an explicit null what can be empty', async () => {
    await must(
      `mutation($id: ID!) { updateContact(id: $id, input: {title: null, companyId: null, email: null, linkedinUrl: null, aliases: null,
        notes: null}) { id } }`,
      { id: ids.contact },
    );
    expect(await read.updateContact()).toMatchObject({ title: null, companyId: null, email: null, linkedinUrl: null, aliases: [], notes: '' });
    await must('mutation($id: ID!) { updateCompany(id: $id, input: {roleTitle: null, domains: null}) { id } }', { id: ids.company });
    expect(await read.updateCompany()).toMatchObject({ roleTitle: null, domains: [], status: 'INTERVIEWING' });
    await must('mutation($id: ID!) { updateProjectUpdate(id: $id, input: {url: null, summary: null}) { id } }', { id: ids.projectUpdate });
    expect(await read.updateProjectUpdate()).toMatchObject({ url: null, summary: '', title: 'CRDT benchmark' });
    await must('mutation { updateProfile(input: {displayName: null}) { id } }');
    expect(await read.updateProfile()).toMatchObject({ displayName: null, timeZone: 'America/New_York', linkedinPremium: true });
  });

  it.each([
    ['updateCompany', 'name'],
    ['updateCompany', 'status'],
    ['updateContact', 'name'],
    ['updateContact', 'role'],
    ['updateContact', 'linkedinConnected'],
    ['updateInterview', 'companyId'],
    ['updateInterview', 'occurredAt'],
    ['updateInteraction', 'kind'],
    ['updateInteraction', 'direction'],
    ['updateInteraction', 'occurredAt'],
    ['updateInteraction', 'awaitingReply'],
    ['updateProjectUpdate', 'title'],
    ['updateProjectUpdate', 'occurredOn'],
    ['updateProfile', 'timeZone'],
    ['updateProfile', 'linkedinPremium'],
    ['updateSource', 'name'],
    ['updateSource', 'refreshMinutes'],
  ])('%s refuses null for %s, which cannot be empty, and changes nothing', async (mutation, field) => {
    const before = await read[mutation]();
    const result = await update(mutation, { [field]: null });
    expect(result.errors).toHaveLength(1);
    expect(result.errors![0].extensions.code).toBe('BAD_USER_INPUT');
    expect(result.errors![0].extensions.fields?.map((f) => f.field)).toContain(`input.${field}`);
    expect(await read[mutation]()).toEqual(before);
  });

  it.each([
    ['register', 'timeZone', 'mutation { register(input: {email: "null-zone@example.com", password: "correct horse battery", timeZone: null}) { token } }'],
    ['createCompany', 'status', 'mutation { createCompany(input: {name: "Null Status", status: null}) { id } }'],
    ['createContact', 'role', 'mutation { createContact(input: {name: "Null Role", role: null}) { id } }'],
    [
      'logInteraction',
      'direction',
      'mutation($c: ID!) { logInteraction(input: {contactId: $c, kind: EMAIL, occurredAt: "2026-11-12T09:00:00Z", direction: null}) { id } }',
    ],
  ])('%s refuses null for %s too', async (_mutation, field, query) => {
    const result = await gql(query, { c: ids.contact });
    expect(result.errors).toHaveLength(1);
    expect(result.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ field: `input.${field}` }] });
  });
});
