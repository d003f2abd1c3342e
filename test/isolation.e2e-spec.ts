import { randomUUID } from 'node:crypto';
import { Clock } from '@app/common';
import { createWorkspace, Workspace } from './utils/fixtures';
import { GqlResult, startTestApp, TestApp } from './utils/test-app';

/**
 * Another user's id must behave exactly like an id that does not exist, for
 * every query and mutation that takes one. Each case runs twice: with the
 * other user's id and with a random id, and both answers must match.
 */
/** The fixture workspace with its event marked GOING: the event has ended, so it has a follow-up checklist. */
type Ws = Workspace & { followUpId: string };
type Case = { operation: string; query: string; variables: (w: Ws, mine: Ws) => Record<string, unknown> };

const CASES: Case[] = [
  { operation: 'company', query: 'query($id: ID!) { company(id: $id) { id } }', variables: (w) => ({ id: w.companyId }) },
  { operation: 'contact', query: 'query($id: ID!) { contact(id: $id) { id } }', variables: (w) => ({ id: w.contactId }) },
  { operation: 'interview', query: 'query($id: ID!) { interview(id: $id) { id } }', variables: (w) => ({ id: w.interviewId }) },
  { operation: 'interaction', query: 'query($id: ID!) { interaction(id: $id) { id } }', variables: (w) => ({ id: w.interactionId }) },
  { operation: 'projectUpdate', query: 'query($id: ID!) { projectUpdate(id: $id) { id } }', variables: (w) => ({ id: w.projectUpdateId }) },
  {
    operation: 'contacts',
    query: 'query($id: ID!) { contacts(filter: {companyId: $id}) { edges { node { id } } } }',
    variables: (w) => ({ id: w.companyId }),
  },
  {
    operation: 'interviews',
    query: 'query($id: ID!) { interviews(filter: {companyId: $id}) { edges { node { id } } } }',
    variables: (w) => ({ id: w.companyId }),
  },
  {
    operation: 'interviews',
    query: 'query($id: ID!) { interviews(filter: {contactId: $id}) { edges { node { id } } } }',
    variables: (w) => ({ id: w.contactId }),
  },
  {
    operation: 'interactions',
    query: 'query($id: ID!) { interactions(filter: {contactId: $id}) { edges { node { id } } } }',
    variables: (w) => ({ id: w.contactId }),
  },
  { operation: 'updateCompany', query: 'mutation($id: ID!) { updateCompany(id: $id, input: {notes: "x"}) { id } }', variables: (w) => ({ id: w.companyId }) },
  { operation: 'deleteCompany', query: 'mutation($id: ID!) { deleteCompany(id: $id) }', variables: (w) => ({ id: w.companyId }) },
  {
    operation: 'createContact',
    query: 'mutation($id: ID!) { createContact(input: {name: "Eve", companyId: $id}) { id } }',
    variables: (w) => ({ id: w.companyId }),
  },
  { operation: 'updateContact', query: 'mutation($id: ID!) { updateContact(id: $id, input: {notes: "x"}) { id } }', variables: (w) => ({ id: w.contactId }) },
  {
    operation: 'updateContact',
    query: 'mutation($mine: ID!, $id: ID!) { updateContact(id: $mine, input: {companyId: $id}) { id } }',
    variables: (w, mine) => ({ mine: mine.contactId, id: w.companyId }),
  },
  { operation: 'deleteContact', query: 'mutation($id: ID!) { deleteContact(id: $id) }', variables: (w) => ({ id: w.contactId }) },
  {
    operation: 'recordInterview',
    query: 'mutation($id: ID!) { recordInterview(input: {companyId: $id, occurredAt: "2026-11-03T10:00:00Z"}) { id } }',
    variables: (w) => ({ id: w.companyId }),
  },
  {
    operation: 'recordInterview',
    query: 'mutation($company: ID!, $id: ID!) { recordInterview(input: {companyId: $company, contactIds: [$id], occurredAt: "2026-11-03T10:00:00Z"}) { id } }',
    variables: (w, mine) => ({ company: mine.companyId, id: w.contactId }),
  },
  {
    operation: 'updateInterview',
    query: 'mutation($id: ID!) { updateInterview(id: $id, input: {topics: ["x"]}) { id } }',
    variables: (w) => ({ id: w.interviewId }),
  },
  {
    operation: 'updateInterview',
    query: 'mutation($mine: ID!, $id: ID!) { updateInterview(id: $mine, input: {contactIds: [$id]}) { id } }',
    variables: (w, mine) => ({ mine: mine.interviewId, id: w.contactId }),
  },
  { operation: 'deleteInterview', query: 'mutation($id: ID!) { deleteInterview(id: $id) }', variables: (w) => ({ id: w.interviewId }) },
  {
    operation: 'logInteraction',
    query: 'mutation($id: ID!) { logInteraction(input: {contactId: $id, kind: EMAIL, occurredAt: "2026-11-03T10:00:00Z"}) { id } }',
    variables: (w) => ({ id: w.contactId }),
  },
  {
    operation: 'updateInteraction',
    query: 'mutation($id: ID!) { updateInteraction(id: $id, input: {notes: "x"}) { id } }',
    variables: (w) => ({ id: w.interactionId }),
  },
  { operation: 'deleteInteraction', query: 'mutation($id: ID!) { deleteInteraction(id: $id) }', variables: (w) => ({ id: w.interactionId }) },
  {
    operation: 'updateProjectUpdate',
    query: 'mutation($id: ID!) { updateProjectUpdate(id: $id, input: {title: "x"}) { id } }',
    variables: (w) => ({ id: w.projectUpdateId }),
  },
  { operation: 'deleteProjectUpdate', query: 'mutation($id: ID!) { deleteProjectUpdate(id: $id) }', variables: (w) => ({ id: w.projectUpdateId }) },
  { operation: 'source', query: 'query($id: ID!) { source(id: $id) { id } }', variables: (w) => ({ id: w.sourceId }) },
  { operation: 'refreshSource', query: 'mutation($id: ID!) { refreshSource(id: $id) { id } }', variables: (w) => ({ id: w.sourceId }) },
  { operation: 'updateSource', query: 'mutation($id: ID!) { updateSource(id: $id, input: {name: "x"}) { id } }', variables: (w) => ({ id: w.sourceId }) },
  { operation: 'deleteSource', query: 'mutation($id: ID!) { deleteSource(id: $id) }', variables: (w) => ({ id: w.sourceId }) },
  { operation: 'event', query: 'query($id: ID!) { event(id: $id) { id } }', variables: (w) => ({ id: w.eventId }) },
  {
    operation: 'events',
    query: 'query($id: ID!) { events(filter: {sourceId: $id}) { edges { node { id } } } }',
    variables: (w) => ({ id: w.sourceId }),
  },
  { operation: 'setAttendance', query: 'mutation($id: ID!) { setAttendance(eventId: $id, status: GOING) { id } }', variables: (w) => ({ id: w.eventId }) },
  {
    operation: 'markTouchSent',
    query: 'mutation($id: ID!) { markTouchSent(input: {contactId: $id, kind: FOLLOW_UP_EMAIL, occurredAt: "2026-11-03T10:00:00Z"}) { id } }',
    variables: (w) => ({ id: w.contactId }),
  },
  { operation: 'followUpChecklist', query: 'query($id: ID!) { followUpChecklist(eventId: $id) { id } }', variables: (w) => ({ id: w.eventId }) },
  {
    operation: 'followUps',
    query: 'query($id: ID!) { followUps(filter: {eventId: $id}) { edges { node { id } } } }',
    variables: (w) => ({ id: w.eventId }),
  },
  {
    operation: 'followUps',
    query: 'query($id: ID!) { followUps(filter: {contactId: $id}) { edges { node { id } } } }',
    variables: (w) => ({ id: w.contactId }),
  },
  { operation: 'recordMet', query: 'mutation($id: ID!) { recordMet(input: {eventId: $id}) { id } }', variables: (w) => ({ id: w.eventId }) },
  {
    operation: 'recordMet',
    query: 'mutation($event: ID!, $id: ID!) { recordMet(input: {eventId: $event, contactIds: [$id]}) { id } }',
    variables: (w, mine) => ({ event: mine.eventId, id: w.contactId }),
  },
  { operation: 'completeFollowUp', query: 'mutation($id: ID!) { completeFollowUp(id: $id) { id } }', variables: (w) => ({ id: w.followUpId }) },
  { operation: 'skipFollowUp', query: 'mutation($id: ID!) { skipFollowUp(id: $id, reason: "x") { id } }', variables: (w) => ({ id: w.followUpId }) },
  {
    operation: 'snoozeFollowUp',
    query: 'mutation($id: ID!) { snoozeFollowUp(id: $id, until: "2027-03-01T00:00:00Z") { id } }',
    variables: (w) => ({ id: w.followUpId }),
  },
];

/** Marks the workspace's (past) event GOING and returns the first item of its checklist. */
async function withFollowUp(t: TestApp, token: string, workspace: Workspace): Promise<Ws> {
  await t.gql('mutation($id: ID!) { setAttendance(eventId: $id, status: GOING) { id } }', { id: workspace.eventId }, token);
  const result = await t.gql<{ followUpChecklist: { items: { id: string }[] } }>(
    'query($id: ID!) { followUpChecklist(eventId: $id) { items { id } } }',
    { id: workspace.eventId },
    token,
  );
  const first = result.data?.followUpChecklist?.items[0];
  if (!first) throw new Error(`no checklist: ${JSON.stringify(result)}`);
  return { ...workspace, followUpId: first.id };
}

/** What the answer looks like with the id itself taken out, to compare two answers. */
function shape(result: GqlResult<unknown>, id: string) {
  return {
    data: result.data,
    errors: result.errors?.map((e) => ({ code: e.extensions.code, message: e.message.split(id).join('<id>'), fields: e.extensions.fields })),
  };
}

describe('data isolation between users', () => {
  let t: TestApp;
  let alice: { token: string };
  let bob: { token: string };
  let alices: Ws;
  let bobs: Ws;

  beforeAll(async () => {
    t = await startTestApp('isolation');
    // After the workspaces' event (10 Jan 2027), so it has ended and has a checklist.
    t.app.get(Clock).now = () => new Date('2027-01-11T09:00:00Z');
    alice = await t.signUp();
    bob = await t.signUp();
    alices = await withFollowUp(t, alice.token, await createWorkspace(t, alice.token));
    bobs = await withFollowUp(t, bob.token, await createWorkspace(t, bob.token, 'Datadog'));
  });
  afterAll(() => t.close());

  it.each(CASES.map((c, i) => [`${c.operation} #${i}`, c] as const))(
    "%s: another user's id answers exactly like an unknown id (NOT_FOUND)",
    async (_name, c) => {
      const foreign = c.variables(alices, bobs);
      const foreignId = String(foreign.id);
      const unknownId = randomUUID();
      const withForeign = await t.gql(c.query, foreign, bob.token);
      const withUnknown = await t.gql(c.query, { ...foreign, id: unknownId }, bob.token);
      expect(withForeign.errors?.[0].extensions.code).toBe('NOT_FOUND');
      expect(shape(withForeign, foreignId)).toEqual(shape(withUnknown, unknownId));
      const notAnId = await t.gql(c.query, { ...foreign, id: 'not-a-uuid' }, bob.token);
      expect(notAnId.errors?.[0].extensions.code).toBe('NOT_FOUND');
    },
  );

  it("never shows another user's events, even from a calendar both follow", async () => {
    const result = await t.gql<{ events: { edges: { node: { title: string } }[] } }>('{ events { edges { node { title } } } }', {}, bob.token);
    expect(result.data?.events.edges.map((e) => e.node.title)).toEqual(['Datadog private dinner']);
  });

  it("left the other user's data untouched", async () => {
    const result = await t.gql<{ company: { notes: string; contacts: { name: string; interactions: unknown[] }[] } }>(
      'query($id: ID!) { company(id: $id) { notes contacts { name interactions { kind } } interviews { id } } }',
      { id: alices.companyId },
      alice.token,
    );
    expect(result.errors).toBeUndefined();
    expect(result.data?.company).toEqual({
      notes: '',
      contacts: [{ name: 'Priya Raman', interactions: [{ kind: 'EMAIL' }] }],
      interviews: [{ id: alices.interviewId }],
    });
  });

  it("lists only the viewer's own rows", async () => {
    const result = await t.gql<{ companies: { edges: { node: { name: string } }[] } }>('{ companies { edges { node { name } } } }', {}, bob.token);
    expect(result.data?.companies.edges.map((e) => e.node.name)).toEqual(['Datadog']);
  });

  it('covers every operation of the schema that takes an id', async () => {
    const introspection = await t.gql<{ __schema: { queryType: { fields: Field[] }; mutationType: { fields: Field[] }; types: InputTypeInfo[] } }>(
      `{ __schema {
          queryType { fields { name args { name type { ...T } } } }
          mutationType { fields { name args { name type { ...T } } } }
          types { name kind inputFields { name type { ...T } } }
        } }
        fragment T on __Type { kind name ofType { kind name ofType { kind name ofType { kind name } } } }`,
      {},
      bob.token,
    );
    const schema = introspection.data!.__schema;
    const inputsWithIds = new Set(
      schema.types.filter((t) => t.kind === 'INPUT_OBJECT' && t.inputFields?.some((f) => takesId(f.type, new Set()))).map((t) => t.name),
    );
    const takesAnId = (f: Field) => f.args.some((a) => takesId(a.type, inputsWithIds));
    const operations = [...schema.queryType.fields, ...schema.mutationType.fields].filter(takesAnId).map((f) => f.name);
    const covered = new Set(CASES.map((c) => c.operation));
    expect(operations.filter((o) => !covered.has(o))).toEqual([]);
  });
});

interface TypeRef {
  kind: string;
  name: string | null;
  ofType: TypeRef | null;
}
interface Field {
  name: string;
  args: { name: string; type: TypeRef }[];
}
interface InputTypeInfo {
  name: string;
  kind: string;
  inputFields: { name: string; type: TypeRef }[] | null;
}

function takesId(type: TypeRef, inputsWithIds: Set<string>): boolean {
  let t: TypeRef | null = type;
  while (t && !t.name) t = t.ofType;
  return !!t && (t.name === 'ID' || inputsWithIds.has(t.name as string));
}
