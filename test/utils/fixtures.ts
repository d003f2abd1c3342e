import { TestApp } from './test-app';

/** A calendar with one event, for tests that need a source but not its content. */
export const ONE_EVENT_ICS = [
  'BEGIN:VCALENDAR',
  'VERSION:2.0',
  'PRODID:-//test//EN',
  'BEGIN:VEVENT',
  'UID:one@test',
  'DTSTAMP:20260101T000000Z',
  'DTSTART:20261201T180000Z',
  'SUMMARY:Payments meetup',
  'END:VEVENT',
  'END:VCALENDAR',
  '',
].join('\r\n');

/** Ids of one user's small workspace: a company, a contact, an interview, an interaction and a project update. */
export interface Workspace {
  companyId: string;
  contactId: string;
  interviewId: string;
  interactionId: string;
  projectUpdateId: string;
  sourceId: string;
  eventId: string;
}

export async function createWorkspace(t: TestApp, token: string, name = 'Stripe'): Promise<Workspace> {
  const must = <T>(result: { data?: T | null; errors?: unknown }): T => {
    if (!result.data) throw new Error(JSON.stringify(result.errors));
    return result.data;
  };
  const { createCompany } = must(
    await t.gql<{ createCompany: { id: string } }>(
      'mutation($i: CreateCompanyInput!) { createCompany(input: $i) { id } }',
      { i: { name, aliases: [], domains: [`${name.toLowerCase().replace(/\W/g, '')}.com`] } },
      token,
    ),
  );
  const { createContact } = must(
    await t.gql<{ createContact: { id: string } }>(
      'mutation($i: CreateContactInput!) { createContact(input: $i) { id } }',
      { i: { name: 'Priya Raman', companyId: createCompany.id, title: 'Engineering Manager', role: 'HIRING_MANAGER' } },
      token,
    ),
  );
  const { recordInterview } = must(
    await t.gql<{ recordInterview: { id: string } }>(
      'mutation($i: RecordInterviewInput!) { recordInterview(input: $i) { id } }',
      { i: { companyId: createCompany.id, contactIds: [createContact.id], occurredAt: '2026-11-01T10:00:00Z', topics: ['ledgers'] } },
      token,
    ),
  );
  const { logInteraction } = must(
    await t.gql<{ logInteraction: { id: string } }>(
      'mutation($i: LogInteractionInput!) { logInteraction(input: $i) { id } }',
      { i: { contactId: createContact.id, kind: 'EMAIL', occurredAt: '2026-11-02T10:00:00Z', notes: 'thank-you note' } },
      token,
    ),
  );
  const { createProjectUpdate } = must(
    await t.gql<{ createProjectUpdate: { id: string } }>(
      'mutation($i: CreateProjectUpdateInput!) { createProjectUpdate(input: $i) { id } }',
      { i: { title: 'Shipped the ledger write-up', tags: ['payments'] } },
      token,
    ),
  );
  const ics = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//tests//EN',
    'BEGIN:VEVENT',
    `UID:private-${name}@example.com`,
    'DTSTAMP:20261101T000000Z',
    'DTSTART:20270110T180000Z',
    `SUMMARY:${name} private dinner`,
    'END:VEVENT',
    'END:VCALENDAR',
    '',
  ].join('\r\n');
  const { importCalendar } = must(
    await t.gql<{ importCalendar: { id: string } }>(
      'mutation($i: ImportCalendarInput!) { importCalendar(input: $i) { id } }',
      { i: { name: `${name} calendar`, ics } },
      token,
    ),
  );
  const { events } = must(await t.gql<{ events: { edges: { node: { id: string } }[] } }>('{ events { edges { node { id } } } }', {}, token));
  return {
    sourceId: importCalendar.id,
    eventId: events.edges[0].node.id,
    companyId: createCompany.id,
    contactId: createContact.id,
    interviewId: recordInterview.id,
    interactionId: logInteraction.id,
    projectUpdateId: createProjectUpdate.id,
  };
}
